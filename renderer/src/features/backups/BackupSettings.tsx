import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_REASONS, type Backup } from '../../../../preload/contract';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ActionAlert, ActionFailure, useAction } from '../../components/useAction';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLabel } from '../../i18n';

/** Ustawienia → Kopie zapasowe: the folder, the list, "Utwórz kopię teraz", "Przywróć" and the integrity check. */
export function BackupSettings() {
  const { t } = useTranslation();
  const label = useLabel();
  const client = useQueryClient();
  const overview = useQuery({ queryKey: ['backups'], queryFn: () => call('backups.overview', undefined) });
  const [folder, setFolder] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const { busy, message, run } = useAction({
    afterEach: async () => {
      setRestoring(null);
      await client.invalidateQueries({ queryKey: ['backups'] });
    },
  });

  const backups = overview.data?.backups ?? [];
  return (
    <Paper sx={{ p: 3 }}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          {t('backups.title')}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField label={t('backups.folder')} value={folder ?? overview.data?.folder ?? ''} onChange={(event) => setFolder(event.target.value)} helperText={t('backups.folderHint')} />
          <Button
            disabled={busy || folder === null}
            onClick={() =>
              void run(async () => {
                await call('backups.setFolder', { folder: folder || null });
                setFolder(null);
                return t('backups.folderSaved');
              })
            }
          >
            {t('common.save')}
          </Button>
        </Stack>
        <Stack direction="row" spacing={2}>
          <Button variant="contained" loading={busy} onClick={() => void run(async () => t('backups.created', { name: (await call('backups.create', undefined)).name }))}>
            {t('backups.createNow')}
          </Button>
          <Button
            loading={busy}
            onClick={() =>
              void run(async () => {
                const report = await call('backups.checkDatabase', { full: true });
                if (!report.ok) throw new ActionFailure(t('backups.damaged', { problems: report.problems.slice(0, 3).join('; ') }));
                return t('backups.checkOk');
              })
            }
          >
            {t('backups.check')}
          </Button>
        </Stack>
        <ActionAlert message={message} />
        {backups.length === 0 ? (
          <Typography color="text.secondary">{t('backups.none')}</Typography>
        ) : (
          <Table size="small" aria-label={t('backups.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('backups.createdAt')}</TableCell>
                <TableCell>{t('backups.reason')}</TableCell>
                <TableCell align="right">{t('backups.size')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {backups.map((backup) => (
                <TableRow key={backup.name}>
                  <TableCell>{formatDateTime(backup.createdAt)}</TableCell>
                  <TableCell>{label(BACKUP_REASONS[backup.reason])}</TableCell>
                  <TableCell align="right">{formatNumber(backup.sizeBytes / 1024 / 1024, 1)} MB</TableCell>
                  <TableCell align="right">
                    <Button size="small" onClick={() => setRestoring(backup)}>
                      {t('backups.restore')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
      <ConfirmDialog
        open={restoring !== null}
        title={t('backups.restoreTitle')}
        text={restoring ? t('backups.restoreText', { date: formatDateTime(restoring.createdAt) }) : ''}
        confirmLabel={t('backups.restore')}
        busy={busy}
        onConfirm={() =>
          void run(async () => {
            const safety = await call('backups.restore', { name: restoring!.name });
            await client.invalidateQueries();
            return t('backups.restored', { safety: formatDateTime(safety.createdAt) });
          })
        }
        onCancel={() => setRestoring(null)}
      />
    </Paper>
  );
}
