/**
 * Import from XLSX/CSV: choose a file, check the column mapping, see every row's problems, and import
 * only when there are none (main writes all rows in one transaction, or nothing).
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type FileUpload, type ImportEntity, type ImportPreview } from '../../../preload/contract';
import { call } from '../api/client';
import { readFileForUpload } from '../api/files';
import { useLabel } from '../i18n';
import { ActionAlert, useAction } from './useAction';

const NOT_MAPPED = -1;

export function ImportDialog(props: { entity: ImportEntity; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<FileUpload | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const { busy, message, setMessage, run } = useAction();

  const check = (upload: FileUpload, mapping?: Record<string, number | null>) =>
    run(async () => {
      try {
        setPreview(await call('imports.preview', { ...upload, entity: props.entity, mapping }));
      } catch (failure) {
        setPreview(null);
        throw failure;
      }
    });

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    const upload = await readFileForUpload(chosen);
    setFile(upload);
    await check(upload);
  };

  const commit = () =>
    run(async () => {
      if (!file || !preview) return;
      const result = await call('imports.commit', { ...file, entity: props.entity, mapping: preview.mapping });
      setPreview(null);
      setFile(null);
      await Promise.all([client.invalidateQueries({ queryKey: ['institutions'] }), client.invalidateQueries({ queryKey: ['people'] })]);
      return t('import.done', { count: result.imported });
    });

  const close = () => {
    setFile(null);
    setPreview(null);
    setMessage(null);
    props.onClose();
  };

  const fields = Object.entries(IMPORT_FIELDS[props.entity]);

  return (
    <Dialog open={props.open} onClose={close} maxWidth="md" fullWidth aria-labelledby="import-title">
      <DialogTitle id="import-title">{t('import.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {t('import.fileHint')}
          </Typography>
          <div>
            <input
              ref={input}
              type="file"
              accept=".xlsx,.csv,.txt"
              hidden
              aria-label={t('import.chooseFile')}
              onChange={(event) => {
                void choose(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
            <Button variant="outlined" onClick={() => input.current?.click()}>
              {t('import.chooseFile')}
            </Button>
            {file && (
              <Typography component="span" sx={{ ml: 2 }}>
                {file.fileName}
              </Typography>
            )}
          </div>
          {busy && <LinearProgress aria-label={t('common.loading')} />}
          <ActionAlert message={message} />
          {preview && file && (
            <>
              <Typography variant="body2">
                {t('import.rowsRead', { count: preview.rowCount })}
                {preview.encoding && ` · ${t('import.encoding', { encoding: preview.encoding })}`}
              </Typography>
              <Typography variant="subtitle2" component="h3">
                {t('import.mapping')}
              </Typography>
              <Grid container spacing={1}>
                {fields.map(([field, def]) => (
                  <Grid key={field} size={{ xs: 12, sm: 6, md: 4 }}>
                    <TextField
                      select
                      size="small"
                      label={label(def)}
                      required={'required' in def && def.required}
                      value={preview.mapping[field] ?? NOT_MAPPED}
                      onChange={(event) => {
                        const column = Number(event.target.value);
                        void check(file, { ...preview.mapping, [field]: column === NOT_MAPPED ? null : column });
                      }}
                    >
                      <MenuItem value={NOT_MAPPED}>{t('import.notMapped')}</MenuItem>
                      {preview.headers.map((header, index) => (
                        <MenuItem key={index} value={index}>
                          {header || `#${index + 1}`}
                        </MenuItem>
                      ))}
                    </TextField>
                  </Grid>
                ))}
              </Grid>
              {preview.problems.length === 0 ? (
                <Alert severity="success">{t('import.noErrors')}</Alert>
              ) : (
                <>
                  <Alert severity="error">{t('import.errorsFound', { count: preview.problems.length })}</Alert>
                  <Table size="small" aria-label={t('import.errorsFound', { count: preview.problems.length })}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('import.row')}</TableCell>
                        <TableCell>{t('import.column')}</TableCell>
                        <TableCell>{t('import.problem')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {preview.problems.slice(0, 200).map((problem, index) => (
                        <TableRow key={index}>
                          <TableCell>{problem.rowNumber}</TableCell>
                          <TableCell>{problem.column}</TableCell>
                          <TableCell>{problem.message}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </>
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('common.close')}</Button>
        <Button variant="contained" onClick={() => void commit()} disabled={!preview || preview.problems.length > 0 || preview.rowCount === 0} loading={busy}>
          {t('import.commit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
