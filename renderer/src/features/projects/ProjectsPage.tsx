import type { GridColDef } from '@mui/x-data-grid';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePolish, MACROREGION_KEYS, MACROREGIONS, type Macroregion, type Project } from '../../../../preload/contract';
import { useRegisterList } from '../../api/registers';
import { ALL, FilterSelect } from '../../components/FilterSelect';
import { RegisterList } from '../../components/RegisterList';
import { useLabel } from '../../i18n';
import { formatDate } from '../../i18n/format';

const date = (value: string | null) => (value ? formatDate(value) : '');

/** The projects the office runs: dates, macroregion, how many phases and indicators each has. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [search, setSearch] = useState('');
  const [macroregion, setMacroregion] = useState<Macroregion | typeof ALL>(ALL);
  const deferredSearch = useDeferredValue(search);
  const query = { search: deferredSearch || undefined, macroregion: macroregion || undefined };
  const list = useRegisterList('projects', query);

  const columns = useMemo<GridColDef<Project>[]>(
    () => [
      { field: 'name', headerName: t('projects.fields.name'), flex: 2, minWidth: 260, sortComparator: comparePolish },
      {
        field: 'macroregion',
        headerName: t('projects.fields.macroregion'),
        flex: 1.4,
        minWidth: 260,
        valueGetter: (value: Macroregion | null) => (value ? label(MACROREGIONS[value]) : ''),
        sortComparator: comparePolish,
      },
      { field: 'startDate', headerName: t('projects.fields.startDate'), width: 130, valueFormatter: date },
      { field: 'endDate', headerName: t('projects.fields.endDate'), width: 130, valueFormatter: date },
      { field: 'phases', headerName: t('projects.fields.phases'), type: 'number', width: 80, valueGetter: (value: Project['phases']) => value.length },
      { field: 'indicators', headerName: t('projects.fields.indicators'), type: 'number', width: 100, valueGetter: (value: Project['indicators']) => value.length },
    ],
    [t, label],
  );

  return (
    <RegisterList
      title={t('projects.title')}
      addLabel={t('projects.add')}
      addPath="/projekty/nowy"
      detailPath={(row) => `/projekty/${row.id}`}
      search={search}
      onSearch={setSearch}
      searchPlaceholder={t('projects.searchPlaceholder')}
      filtered={Boolean(query.search || query.macroregion)}
      filters={
        <FilterSelect label={t('projects.fields.macroregion')} value={macroregion} onChange={setMacroregion} keys={MACROREGION_KEYS} vocabulary={MACROREGIONS} sx={{ minWidth: 280 }} showAll />
      }
      rows={list.data}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      emptyText={t('projects.empty')}
      emptyFilteredText={t('projects.emptyFiltered')}
      countText={(count) => t('projects.count', { count })}
    />
  );
}
