import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXCHANGE_ENTITIES, EXCHANGE_ENTITY_LABELS, type ExchangeImportResult } from '../../../../preload/contract';
import { ApiError, call } from '../../api/client';
import { readFileForUpload, saveExportedFile } from '../../api/files';
import { DateField } from '../../components/DateField';
import { ActionAlert, useAction } from '../../components/useAction';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { formatNumber } from '../../i18n/format';
import { useLabel } from '../../i18n';

type Outcome =
  | { kind: 'exported'; name: string }
  | { kind: 'imported'; name: string; result: ExchangeImportResult }
  | { kind: 'problems'; message: string; problems: [string, string][] };

/** Ustawienia → Wymiana danych: the exchange file out (optionally limited) and in, with every problem of a refused file. */
export function ExchangeSettings() {
  const { t } = useTranslation();
  const label = useLabel();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [teryt, setTeryt] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { busy, message, fieldErrors, run } = useAction();

  /** The work's outcome replaces the last one; a failure shows as the action's message. */
  const act = (work: () => Promise<Outcome>) =>
    run(async () => {
      setOutcome(null);
      setOutcome(await work());
    });

  const exportFile = () =>
    act(async () => {
      const file = await call('exchange.export', { from: from || null, to: to || null, teryt });
      saveExportedFile(file);
      return { kind: 'exported', name: file.fileName };
    });

  const importFile = (chosen: File | undefined) => {
    if (!chosen) return;
    void act(async () => {
      const upload = await readFileForUpload(chosen);
      try {
        const result = await call('exchange.import', upload);
        await client.invalidateQueries();
        return { kind: 'imported', name: upload.fileName, result };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'validation' && Object.keys(error.fieldErrors).length) {
          return { kind: 'problems', message: error.message, problems: Object.entries(error.fieldErrors) };
        }
        throw error;
      }
    });
  };

  return (
    <Paper sx={{ p: 3 }} component="section" aria-labelledby="exchange-title">
      <Stack spacing={2}>
        <Typography variant="h6" component="h2" id="exchange-title">
          {t('exchange.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('exchange.intro')}
        </Typography>

        <Typography variant="subtitle1" component="h3">
          {t('exchange.exportTitle')}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <DateField label={t('exchange.from')} value={from} onChange={setFrom} error={fieldErrors.from} />
          <DateField label={t('exchange.to')} value={to} onChange={setTo} error={fieldErrors.to} />
        </Stack>
        <TerritoryPicker label={t('exchange.teryt')} value={teryt} onChange={(code) => setTeryt(code)} error={fieldErrors.teryt} helperText={t('exchange.terytHint')} />
        <div>
          <Button variant="contained" disabled={busy} onClick={() => void exportFile()}>
            {t('exchange.export')}
          </Button>
        </div>

        <Typography variant="subtitle1" component="h3">
          {t('exchange.importTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('exchange.importHint')}
        </Typography>
        <div>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={t('exchange.chooseFile')}
            onChange={(event) => {
              importFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <Button variant="outlined" disabled={busy} onClick={() => input.current?.click()}>
            {t('exchange.chooseFile')}
          </Button>
        </div>

        {busy && <LinearProgress aria-label={t('exchange.working')} />}
        <ActionAlert message={message} />
        {outcome?.kind === 'exported' && <Alert severity="success">{t('exchange.exported', { name: outcome.name })}</Alert>}
        {outcome?.kind === 'imported' && (
          <Stack spacing={1}>
            <Alert severity="success">
              {t('exchange.imported', { name: outcome.name })}
              {outcome.result.backup && ` ${t('exchange.backup', { name: outcome.result.backup })}`}
            </Alert>
            <Table size="small" aria-label={t('exchange.imported', { name: outcome.name })}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('exchange.entity')}</TableCell>
                  <TableCell align="right">{t('exchange.added')}</TableCell>
                  <TableCell align="right">{t('exchange.updated')}</TableCell>
                  <TableCell align="right">{t('exchange.unchanged')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {EXCHANGE_ENTITIES.map((entity) => {
                  const counts = outcome.result.counts[entity];
                  return (
                    <TableRow key={entity}>
                      <TableCell>{label(EXCHANGE_ENTITY_LABELS[entity])}</TableCell>
                      <TableCell align="right">{formatNumber(counts.added)}</TableCell>
                      <TableCell align="right">{formatNumber(counts.updated)}</TableCell>
                      <TableCell align="right">{formatNumber(counts.unchanged)}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Stack>
        )}
        {outcome?.kind === 'problems' && (
          <Stack spacing={1}>
            <Alert severity="error">{t('exchange.problems', { count: outcome.problems.length })}</Alert>
            <Table size="small" aria-label={t('exchange.problems', { count: outcome.problems.length })}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('exchange.path')}</TableCell>
                  <TableCell>{t('exchange.message')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {outcome.problems.map(([path, message]) => (
                  <TableRow key={path}>
                    <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{path}</TableCell>
                    <TableCell>{message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
