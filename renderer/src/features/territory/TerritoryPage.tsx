import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TERRITORY_KINDS, TERRITORY_LEVEL_KEYS, TERRITORY_LEVELS, type TerritoryHit, type TerritoryKind, type TerritoryLevel } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { useLabel } from '../../i18n';
import { TerritoryStatusLine } from './TerritoryStatusLine';
import { SubregionsSection } from '../subregions/SubregionsSection';
import { ALL, FilterSelect } from '../../components/FilterSelect';


/** Browsing the TERYT register: what the pickers search, shown as a table. */
export function TerritoryPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [search, setSearch] = useState('');
  const [level, setLevel] = useState<TerritoryLevel | typeof ALL>(ALL);
  const query = useDeferredValue(search.trim());
  const hits = useQuery({
    queryKey: ['territory', 'search', query, level, 100],
    queryFn: () => call('territory.search', { query, levels: level ? [level] : undefined, limit: 100 }),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
  const columns = useMemo<GridColDef<TerritoryHit>[]>(
    () => [
      { field: 'code', headerName: t('territory.columns.code'), width: 110 },
      { field: 'name', headerName: t('territory.columns.name'), flex: 1, minWidth: 160 },
      { field: 'level', headerName: t('territory.columns.level'), width: 130, valueGetter: (value: TerritoryLevel) => label(TERRITORY_LEVELS[value]) },
      { field: 'kind', headerName: t('territory.columns.kind'), flex: 1, minWidth: 170, valueGetter: (value: TerritoryKind | null) => (value ? label(TERRITORY_KINDS[value]) : '') },
      { field: 'powiatName', headerName: t('territory.columns.powiat'), flex: 1, minWidth: 140 },
      { field: 'voivodeshipName', headerName: t('territory.columns.voivodeship'), flex: 1, minWidth: 140 },
    ],
    [t, label],
  );
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t('territory.title')}
      </Typography>
      <TerritoryStatusLine />
      <SubregionsSection />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField label={t('territory.searchLabel')} placeholder={t('territory.pickerHint')} value={search} onChange={(event) => setSearch(event.target.value)} />
        <FilterSelect label={t('territory.columns.level')} value={level} onChange={setLevel} keys={TERRITORY_LEVEL_KEYS} vocabulary={TERRITORY_LEVELS} sx={{ maxWidth: 240 }} />
      </Stack>
      {hits.error && <Alert severity="error">{messageOf(hits.error)}</Alert>}
      {query.length < 2 ? (
        <Alert severity="info">{t('territory.typeToSearch')}</Alert>
      ) : (
        <Box sx={{ height: 'calc(100vh - 280px)', minHeight: 320 }}>
          <DataGrid rows={hits.data ?? []} getRowId={(row) => row.code} columns={columns} loading={hits.isFetching} density="compact" sx={{ bgcolor: 'background.paper' }} />
        </Box>
      )}
    </Stack>
  );
}
