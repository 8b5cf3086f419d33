/**
 * The frame every register list shares: title with add / import / export, filters, a sortable grid in
 * Polish order, an empty state that says what to do first, and the count with its correct plural form. Long texts
 * ("Partnerski Zespół Kooperacyjny w Dąbrowie Górniczej") wrap in their cell over up to three lines, and show in full
 * on hover when even three are too few: a row grows rather than cut a name to "Partnerski Zespół…".
 * Registers too large to load at once (people) give `paging`: the service sends one page in Polish order and the total.
 */
import AddIcon from '@mui/icons-material/Add';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridRenderCellParams, type GridValidRowModel } from '@mui/x-data-grid';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { ImportEntity } from '../../../preload/contract';
import { messageOf } from '../api/client';
import { saveExportedFile } from '../api/files';
import { ImportDialog } from './ImportDialog';

/** A plain text cell: wrapped over up to three lines, the whole text on hover. */
function WrappedText({ formattedValue, value }: GridRenderCellParams) {
  const text = formattedValue ?? value;
  if (text === null || text === undefined || text === '') return null;
  return (
    <Box component="span" title={String(text)} sx={{ display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
      {String(text)}
    </Box>
  );
}

/** Rows per page of a paged register (the grid's MIT edition shows at most 100). */
export const PAGE_SIZES = [25, 50, 100];

export function RegisterList<Row extends GridValidRowModel & { id: string }>(props: {
  title: string;
  addLabel: string;
  addPath: string;
  detailPath: (row: Row) => string;
  /** Registers that can be filled from XLSX/CSV files offer the import wizard. */
  importEntity?: ImportEntity;
  exportList?: () => Promise<{ fileName: string; contentBase64: string }>;
  search: string;
  onSearch: (text: string) => void;
  searchPlaceholder: string;
  filters: ReactNode;
  filtered: boolean;
  rows: Row[] | undefined;
  loading: boolean;
  error: unknown;
  columns: GridColDef<Row>[];
  emptyText: string;
  emptyFilteredText: string;
  countText: (count: number) => string;
  /** A class for some rows (styled through `sx`), e.g. past events. */
  rowClassName?: (params: { row: Row }) => string;
  sx?: Record<string, unknown>;
  /** Paged by the service: the page shown, the number of matching rows on all pages, and a page change. */
  paging?: { model: GridPaginationModel; total: number; onChange: (model: GridPaginationModel) => void };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [importing, setImporting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const exportList = async () => {
    if (!props.exportList) return;
    try {
      saveExportedFile(await props.exportList());
    } catch (error) {
      setActionError(messageOf(error));
    }
  };
  const columns = useMemo(() => props.columns.map((column) => (column.renderCell || column.type === 'number' ? column : { ...column, renderCell: WrappedText })), [props.columns]);
  const empty = props.rows?.length === 0 && !props.loading && (!props.paging || props.paging.total === 0);
  const paging = props.paging;

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {props.title}
        </Typography>
        {props.importEntity && (
          <Button startIcon={<FileUploadIcon />} onClick={() => setImporting(true)}>
            {t('common.import')}
          </Button>
        )}
        {props.exportList && (
          <Button startIcon={<FileDownloadIcon />} onClick={() => void exportList()} disabled={!props.rows?.length}>
            {t('common.exportXlsx')}
          </Button>
        )}
        <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={props.addPath}>
          {props.addLabel}
        </Button>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField
          label={t('common.search')}
          placeholder={props.searchPlaceholder}
          value={props.search}
          onChange={(event) => props.onSearch(event.target.value)}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon /></InputAdornment> } }}
        />
        {props.filters}
      </Stack>
      {(props.error || actionError) && <Alert severity="error">{props.error ? messageOf(props.error) : actionError}</Alert>}
      {empty ? (
        <Alert
          severity="info"
          action={
            props.filtered ? undefined : (
              <Button color="inherit" size="small" component={RouterLink} to={props.addPath}>
                {props.addLabel}
              </Button>
            )
          }
        >
          {props.filtered ? props.emptyFilteredText : props.emptyText}
        </Alert>
      ) : (
        <Box sx={{ height: 'calc(100vh - 250px)', minHeight: 320 }}>
          <DataGrid
            rows={props.rows ?? []}
            columns={columns}
            loading={props.loading}
            density="compact"
            disableRowSelectionOnClick
            getRowHeight={() => 'auto'}
            getRowClassName={props.rowClassName}
            aria-label={props.title}
            {...(paging && {
              paginationMode: 'server' as const,
              rowCount: paging.total,
              paginationModel: paging.model,
              onPaginationModelChange: paging.onChange,
              pageSizeOptions: PAGE_SIZES,
              // The service orders every page (Polish order of names); sorting or filtering one page alone would mislead.
              disableColumnSorting: true,
              disableColumnFilter: true,
            })}
            onRowClick={({ row }) => void navigate(props.detailPath(row))}
            // The arrows move between rows (the grid's own keys); Enter opens the focused row, as a click does.
            onCellKeyDown={({ row }, event) => {
              if (event.key !== 'Enter') return;
              event.defaultMuiPrevented = true;
              void navigate(props.detailPath(row));
            }}
            sx={{
              bgcolor: 'background.paper',
              '& .MuiDataGrid-row': { cursor: 'pointer' },
              '& .MuiDataGrid-cell': { whiteSpace: 'normal', overflowWrap: 'anywhere', lineHeight: 1.35, py: 0.75, display: 'flex', alignItems: 'center' },
              ...props.sx,
              '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within, & .MuiDataGrid-columnHeader:focus, & .MuiDataGrid-columnHeader:focus-within': {
                outline: (theme) => `2px solid ${theme.palette.primary.main}`,
                outlineOffset: -2,
              },
            }}
          />
        </Box>
      )}
      {!empty && props.rows && (
        <Typography variant="body2" color="text.secondary">
          {props.countText(paging ? paging.total : props.rows.length)}
        </Typography>
      )}
      {props.importEntity && <ImportDialog entity={props.importEntity} open={importing} onClose={() => setImporting(false)} />}
    </Stack>
  );
}
