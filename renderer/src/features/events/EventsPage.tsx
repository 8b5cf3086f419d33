import EventNoteIcon from '@mui/icons-material/EventNote';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import type { GridColDef, GridPaginationModel } from '@mui/x-data-grid';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePolish, EVENT_AUDIENCE_KEYS, EVENT_AUDIENCES, EVENT_STATUS_KEYS, EVENT_STATUSES, EVENT_TYPE_KEYS, EVENT_TYPES, type EventAudience, type EventStatus, type EventSummary, type EventType } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { saveExportedFile } from '../../api/files';
import { DateField } from '../../components/DateField';
import { ALL, FilterSelect } from '../../components/FilterSelect';
import { PAGE_SIZES, RegisterList } from '../../components/RegisterList';
import { useLabel } from '../../i18n';
import { EVENT_TYPE_COLORS } from '../calendar/eventColors';
import { EventsTabs } from './EventsTabs';
import { STATUS_COLORS } from './eventLabels';
import { endedBeforeThisWeek } from './eventOrder';
import { formatEventTime, warsawToday } from './warsawTime';

export function EventsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [search, setSearch] = useState('');
  const [type, setType] = useState<EventType | typeof ALL>(ALL);
  const [status, setStatus] = useState<EventStatus | typeof ALL>(ALL);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [partnershipId, setPartnershipId] = useState('');
  const [audience, setAudience] = useState<EventAudience | typeof ALL>(ALL);
  const [subregionId, setSubregionId] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);
  const deferredSearch = useDeferredValue(search);
  const rangeValid = !from || !to || from <= to;
  const query = {
    search: deferredSearch || undefined,
    types: type ? [type] : undefined,
    statuses: status ? [status] : undefined,
    from: from || null,
    to: rangeValid ? to || null : null,
    partnershipId: partnershipId || undefined,
    audiences: audience ? [audience] : undefined,
    subregionId: subregionId || undefined,
  };
  const today = warsawToday();
  // Tens of thousands of events: the service sends one page in the order the list opens on (this week and the
  // coming events first, then the earlier ones, latest first; eventOrder.ts) and the total.
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: PAGE_SIZES.at(-1)! });
  const [total, setTotal] = useState<number | null>(null);
  // A page emptied by deletions shows the last page there is.
  const lastPage = total === null ? Infinity : Math.max(0, Math.ceil(total / pagination.pageSize) - 1);
  const page = Math.min(pagination.page, lastPage);
  const list = useQuery({
    queryKey: ['events', 'page', query, today, page, pagination.pageSize],
    // A newer query (another date typed) supersedes this one: React Query drops its answer, and it is one page.
    queryFn: () => call('events.page', { ...query, today, offset: page * pagination.pageSize, limit: pagination.pageSize }),
    placeholderData: keepPreviousData,
  });
  if (list.data && !list.isPlaceholderData && list.data.total !== total) setTotal(list.data.total);
  // A new search or filter starts at the first page.
  const filter =
    <Value,>(set: (value: Value) => void) =>
    (value: Value) => {
      set(value);
      setPagination((current) => ({ ...current, page: 0 }));
    };
  const partnerships = useQuery({ queryKey: ['partnerships', 'list', {}], queryFn: () => call('partnerships.list', {}) });
  const subregions = useQuery({ queryKey: ['subregions', 'list', {}], queryFn: () => call('subregions.list', {}) });

  const exportIcs = async () => {
    setExportError(null);
    try {
      saveExportedFile(await call('eventDocuments.ics', { from: query.from, to: query.to, types: query.types ?? null, partnershipId: query.partnershipId ?? null, territoryCode: null }));
    } catch (error) {
      setExportError(messageOf(error));
    }
  };

  const columns = useMemo<GridColDef<EventSummary>[]>(
    () => [
      { field: 'startsAt', headerName: t('events.fields.when'), width: 175, valueFormatter: (_value: string, row) => formatEventTime(row.startsAt, row.endsAt) },
      { field: 'title', headerName: t('events.fields.title'), flex: 2, minWidth: 160, sortComparator: comparePolish },
      {
        field: 'type',
        headerName: t('events.fields.type'),
        flex: 1.2,
        minWidth: 140,
        valueGetter: (value: EventType) => label(EVENT_TYPES[value]),
        renderCell: ({ row, value }) => (
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
            <Box component="span" aria-hidden sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: EVENT_TYPE_COLORS[row.type], flexShrink: 0 }} />
            {value as string}
          </Box>
        ),
      },
      {
        field: 'status',
        headerName: t('events.fields.status'),
        width: 105,
        valueGetter: (value: EventStatus) => label(EVENT_STATUSES[value]),
        renderCell: ({ row, value }) => <Chip size="small" color={STATUS_COLORS[row.status]} label={value as string} />,
      },
      { field: 'place', headerName: t('events.fields.placeAndGmina'), flex: 1.2, minWidth: 125, valueGetter: (_value, row) => [row.place, row.territoryName].filter(Boolean).join(', '), sortComparator: comparePolish },
      { field: 'partnershipName', headerName: t('events.fields.partnership'), flex: 1, minWidth: 135, sortComparator: comparePolish },
      { field: 'registered', headerName: t('events.fields.registered'), type: 'number', width: 140, valueGetter: (_value, row) => row.counts.registered },
      { field: 'present', headerName: t('events.fields.present'), type: 'number', width: 80, valueGetter: (_value, row) => row.counts.present },
    ],
    [t, label],
  );

  return (
    <>
      <EventsTabs value="list" />
      {exportError && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setExportError(null)}>
          {exportError}
        </Alert>
      )}
      <RegisterList
        title={t('events.title')}
        addLabel={t('events.add')}
        addPath="/wydarzenia/nowe"
        detailPath={(row) => `/wydarzenia/${row.id}`}
        search={search}
        onSearch={filter(setSearch)}
        searchPlaceholder={t('events.searchPlaceholder')}
        filtered={Boolean(query.search || type || status || from || to || partnershipId || audience || subregionId)}
        filters={
          <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, flex: { md: '0 0 68%' }, alignItems: 'flex-start' }}>
            <FilterSelect label={t('events.fields.type')} value={type} onChange={filter(setType)} keys={EVENT_TYPE_KEYS} vocabulary={EVENT_TYPES} sx={{ width: 220 }} helperText=" " />
            <FilterSelect label={t('events.fields.status')} value={status} onChange={filter(setStatus)} keys={EVENT_STATUS_KEYS} vocabulary={EVENT_STATUSES} sx={{ width: 150 }} helperText=" " />
            <Box sx={{ width: 170 }}>
              <DateField label={t('events.filters.from')} value={from} onChange={filter(setFrom)} />
            </Box>
            <Box sx={{ width: 170 }}>
              <DateField label={t('events.filters.to')} value={to} onChange={filter(setTo)} error={rangeValid ? undefined : t('events.filters.rangeError')} />
            </Box>
            <FilterSelect label={t('events.fields.partnership')} value={partnershipId} onChange={filter(setPartnershipId)} records={partnerships.data} sx={{ width: 220 }} helperText=" " />
            <FilterSelect label={t('events.fields.audiences')} value={audience} onChange={filter(setAudience)} keys={EVENT_AUDIENCE_KEYS} vocabulary={EVENT_AUDIENCES} sx={{ width: 220 }} helperText=" " />
            {subregions.data && subregions.data.length > 0 && (
              <FilterSelect label={t('events.filters.subregion')} value={subregionId} onChange={filter(setSubregionId)} records={subregions.data} sx={{ width: 200 }} helperText=" " />
            )}
            <Button startIcon={<EventNoteIcon />} onClick={() => void exportIcs()} sx={{ whiteSpace: 'nowrap', mt: 1 }}>
              {t('events.exportIcs')}
            </Button>
          </Box>
        }
        rows={list.data?.rows}
        rowClassName={({ row }) => (endedBeforeThisWeek(row, today) ? 'past' : '')}
        sx={{ '& .past': { color: 'text.secondary', bgcolor: 'action.hover' } }}
        loading={list.isFetching}
        paging={{ model: { ...pagination, page }, total: list.data?.total ?? 0, onChange: setPagination }}
        error={list.error}
        columns={columns}
        emptyText={t('events.empty')}
        emptyFilteredText={t('events.emptyFiltered')}
        countText={(count) => `${t('events.count', { count })}. ${t('events.orderHint')}`}
      />
    </>
  );
}
