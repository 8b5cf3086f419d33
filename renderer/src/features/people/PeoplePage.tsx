import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GridColDef, GridPaginationModel } from '@mui/x-data-grid';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePolish, PERSON_ROLE_KEYS, PERSON_ROLES, type Person, type PersonRole } from '../../../../preload/contract';
import { call } from '../../api/client';
import { ALL, FilterSelect } from '../../components/FilterSelect';
import { PAGE_SIZES, RegisterList } from '../../components/RegisterList';
import { useLabel } from '../../i18n';


export function PeoplePage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<PersonRole | typeof ALL>(ALL);
  const deferredSearch = useDeferredValue(search);
  const query = { search: deferredSearch || undefined, role: role || undefined };
  // Tens of thousands of people: the service sends one page in Polish order and the total.
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: PAGE_SIZES.at(-1)! });
  const [total, setTotal] = useState<number | null>(null);
  // A page emptied by deletions (fewer people than before) shows the last page there is.
  const lastPage = total === null ? Infinity : Math.max(0, Math.ceil(total / pagination.pageSize) - 1);
  const page = Math.min(pagination.page, lastPage);
  const list = useQuery({
    queryKey: ['people', 'page', query, page, pagination.pageSize],
    queryFn: () => call('people.page', { ...query, offset: page * pagination.pageSize, limit: pagination.pageSize }),
    placeholderData: keepPreviousData,
  });
  // The total as the service last gave it (kept in state: the page to ask for depends on it).
  if (list.data && !list.isPlaceholderData && list.data.total !== total) setTotal(list.data.total);
  // A new search or filter starts at the first page.
  const firstPage = () => setPagination((current) => ({ ...current, page: 0 }));

  const columns = useMemo<GridColDef<Person>[]>(
    () => [
      { field: 'lastName', headerName: t('people.fields.lastName'), flex: 1, minWidth: 140, sortComparator: comparePolish },
      { field: 'firstName', headerName: t('people.fields.firstName'), flex: 0.8, minWidth: 110, sortComparator: comparePolish },
      { field: 'institutionName', headerName: t('people.fields.institution'), flex: 2, minWidth: 220, sortComparator: comparePolish },
      {
        field: 'roles',
        headerName: t('people.fields.roles'),
        flex: 1.5,
        minWidth: 180,
        sortable: false,
        valueGetter: (roles: PersonRole[]) => roles.map((key) => label(PERSON_ROLES[key])).join(', '),
      },
      { field: 'position', headerName: t('people.fields.position'), flex: 1, minWidth: 140 },
      { field: 'email', headerName: t('people.fields.email'), flex: 1, minWidth: 160 },
    ],
    [t, label],
  );

  return (
    <RegisterList
      title={t('people.title')}
      addLabel={t('people.add')}
      addPath="/osoby/nowa"
      detailPath={(row) => `/osoby/${row.id}`}
      importEntity="people"
      exportList={() => call('people.export', query)}
      search={search}
      onSearch={(text) => {
        setSearch(text);
        firstPage();
      }}
      searchPlaceholder={t('people.searchPlaceholder')}
      filtered={Boolean(query.search || query.role)}
      filters={
        <FilterSelect
          label={t('people.fields.roles')}
          value={role}
          onChange={(value) => {
            setRole(value);
            firstPage();
          }}
          keys={PERSON_ROLE_KEYS}
          vocabulary={PERSON_ROLES}
        />
      }
      rows={list.data?.rows}
      loading={list.isFetching}
      paging={{ model: { ...pagination, page }, total: list.data?.total ?? 0, onChange: setPagination }}
      error={list.error}
      columns={columns}
      emptyText={t('people.empty')}
      emptyFilteredText={t('people.emptyFiltered')}
      countText={(count) => t('people.count', { count })}
    />
  );
}
