import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  comparePolish,
  INSTITUTION_TYPE_KEYS,
  INSTITUTION_TYPES,
  SECTOR_KEYS,
  SECTORS,
  type Institution,
  type InstitutionType,
  type Sector,
} from '../../../../preload/contract';
import { call } from '../../api/client';
import { useRegisterList } from '../../api/registers';
import { ALL, FilterSelect } from '../../components/FilterSelect';
import { RegisterList } from '../../components/RegisterList';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { useLabel } from '../../i18n';


export function InstitutionsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [search, setSearch] = useState('');
  const [type, setType] = useState<InstitutionType | typeof ALL>(ALL);
  const [sector, setSector] = useState<Sector | typeof ALL>(ALL);
  const [territoryCode, setTerritoryCode] = useState<string | null>(null);
  const deferredSearch = useDeferredValue(search);
  const query = { search: deferredSearch || undefined, type: type || undefined, sector: sector || undefined, territoryCode: territoryCode ?? undefined };
  const list = useRegisterList('institutions', query);

  const columns = useMemo<GridColDef<Institution>[]>(
    () => [
      { field: 'name', headerName: t('institutions.fields.name'), flex: 2, minWidth: 180, sortComparator: comparePolish },
      { field: 'shortName', headerName: t('institutions.fields.shortName'), flex: 0.7, minWidth: 90 },
      {
        field: 'type',
        headerName: t('institutions.fields.type'),
        flex: 1.3,
        minWidth: 135,
        valueGetter: (value: InstitutionType) => label(INSTITUTION_TYPES[value]),
        sortComparator: comparePolish,
      },
      {
        field: 'sector',
        headerName: t('institutions.fields.sector'),
        flex: 0.8,
        minWidth: 125,
        valueGetter: (value: Sector) => label(SECTORS[value]),
        sortComparator: comparePolish,
      },
      { field: 'territoryName', headerName: t('institutions.fields.territory'), flex: 0.8, minWidth: 100, sortComparator: comparePolish },
      { field: 'city', headerName: t('institutions.fields.city'), flex: 0.7, minWidth: 100, sortComparator: comparePolish },
      { field: 'nip', headerName: t('institutions.fields.nip'), width: 105 },
      { field: 'peopleCount', headerName: t('institutions.fields.peopleCount'), type: 'number', width: 65 },
      {
        field: 'active',
        headerName: t('institutions.fields.active'),
        width: 95,
        renderCell: ({ value }) => (
          <Chip size="small" color={value ? 'success' : 'default'} label={t(value ? 'institutions.status.active' : 'institutions.status.inactive')} />
        ),
      },
    ],
    [t, label],
  );

  return (
    <RegisterList
      title={t('institutions.title')}
      addLabel={t('institutions.add')}
      addPath="/instytucje/nowa"
      detailPath={(row) => `/instytucje/${row.id}`}
      importEntity="institutions"
      exportList={() => call('institutions.export', query)}
      search={search}
      onSearch={setSearch}
      searchPlaceholder={t('institutions.searchPlaceholder')}
      filtered={Boolean(query.search || query.type || query.sector || query.territoryCode)}
      filters={
        <>
          <FilterSelect label={t('institutions.fields.type')} value={type} onChange={setType} keys={INSTITUTION_TYPE_KEYS} vocabulary={INSTITUTION_TYPES} />
          <FilterSelect label={t('institutions.fields.sector')} value={sector} onChange={setSector} keys={SECTOR_KEYS} vocabulary={SECTORS} />
          <div style={{ minWidth: 260, width: '100%' }}>
            <TerritoryPicker label={t('territory.filter')} value={territoryCode} onChange={(code) => setTerritoryCode(code)} size="small" helperText="" />
          </div>
        </>
      }
      rows={list.data}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      emptyText={t('institutions.empty')}
      emptyFilteredText={t('institutions.emptyFiltered')}
      countText={(count) => t('institutions.count', { count })}
    />
  );
}
