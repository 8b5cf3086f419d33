import AttachFileIcon from '@mui/icons-material/AttachFile';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import Chip from '@mui/material/Chip';
import { useQuery } from '@tanstack/react-query';
import type { GridColDef } from '@mui/x-data-grid';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_STATUS_KEYS, AGREEMENT_STATUSES, comparePolish, labelOf, type AgreementListItem, type AgreementStatus } from '../../../../preload/contract';
import { call } from '../../api/client';
import { useRegisterList } from '../../api/registers';
import { ALL, FilterSelect } from '../../components/FilterSelect';
import { RegisterList } from '../../components/RegisterList';
import { formatDate } from '../../i18n/format';

/** The "expiring soon" filter: signed agreements whose validity ends within this many days. */
const EXPIRING_DAYS = 30;

const dateColumn = (value: string | null) => (value ? formatDate(value) : '');

export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'pl';
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<AgreementStatus | typeof ALL>(ALL);
  const [projectId, setProjectId] = useState(ALL);
  const [expiring, setExpiring] = useState(false);
  const deferredSearch = useDeferredValue(search);
  const query = {
    search: deferredSearch || undefined,
    status: status || undefined,
    projectId: projectId || undefined,
    expiringWithinDays: expiring ? EXPIRING_DAYS : undefined,
  };
  const list = useRegisterList('agreements', query);
  const projects = useQuery({ queryKey: ['projects', 'list', {}], queryFn: () => call('projects.list', {}) });

  const columns = useMemo<GridColDef<AgreementListItem>[]>(
    () => [
      { field: 'number', headerName: t('agreements.fields.number'), flex: 0.8, minWidth: 130, sortComparator: comparePolish },
      {
        field: 'partyNames',
        headerName: t('agreements.fields.parties'),
        flex: 2.5,
        minWidth: 260,
        valueGetter: (value: string[]) => value.join(', '),
        sortComparator: comparePolish,
      },
      { field: 'status', headerName: t('agreements.fields.status'), width: 150, valueGetter: (value: AgreementStatus) => labelOf(AGREEMENT_STATUSES[value], language) },
      { field: 'signedOn', headerName: t('agreements.fields.signedOn'), width: 120, valueFormatter: dateColumn },
      { field: 'validUntil', headerName: t('agreements.fields.validUntil'), width: 120, valueFormatter: dateColumn },
      { field: 'projectName', headerName: t('agreements.fields.project'), flex: 1.2, minWidth: 160, sortComparator: comparePolish },
      {
        field: 'hasScan',
        headerName: t('agreements.fields.scan'),
        width: 70,
        align: 'center',
        renderCell: ({ value }) =>
          value ? <AttachFileIcon fontSize="small" titleAccess={t('agreements.scanAttached')} sx={{ verticalAlign: 'middle' }} /> : null,
      },
    ],
    [t, language],
  );

  return (
    <RegisterList
      title={t('agreements.title')}
      addLabel={t('agreements.add')}
      addPath="/porozumienia/nowe"
      detailPath={(row) => `/porozumienia/${row.id}`}
      search={search}
      onSearch={setSearch}
      searchPlaceholder={t('agreements.searchPlaceholder')}
      filtered={Boolean(query.search || query.status || query.projectId || expiring)}
      filters={
        <>
          <FilterSelect label={t('agreements.fields.status')} value={status} onChange={setStatus} keys={AGREEMENT_STATUS_KEYS} vocabulary={AGREEMENT_STATUSES} sx={{ minWidth: 200 }} />
          <FilterSelect label={t('agreements.fields.project')} value={projectId} onChange={setProjectId} records={projects.data} sx={{ minWidth: 220 }} />
          <Chip
            icon={<EventBusyIcon />}
            label={t('agreements.expiring')}
            clickable
            color={expiring ? 'warning' : 'default'}
            variant={expiring ? 'filled' : 'outlined'}
            aria-pressed={expiring}
            onClick={() => setExpiring((on) => !on)}
            sx={{ alignSelf: 'center' }}
          />
        </>
      }
      rows={list.data}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      emptyText={t('agreements.empty')}
      emptyFilteredText={t('agreements.emptyFiltered')}
      countText={(count) => t('agreements.count', { count })}
    />
  );
}
