import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePolish, PARTNERSHIP_KIND_KEYS, PARTNERSHIP_KINDS, type PartnershipKind, type PartnershipSummary } from '../../../../preload/contract';
import { call } from '../../api/client';
import { useRegisterList } from '../../api/registers';
import { ALL, FilterSelect } from '../../components/FilterSelect';
import { RegisterList } from '../../components/RegisterList';
import { formatDate } from '../../i18n/format';

type Activity = 'active' | 'ended' | typeof ALL;

export function PartnershipsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<PartnershipKind | typeof ALL>(ALL);
  const [activity, setActivity] = useState<Activity>('active');
  const deferredSearch = useDeferredValue(search);
  const [subregionId, setSubregionId] = useState('');
  const subregions = useQuery({ queryKey: ['subregions', 'list', {}], queryFn: () => call('subregions.list', {}) });
  const query = { search: deferredSearch || undefined, kind: kind || undefined, active: activity === ALL ? undefined : activity === 'active', subregionId: subregionId || undefined };
  const list = useRegisterList('partnerships', query);

  const columns = useMemo<GridColDef<PartnershipSummary>[]>(
    () => [
      { field: 'kind', headerName: t('partnerships.fields.kind'), width: 90, valueGetter: (value: PartnershipKind) => PARTNERSHIP_KINDS[value].short },
      { field: 'name', headerName: t('partnerships.fields.name'), flex: 2, minWidth: 220, sortComparator: comparePolish },
      { field: 'territoryName', headerName: t('partnerships.fields.territory'), flex: 0.8, minWidth: 120, sortComparator: comparePolish },
      { field: 'leaderName', headerName: t('partnerships.fields.leader'), flex: 1.5, minWidth: 180, sortComparator: comparePolish },
      { field: 'strategicPartnerName', headerName: t('partnerships.fields.strategicPartner'), flex: 1.2, minWidth: 160 },
      { field: 'currentMemberCount', headerName: t('partnerships.fields.members'), type: 'number', width: 90 },
      { field: 'formalisedOn', headerName: t('partnerships.fields.formalisedOn'), width: 120, valueFormatter: (value: string | null) => (value ? formatDate(value) : '') },
      {
        field: 'active',
        headerName: t('partnerships.fields.status'),
        width: 110,
        renderCell: ({ value }) => <Chip size="small" color={value ? 'success' : 'default'} label={t(value ? 'partnerships.active' : 'partnerships.ended')} />,
      },
    ],
    [t],
  );

  return (
    <RegisterList
      title={t('partnerships.title')}
      addLabel={t('partnerships.add')}
      addPath="/partnerstwa/nowe"
      detailPath={(row) => `/partnerstwa/${row.id}`}
      search={search}
      onSearch={setSearch}
      searchPlaceholder={t('partnerships.searchPlaceholder')}
      filtered={Boolean(query.search || query.kind || activity !== 'active' || subregionId)}
      filters={
        <>
          <FilterSelect label={t('partnerships.fields.kind')} value={kind} onChange={setKind} keys={PARTNERSHIP_KIND_KEYS} vocabulary={PARTNERSHIP_KINDS} />
          <TextField select label={t('partnerships.fields.status')} value={activity} onChange={(event) => setActivity(event.target.value as Activity)}>
            <MenuItem value="active">{t('partnerships.active')}</MenuItem>
            <MenuItem value="ended">{t('partnerships.ended')}</MenuItem>
            <MenuItem value={ALL}>{t('common.all')}</MenuItem>
          </TextField>
          {subregions.data && subregions.data.length > 0 && <FilterSelect label={t('subregions.title')} value={subregionId} onChange={setSubregionId} records={subregions.data} sx={{ width: 200 }} />}
        </>
      }
      rows={list.data}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      emptyText={t('partnerships.empty')}
      emptyFilteredText={t('partnerships.emptyFiltered')}
      countText={(count) => t('partnerships.count', { count })}
    />
  );
}
