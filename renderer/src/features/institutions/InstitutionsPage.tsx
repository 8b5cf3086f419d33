import AddIcon from '@mui/icons-material/Add';
import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
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
import { messageOf } from '../../api/client';
import { useLabel } from '../../i18n';
import { useInstitutions } from './queries';

const ALL = '';

export function InstitutionsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [type, setType] = useState<InstitutionType | typeof ALL>(ALL);
  const [sector, setSector] = useState<Sector | typeof ALL>(ALL);
  const deferredSearch = useDeferredValue(search);
  const query = { search: deferredSearch || undefined, type: type || undefined, sector: sector || undefined };
  const { data, isLoading, error } = useInstitutions(query);
  const filtered = Boolean(query.search || query.type || query.sector);

  const columns = useMemo<GridColDef<Institution>[]>(
    () => [
      { field: 'name', headerName: t('institutions.fields.name'), flex: 2, minWidth: 240, sortComparator: comparePolish },
      { field: 'shortName', headerName: t('institutions.fields.shortName'), flex: 0.7, minWidth: 110 },
      {
        field: 'type',
        headerName: t('institutions.fields.type'),
        flex: 1.3,
        minWidth: 200,
        valueGetter: (value: InstitutionType) => label(INSTITUTION_TYPES[value]),
        sortComparator: comparePolish,
      },
      {
        field: 'sector',
        headerName: t('institutions.fields.sector'),
        flex: 0.8,
        minWidth: 140,
        valueGetter: (value: Sector) => label(SECTORS[value]),
        sortComparator: comparePolish,
      },
      { field: 'city', headerName: t('institutions.fields.city'), flex: 0.8, minWidth: 120, sortComparator: comparePolish },
      { field: 'nip', headerName: t('institutions.fields.nip'), width: 120 },
      {
        field: 'active',
        headerName: t('institutions.fields.active'),
        width: 110,
        renderCell: ({ value }) => (
          <Chip size="small" color={value ? 'success' : 'default'} label={t(value ? 'institutions.status.active' : 'institutions.status.inactive')} />
        ),
      },
    ],
    [t, label],
  );

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h5" component="h1">
          {t('institutions.title')}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/instytucje/nowa">
          {t('institutions.add')}
        </Button>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField
          label={t('common.search')}
          placeholder={t('institutions.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon /></InputAdornment> } }}
        />
        <TextField select label={t('institutions.fields.type')} value={type} onChange={(event) => setType(event.target.value as InstitutionType)}>
          <MenuItem value={ALL}>{t('common.all')}</MenuItem>
          {INSTITUTION_TYPE_KEYS.map((key) => (
            <MenuItem key={key} value={key}>
              {label(INSTITUTION_TYPES[key])}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('institutions.fields.sector')} value={sector} onChange={(event) => setSector(event.target.value as Sector)}>
          <MenuItem value={ALL}>{t('common.all')}</MenuItem>
          {SECTOR_KEYS.map((key) => (
            <MenuItem key={key} value={key}>
              {label(SECTORS[key])}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {error && <Alert severity="error">{messageOf(error)}</Alert>}
      {data && data.length === 0 && !isLoading ? (
        <Alert
          severity="info"
          action={
            filtered ? undefined : (
              <Button color="inherit" size="small" component={RouterLink} to="/instytucje/nowa">
                {t('institutions.add')}
              </Button>
            )
          }
        >
          {t(filtered ? 'institutions.emptyFiltered' : 'institutions.empty')}
        </Alert>
      ) : (
        <Box sx={{ height: 'calc(100vh - 250px)', minHeight: 320 }}>
          <DataGrid
            rows={data ?? []}
            columns={columns}
            loading={isLoading}
            density="compact"
            disableRowSelectionOnClick
            onRowClick={({ id }) => void navigate(`/instytucje/${String(id)}`)}
            initialState={{ sorting: { sortModel: [{ field: 'name', sort: 'asc' }] } }}
            sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          />
        </Box>
      )}
      {data && data.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('institutions.count', { count: data.length })}
        </Typography>
      )}
    </Stack>
  );
}
