/** One event: its facts, participants with attendance per day, printed documents, attachments; edit and delete. */
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { EVENT_AUDIENCES, EVENT_LEADER_ROLES, EVENT_STATUSES, EVENT_TYPES, formatHours, peopleReached, SESSION_MODES, type EventDetail } from '../../../../preload/contract';
import { describeRecurrence } from '../../../../preload/contract/recurrence';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RecordLoader } from '../../components/RecordLoader';
import { ActionAlert, useAction } from '../../components/useAction';
import { useLabel } from '../../i18n';
import { EVENT_TYPE_COLORS } from '../calendar/eventColors';
import { AttachmentsSection } from './AttachmentsSection';
import { DocumentsSection } from '../eventDocuments/DocumentsSection';
import { STATUS_COLORS } from './eventLabels';
import { ParticipantsSection } from './ParticipantsSection';
import { formatDay, formatEventTime, warsawDay } from './warsawTime';

export function EventDetailPage() {
  return (
    <RecordLoader register="events">
      {(event, refresh) => event && <EventView event={event} refresh={refresh} />}
    </RecordLoader>
  );
}

/**
 * "150 osób, w tym 23 z listy uczestników (spoza listy: 02.06.2026: 127, 03.06.2026: 97)": the people on the list
 * present on any day and the largest headcount of a day (`unnamedParticipants`, the contract's rule); only for an
 * event with people counted but not named.
 */
function reachedFact(event: EventDetail, t: TFunction): string | null {
  if (event.unnamedParticipants === null) return null;
  const people = t('events.fields.reachedPeople', { count: peopleReached(event.counts.present, event.unnamedByDay) });
  const total = event.counts.present > 0 ? t('events.fields.reachedNamed', { people, named: event.counts.present }) : people;
  if (event.unnamedByDay.length < 2) return total;
  const days = event.unnamedByDay.map((headcount) => t('events.fields.unnamedDay', { date: formatDay(headcount.day), count: headcount.count })).join(', ');
  return `${total} (${t('events.fields.unnamedDays', { days })})`;
}

function EventView({ event, refresh }: { event: EventDetail; refresh: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const facts: [string, string | null][] = [
    [t('events.fields.when'), formatEventTime(event.startsAt, event.endsAt)],
    [t('events.fields.type'), label(EVENT_TYPES[event.type])],
    [t('events.fields.modeFact'), event.mode && label(SESSION_MODES[event.mode])],
    [t('events.fields.place'), event.place],
    [t('events.fields.gmina'), event.territoryName],
    [t('events.fields.partnership'), event.partnershipName],
    [t('events.fields.project'), event.projectName],
    [t('events.fields.organiser'), event.organiserName],
    [t('events.fields.hours'), event.hours === null ? null : formatHours(event.hours, event.hourUnit, i18n.language === 'en' ? 'en' : 'pl')],
    [t('events.fields.leaders'), event.leaders.map((leader) => `${leader.name} (${label(EVENT_LEADER_ROLES[leader.role])})`).join(', ') || null],
    [t('events.fields.series'), event.series ? t(event.series.detached ? 'events.seriesDetached' : 'events.seriesInfo', { count: event.series.occurrences, rule: describeRecurrence(event.series.rule, i18n.language.startsWith('en') ? 'en' : 'pl') }) : null],
    [t('events.fields.audiences'), event.audiences.length ? event.audiences.map((code) => label(EVENT_AUDIENCES[code])).join(', ') : null],
    [t('events.fields.reached'), reachedFact(event, t)],
    [t('events.fields.cancellationReason'), event.status === 'cancelled' ? event.cancellationReason : null],
    [t('events.fields.notes'), event.notes],
  ];
  return (
    <Stack spacing={3} sx={{ maxWidth: 1400 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip label={label(EVENT_TYPES[event.type])} sx={{ bgcolor: EVENT_TYPE_COLORS[event.type], color: '#fff' }} />
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {event.title}
        </Typography>
        <Chip color={STATUS_COLORS[event.status]} label={label(EVENT_STATUSES[event.status])} />
        <Button startIcon={<CalendarMonthIcon />} component={RouterLink} to={`/kalendarz?data=${warsawDay(event.startsAt)}`}>
          {t('events.showInCalendar')}
        </Button>
        <Button startIcon={<EditIcon />} component={RouterLink} to={`/wydarzenia/${event.id}/edycja`}>
          {t('events.edit')}
        </Button>
        <DeleteEventButton event={event} />
      </Stack>
      <Paper sx={{ p: 2 }}>
        <Table size="small" aria-label={t('events.facts')}>
          <TableBody>
            {facts
              .filter(([, value]) => value)
              .map(([name, value]) => (
                <TableRow key={name}>
                  <TableCell component="th" scope="row" sx={{ width: 240 }}>
                    {name}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-line' }}>{value}</TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </Paper>
      <Paper sx={{ p: 2 }}>
        <ParticipantsSection event={event} refresh={refresh} />
      </Paper>
      <Paper sx={{ p: 2 }}>
        <DocumentsSection event={event} refresh={refresh} />
      </Paper>
      <Paper sx={{ p: 2 }}>
        <AttachmentsSection event={event} refresh={refresh} />
      </Paper>
    </Stack>
  );
}

/** Deletes the event; an occurrence of a series may take the later occurrences with it. */
function DeleteEventButton({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const { busy, message, setMessage, run: runAction } = useAction();
  const error = message?.text;
  const inSeries = Boolean(event.series && !event.series.detached);

  const run = (work: () => Promise<unknown>) =>
    runAction(async () => {
      await work();
      await client.invalidateQueries({ queryKey: ['events'] });
      void navigate('/wydarzenia');
    });
  const deleteOne = () => run(() => call('events.delete', { id: event.id, version: event.version }));
  const deleteSeries = () => run(() => call('events.deleteSeries', { seriesId: event.series!.seriesId, version: event.series!.version, fromEventId: event.id }));

  return (
    <>
      <Button color="error" startIcon={<DeleteIcon />} onClick={() => setOpen(true)}>
        {t('common.delete')}
      </Button>
      {inSeries ? (
        <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="delete-event-title">
          <DialogTitle id="delete-event-title">{t('events.deleteTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('events.deleteSeriesText', { title: event.title })}</DialogContentText>
            <ActionAlert message={message} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)} autoFocus>
              {t('common.cancel')}
            </Button>
            <Button color="error" variant="outlined" loading={busy} onClick={() => void deleteOne()}>
              {t('events.scope.one')}
            </Button>
            <Button color="error" variant="contained" loading={busy} onClick={() => void deleteSeries()}>
              {t('events.scope.series')}
            </Button>
          </DialogActions>
        </Dialog>
      ) : (
        <ConfirmDialog
          open={open}
          title={t('events.deleteTitle')}
          text={error ?? t('events.deleteText', { title: event.title })}
          confirmLabel={t('common.delete')}
          busy={busy}
          onConfirm={() => void deleteOne()}
          onCancel={() => {
            setOpen(false);
            setMessage(null);
          }}
        />
      )}
    </>
  );
}
