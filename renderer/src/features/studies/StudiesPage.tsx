/** Studies and deliverables of the office's projects: kind, title, contractor, period and status, newest work last. */
import type { GridColDef } from '@mui/x-data-grid';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePolish, STUDY_KIND_KEYS, STUDY_KINDS, STUDY_STATUSES, type Study, type StudyKind } from '../../../../preload/contract';
import { useRegisterList } from '../../api/registers';
import { ALL, FilterSelect } from '../../components/FilterSelect';
import { RegisterList } from '../../components/RegisterList';
import { useLabel } from '../../i18n';
import { formatDate } from '../../i18n/format';

const date = (value: string | null) => (value ? formatDate(value) : '');

export function StudiesPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<StudyKind | typeof ALL>(ALL);
  const deferredSearch = useDeferredValue(search);
  const query = { search: deferredSearch || undefined, kind: kind || undefined };
  const list = useRegisterList('studies', query);

  const columns = useMemo<GridColDef<Study>[]>(
    () => [
      { field: 'kind', headerName: t('studies.fields.kind'), width: 130, valueGetter: (value: StudyKind) => label(STUDY_KINDS[value]), sortComparator: comparePolish },
      { field: 'title', headerName: t('studies.fields.title'), flex: 2.5, minWidth: 280, sortComparator: comparePolish },
      { field: 'contractor', headerName: t('studies.fields.contractor'), flex: 1.2, minWidth: 180, sortComparator: comparePolish },
      { field: 'periodFrom', headerName: t('studies.fields.periodFrom'), width: 130, valueFormatter: date },
      { field: 'periodTo', headerName: t('studies.fields.periodToShort'), width: 130, valueFormatter: date },
      { field: 'status', headerName: t('studies.fields.status'), width: 130, valueGetter: (value: Study['status']) => label(STUDY_STATUSES[value]) },
      { field: 'file', headerName: t('studies.fields.file'), width: 90, valueGetter: (value: Study['file']) => (value ? (value.name.split('.').pop() ?? '').toUpperCase() : '') },
    ],
    [t, label],
  );

  return (
    <RegisterList
      title={t('studies.title')}
      addLabel={t('studies.add')}
      addPath="/opracowania/nowe"
      detailPath={(row) => `/opracowania/${row.id}`}
      search={search}
      onSearch={setSearch}
      searchPlaceholder={t('studies.searchPlaceholder')}
      filtered={Boolean(query.search || query.kind)}
      filters={<FilterSelect label={t('studies.fields.kind')} value={kind} onChange={setKind} keys={STUDY_KIND_KEYS} vocabulary={STUDY_KINDS} sx={{ minWidth: 200 }} showAll />}
      rows={list.data}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      emptyText={t('studies.empty')}
      emptyFilteredText={t('studies.emptyFiltered')}
      countText={(count) => t('studies.count', { count })}
    />
  );
}
