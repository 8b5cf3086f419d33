import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { readFileForUpload } from '../../api/files';
import { ActionAlert, useAction } from '../../components/useAction';
import { formatDate } from '../../i18n/format';
import { TerritoryStatusLine } from './TerritoryStatusLine';

/** The TERYT register's state date, and its update from a newer TERC file of GUS. */
export function TerritorySettings() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const { busy, message, run } = useAction();

  const update = async (file: File | undefined) => {
    if (!file) return;
    await run(async () => {
      const result = await call('territory.update', await readFileForUpload(file));
      await client.invalidateQueries({ queryKey: ['territory'] });
      return t('territory.updated', { ...result, stateDate: formatDate(result.stateDate) });
    });
  };

  return (
    <Paper sx={{ p: 3 }}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          {t('territory.title')}
        </Typography>
        <TerritoryStatusLine />
        <div>
          <input ref={input} type="file" accept=".csv,.txt" hidden aria-label={t('territory.update')} onChange={(event) => void update(event.target.files?.[0])} />
          <Button variant="outlined" onClick={() => input.current?.click()} disabled={busy}>
            {t('territory.update')}
          </Button>
        </div>
        {busy && <LinearProgress aria-label={t('common.loading')} />}
        <ActionAlert message={message} />
      </Stack>
    </Paper>
  );
}
