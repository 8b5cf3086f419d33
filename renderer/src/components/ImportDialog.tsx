/**
 * Import from XLSX/CSV: the expected columns and a template to fill, then choose a file, check the column mapping,
 * see every row's problems and the rows already in the register (skipped), and import only when there are no
 * problems (main writes all new rows in one transaction, or nothing).
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
import { IMPORT_FIELDS, type FileUpload, type ImportEntity, type ImportField, type ImportPreview } from '../../../preload/contract';
import { call } from '../api/client';
import { readFileForUpload, saveExportedFile } from '../api/files';
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
      return result.skipped > 0 ? `${t('import.done', { count: result.imported })} ${t('import.skipped', { count: result.skipped })}` : t('import.done', { count: result.imported });
    });

  const downloadTemplate = () =>
    run(async () => {
      saveExportedFile(await call('imports.template', { entity: props.entity }));
    });

  const close = () => {
    setFile(null);
    setPreview(null);
    setMessage(null);
    props.onClose();
  };

  const fields = Object.entries(IMPORT_FIELDS[props.entity]) as [string, ImportField][];

  return (
    <Dialog open={props.open} onClose={close} maxWidth="md" fullWidth aria-labelledby="import-title">
      <DialogTitle id="import-title">{t('import.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {t('import.fileHint')}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
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
            <Button onClick={() => void downloadTemplate()}>{t('import.template')}</Button>
            {file && <Typography component="span">{file.fileName}</Typography>}
          </Stack>
          {!preview && <ExpectedColumns fields={fields} />}
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
                      required={def.required}
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
              {preview.existing.length > 0 && (
                <>
                  <Alert severity="info">{t('import.existing', { count: preview.existing.length })}</Alert>
                  <Table size="small" aria-label={t('import.existingTable')}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('import.row')}</TableCell>
                        <TableCell>{t('import.existingRecord')}</TableCell>
                        <TableCell>{t('import.existingReason')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {preview.existing.slice(0, 50).map((row) => (
                        <TableRow key={row.rowNumber}>
                          <TableCell>{row.rowNumber}</TableCell>
                          <TableCell>{row.name}</TableCell>
                          <TableCell>{row.reason}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </>
              )}
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
        <Button
          variant="contained"
          onClick={() => void commit()}
          disabled={!preview || preview.problems.length > 0 || preview.rowCount === preview.existing.length}
          loading={busy}
        >
          {t('import.commit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The columns the import expects, before a file is chosen: which are required and what to write in them. */
function ExpectedColumns({ fields }: { fields: [string, ImportField][] }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Table size="small" aria-label={t('import.expectedColumns')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('import.column')}</TableCell>
          <TableCell>{t('import.required')}</TableCell>
          <TableCell>{t('import.whatToWrite')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map(([field, def]) => (
          <TableRow key={field}>
            <TableCell>{label(def)}</TableCell>
            <TableCell>{def.required ? t('common.yes') : t('common.no')}</TableCell>
            <TableCell>{def.hint ? label(def.hint) : ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
