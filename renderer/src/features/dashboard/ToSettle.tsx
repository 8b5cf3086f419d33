/**
 * "Do rozliczenia": events still "planned" after their end. Every figure leaves them out until they are settled, so
 * each can be marked held, or cancelled with the reason, in one click from here.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EVENT_TYPES, type DashboardOverview } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { useLabel } from '../../i18n';

const warsawDate = new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Warsaw' });

type Item = DashboardOverview['toSettle'][number];

export function ToSettle({ events }: { events: Item[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const client = useQueryClient();
  const [cancelling, setCancelling] = useState<Item | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (events.length === 0) return null;

  async function settle(event: Item, status: 'held' | 'cancelled', cancellationReason: string | null): Promise<boolean> {
    setError(null);
    try {
      await call('events.settle', { id: event.id, version: event.version, status, cancellationReason });
      await client.invalidateQueries({ queryKey: ['dashboard'] });
      await client.invalidateQueries({ queryKey: ['events'] });
      return true;
    } catch (e) {
      const fieldErrors = (e as { fieldErrors?: Record<string, string> }).fieldErrors ?? {};
      if (fieldErrors.cancellationReason) setReasonError(fieldErrors.cancellationReason);
      else setError(messageOf(e));
      return false;
    }
  }

  return (
    <Paper component="section" aria-labelledby="dashboard-to-settle" sx={{ p: 2 }}>
      <Typography id="dashboard-to-settle" variant="h6" component="h2">
        {t('dashboard.toSettle.title', { count: events.length })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('dashboard.toSettle.hint')}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      <List dense>
        {events.map((event) => (
          <ListItem
            key={event.id}
            secondaryAction={
              <Stack direction="row" spacing={1}>
                <Button size="small" variant="outlined" onClick={() => void settle(event, 'held', null)} aria-label={t('dashboard.toSettle.heldFor', { title: event.title })}>
                  {t('dashboard.toSettle.held')}
                </Button>
                <Button
                  size="small"
                  color="warning"
                  onClick={() => {
                    setCancelling(event);
                    setReason('');
                    setReasonError(null);
                  }}
                  aria-label={t('dashboard.toSettle.cancelledFor', { title: event.title })}
                >
                  {t('dashboard.toSettle.cancelled')}
                </Button>
              </Stack>
            }
            sx={{ pr: 28 }}
          >
            <ListItemText
              primary={
                <RouterLink to={`/wydarzenia/${event.id}`} style={{ color: 'inherit' }}>
                  {event.title}
                </RouterLink>
              }
              secondary={`${label(EVENT_TYPES[event.type])} · ${warsawDate.format(new Date(event.startsAt))}${event.place ? ` · ${event.place}` : ''}`}
            />
          </ListItem>
        ))}
      </List>
      <Dialog open={cancelling !== null} onClose={() => setCancelling(null)} aria-labelledby="settle-cancel-title" fullWidth maxWidth="sm">
        <DialogTitle id="settle-cancel-title">{t('dashboard.toSettle.cancelTitle')}</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 2 }}>{cancelling ? `„${cancelling.title}”` : ''}</Typography>
          <TextField autoFocus required label={t('dashboard.toSettle.reason')} value={reason} onChange={(e) => setReason(e.target.value)} error={Boolean(reasonError)} helperText={reasonError ?? t('dashboard.toSettle.reasonHint')} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setCancelling(null)}>{t('common.cancel')}</Button>
          <Button
            variant="contained"
            color="warning"
            onClick={() => {
              if (cancelling) void settle(cancelling, 'cancelled', reason).then((ok) => ok && setCancelling(null));
            }}
          >
            {t('dashboard.toSettle.confirmCancel')}
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
