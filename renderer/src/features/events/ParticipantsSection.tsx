/**
 * Who takes part and who came: participants added one by one, a partnership's representatives at once or a walk-in
 * on the spot; attendance marked per person and day (saved at once, in the order clicked); per-person hours of
 * coaching and supervision.
 */
import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DeleteIcon from '@mui/icons-material/Delete';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import NoteAltIcon from '@mui/icons-material/NoteAlt';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import PersonAddAltIcon from '@mui/icons-material/PersonAddAlt';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTENDANCE_STATUS_KEYS,
  ATTENDANCE_STATUSES,
  isPerPersonHourType,
  type AttendanceMark,
  type AttendanceStatus,
  type EventDetail,
  type EventParticipant,
  type FormOfAddress,
  type ParticipantsAdded,
} from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { FormOfAddressField, formOfAddressToSave } from '../people/FormOfAddressField';
import { ActionAlert, useAction } from '../../components/useAction';
import { formatNumber } from '../../i18n/format';
import { currentLanguage, useLabel } from '../../i18n';
import { AddPeopleDialog } from './AddPeopleDialog';
import { formatDay, formatWeekday } from './warsawTime';

const STATUS_LOOK: Record<AttendanceStatus, { icon: ReactElement; color: 'success' | 'error' | 'warning' }> = {
  present: { icon: <CheckCircleIcon fontSize="small" />, color: 'success' },
  absent: { icon: <CancelIcon fontSize="small" />, color: 'error' },
  excused: { icon: <NoteAltIcon fontSize="small" />, color: 'warning' },
};

type Adding = 'people' | 'partnership' | 'walkIn' | null;

export function ParticipantsSection({ event, refresh }: { event: EventDetail; refresh: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const client = useQueryClient();
  const [adding, setAdding] = useState<Adding>(null);
  const [report, setReport] = useState<ParticipantsAdded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<EventParticipant | null>(null);
  const [pending, setPending] = useState<Record<string, AttendanceStatus | null>>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const perPerson = isPerPersonHourType(event.type);
  const markKey = (participantId: string, day: string) => `${participantId} ${day}`;

  const changed = async () => {
    await refresh();
    await client.invalidateQueries({ queryKey: ['events', 'list'] });
  };

  /** Saves marks in the order they were made; the screen shows them at once and settles on what main returns. */
  const saveMarks = (marks: AttendanceMark[]) => {
    if (marks.length === 0) return;
    setPending((current) => ({ ...current, ...Object.fromEntries(marks.map((mark) => [markKey(mark.participantId, mark.day), mark.status])) }));
    queue.current = queue.current.then(async () => {
      try {
        const detail = await call('events.setAttendance', { eventId: event.id, marks });
        client.setQueryData(['events', 'one', event.id], detail);
        void client.invalidateQueries({ queryKey: ['events', 'list'] });
      } catch (failure) {
        setError(messageOf(failure));
      } finally {
        setPending((current) => {
          const next = { ...current };
          for (const mark of marks) if (next[markKey(mark.participantId, mark.day)] === mark.status) delete next[markKey(mark.participantId, mark.day)];
          return next;
        });
      }
    });
  };

  const statusOf = (participant: EventParticipant, day: string): AttendanceStatus | null => {
    const key = markKey(participant.id, day);
    return key in pending ? pending[key]! : (participant.attendance[day] ?? null);
  };

  const added = async (result: ParticipantsAdded) => {
    setReport(result);
    setAdding(null);
    await changed();
  };

  const remove = async (participant: EventParticipant) => {
    try {
      await call('events.removeParticipant', { participantId: participant.id });
      await changed();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t('events.participants.title')}
        </Typography>
        <Button startIcon={<PersonAddIcon />} onClick={() => setAdding('people')}>
          {t('events.participants.add')}
        </Button>
        <Button startIcon={<GroupAddIcon />} onClick={() => setAdding('partnership')}>
          {t('events.participants.addPartnership')}
        </Button>
        <Button startIcon={<PersonAddAltIcon />} onClick={() => setAdding('walkIn')}>
          {t('events.participants.addWalkIn')}
        </Button>
      </Stack>
      <Typography role="status" aria-live="polite">
        {t('events.participants.counts', { registered: event.counts.registered, present: event.counts.present })}
      </Typography>
      {report && <AddedReport report={report} onClose={() => setReport(null)} />}
      {error && (
        <Alert severity="error" onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {event.participants.length === 0 ? (
        <Typography color="text.secondary">{t('events.participants.none')}</Typography>
      ) : (
        <>
          <Stack direction="row" spacing={2} sx={{ color: 'text.secondary', flexWrap: 'wrap' }} aria-hidden>
            {ATTENDANCE_STATUS_KEYS.map((status) => (
              <Box key={status} component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                {STATUS_LOOK[status].icon} {label(ATTENDANCE_STATUSES[status])}
              </Box>
            ))}
          </Stack>
          <TableContainer>
            <Table size="small" aria-label={t('events.attendance.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('events.participants.number')}</TableCell>
                  <TableCell>{t('events.participants.person')}</TableCell>
                  <TableCell>{t('events.participants.institution')}</TableCell>
                  {event.days.map((day) => (
                    <TableCell key={day} align="center" sx={{ whiteSpace: 'nowrap' }}>
                      <div>
                        {formatWeekday(day, currentLanguage())} {formatDay(day)}
                      </div>
                      <Button
                        size="small"
                        startIcon={<DoneAllIcon />}
                        aria-label={t('events.attendance.allPresentOn', { day: formatDay(day) })}
                        onClick={() => saveMarks(event.participants.map((participant) => ({ participantId: participant.id, day, status: 'present' })))}
                      >
                        {t('events.attendance.allPresent')}
                      </Button>
                    </TableCell>
                  ))}
                  {perPerson && <TableCell>{t('events.participants.hours', { unit: t(`events.hourUnitsShort.${event.hourUnit}`) })}</TableCell>}
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {event.participants.map((participant, index) => (
                  <TableRow key={participant.id}>
                    <TableCell>{index + 1}.</TableCell>
                    <TableCell component="th" scope="row">
                      {participant.name}
                      {participant.walkIn && <Chip size="small" variant="outlined" label={t('events.participants.walkIn')} sx={{ ml: 1 }} />}
                    </TableCell>
                    <TableCell>{participant.institutionName ?? '—'}</TableCell>
                    {event.days.map((day) => (
                      <TableCell key={day} align="center">
                        <ToggleButtonGroup
                          size="small"
                          exclusive
                          value={statusOf(participant, day)}
                          onChange={(_e, status: AttendanceStatus | null) => saveMarks([{ participantId: participant.id, day, status }])}
                          aria-label={t('events.attendance.cell', { name: participant.name, day: formatDay(day) })}
                        >
                          {ATTENDANCE_STATUS_KEYS.map((status) => (
                            <Tooltip key={status} title={label(ATTENDANCE_STATUSES[status])}>
                              <ToggleButton value={status} color={STATUS_LOOK[status].color} aria-label={label(ATTENDANCE_STATUSES[status])}>
                                {STATUS_LOOK[status].icon}
                              </ToggleButton>
                            </Tooltip>
                          ))}
                        </ToggleButtonGroup>
                      </TableCell>
                    ))}
                    {perPerson && (
                      <TableCell>
                        <HoursInput participant={participant} defaultHours={event.hours} onSaved={changed} onError={setError} />
                      </TableCell>
                    )}
                    <TableCell align="right">
                      <IconButton aria-label={t('events.participants.remove', { name: participant.name })} onClick={() => setRemoving(participant)}>
                        <DeleteIcon />
                      </IconButton>
                    </TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell />
                  <TableCell component="th" scope="row" colSpan={2}>
                    {t('events.fields.unnamedParticipants')}
                  </TableCell>
                  {event.days.map((day) => (
                    <TableCell key={day} align="center">
                      <HeadcountInput event={event} day={day} onSaved={changed} onError={setError} />
                    </TableCell>
                  ))}
                  {perPerson && <TableCell />}
                  <TableCell />
                </TableRow>
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
      {adding === 'people' && <AddPeopleDialog eventId={event.id} onClose={() => setAdding(null)} onAdded={added} />}
      {adding === 'partnership' && <AddPartnershipDialog eventId={event.id} partnershipId={event.partnershipId} onClose={() => setAdding(null)} onAdded={added} />}
      {adding === 'walkIn' && (
        <WalkInDialog
          eventId={event.id}
          onClose={() => setAdding(null)}
          onAdded={async (participant) => {
            await added({ added: [participant], alreadyRegistered: [], withoutRepresentative: [] });
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('events.participants.removeTitle')}
        text={t('events.participants.removeText', { name: removing?.name ?? '' })}
        confirmLabel={t('common.delete')}
        onConfirm={() => void remove(removing!)}
        onCancel={() => setRemoving(null)}
      />
    </Stack>
  );
}

function AddedReport({ report, onClose }: { report: ParticipantsAdded; onClose: () => void }) {
  const { t } = useTranslation();
  const warn = report.withoutRepresentative.length > 0 || report.alreadyRegistered.length > 0;
  return (
    <Alert severity={warn ? 'warning' : 'success'} onClose={onClose}>
      <div>{t('events.participants.added', { count: report.added.length })}</div>
      {report.alreadyRegistered.length > 0 && <div>{t('events.participants.alreadyRegistered', { names: report.alreadyRegistered.map((person) => person.name).join(', ') })}</div>}
      {report.withoutRepresentative.length > 0 && (
        <div>{t('events.participants.withoutRepresentative', { names: report.withoutRepresentative.map((member) => member.institutionName).join(', ') })}</div>
      )}
    </Alert>
  );
}

interface SavedOnBlurProps {
  /** The stored value as the field shows it ('' when none). */
  saved: string;
  /** What a typed value must look like to be sent. */
  pattern: RegExp;
  send: (trimmed: string) => Promise<unknown>;
  onSaved: () => Promise<unknown>;
  onError: (message: string) => void;
  label: string;
  inputMode: 'numeric' | 'decimal';
  width: number;
  invalidText?: string;
  placeholder?: string;
}

/** A number saved when the field is left (blank clears it); a malformed one is marked on the field and not sent. */
function NumberSavedOnBlur(props: SavedOnBlurProps) {
  const [text, setText] = useState(props.saved);
  const [invalid, setInvalid] = useState(false);
  const save = async () => {
    const trimmed = text.trim();
    if (trimmed === props.saved) return;
    if (trimmed !== '' && !props.pattern.test(trimmed)) return setInvalid(true);
    setInvalid(false);
    try {
      await props.send(trimmed);
      await props.onSaved();
    } catch (failure) {
      props.onError(messageOf(failure));
    }
  };
  return (
    <TextField
      size="small"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => void save()}
      error={invalid}
      helperText={invalid ? props.invalidText : undefined}
      placeholder={props.placeholder}
      sx={{ width: props.width }}
      slotProps={{ htmlInput: { inputMode: props.inputMode, 'aria-label': props.label } }}
    />
  );
}

/** People counted but not named on one day: saved when the field is left; the event's page then says how many took part. */
function HeadcountInput(props: { event: EventDetail; day: string; onSaved: () => Promise<unknown>; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const stored = props.event.unnamedByDay.find((headcount) => headcount.day === props.day);
  return (
    <NumberSavedOnBlur
      saved={stored ? String(stored.count) : ''}
      pattern={/^\d+$/}
      send={(trimmed) => call('events.setHeadcount', { eventId: props.event.id, version: props.event.version, day: props.day, count: trimmed === '' ? null : Number(trimmed) })}
      onSaved={props.onSaved}
      onError={props.onError}
      label={t('events.fields.unnamedOn', { date: formatDay(props.day) })}
      inputMode="numeric"
      width={110}
      invalidText={t('events.fields.unnamedInvalid')}
    />
  );
}

/** A coaching or supervision participant's own hours (blank: the event's); saved when the field is left. */
function HoursInput(props: { participant: EventParticipant; defaultHours: number | null; onSaved: () => Promise<unknown>; onError: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <NumberSavedOnBlur
      saved={props.participant.hours === null ? '' : String(props.participant.hours).replace('.', ',')}
      pattern={/^\d+([.,]\d+)?$/}
      send={(trimmed) => call('events.setParticipantHours', { participantId: props.participant.id, hours: trimmed === '' ? null : Number(trimmed.replace(',', '.')) })}
      onSaved={props.onSaved}
      onError={props.onError}
      label={t('events.participants.hoursOf', { name: props.participant.name })}
      inputMode="decimal"
      width={90}
      placeholder={props.defaultHours === null ? '' : formatNumber(props.defaultHours, 2)}
    />
  );
}

function AddPartnershipDialog(props: { eventId: string; partnershipId: string | null; onClose: () => void; onAdded: (result: ParticipantsAdded) => Promise<void> }) {
  const { t } = useTranslation();
  const [partnershipId, setPartnershipId] = useState(props.partnershipId ?? '');
  const { busy, message, run } = useAction();
  const partnerships = useQuery({ queryKey: ['partnerships', 'list', {}], queryFn: () => call('partnerships.list', {}) });
  const chosen = partnerships.data?.find((partnership) => partnership.id === partnershipId);
  const submit = () => run(async () => props.onAdded(await call('events.addPartnershipMembers', { eventId: props.eventId, partnershipId })));
  return (
    <Dialog open onClose={props.onClose} maxWidth="sm" fullWidth aria-labelledby="add-partnership-title">
      <DialogTitle id="add-partnership-title">{t('events.participants.addPartnershipTitle')}</DialogTitle>
      <DialogContent>
        <ActionAlert message={message} />
        <TextField
          select
          label={t('events.fields.partnership')}
          value={partnershipId}
          onChange={(event) => setPartnershipId(event.target.value)}
          sx={{ mt: 1 }}
          helperText={chosen ? t('events.participants.partnershipHint', { count: chosen.currentMemberCount }) : ' '}
        >
          {partnerships.data?.map((partnership) => (
            <MenuItem key={partnership.id} value={partnership.id}>
              {partnership.name}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!partnershipId} loading={busy} onClick={() => void submit()}>
          {t('events.participants.addMembers')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function WalkInDialog({ eventId, onClose, onAdded }: { eventId: string; onClose: () => void; onAdded: (participant: EventParticipant) => Promise<void> }) {
  const { t } = useTranslation();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [form, setForm] = useState<FormOfAddress | null | undefined>(undefined);
  const { busy, message, fieldErrors: errors, run } = useAction();
  const submit = () =>
    run(async () => onAdded(await call('events.createParticipant', { eventId, person: { firstName, lastName, formOfAddress: formOfAddressToSave(form, firstName), institutionId } })));
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="walk-in-title">
      <DialogTitle id="walk-in-title">{t('events.participants.walkInTitle')}</DialogTitle>
      <DialogContent>
        <ActionAlert message={message} />
        <Stack spacing={1} sx={{ mt: 1 }}>
          <TextField required label={t('events.participants.firstName')} value={firstName} onChange={(event) => setFirstName(event.target.value)} error={Boolean(errors['person.firstName'])} helperText={errors['person.firstName'] ?? ' '} />
          <TextField required label={t('events.participants.lastName')} value={lastName} onChange={(event) => setLastName(event.target.value)} error={Boolean(errors['person.lastName'])} helperText={errors['person.lastName'] ?? ' '} />
          <FormOfAddressField firstName={firstName} chosen={form} onChoose={setForm} error={errors['person.formOfAddress']} />
          <InstitutionPicker label={t('events.participants.institution')} value={institutionId} onChange={setInstitutionId} error={errors['person.institutionId']} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={busy} onClick={() => void submit()}>
          {t('common.add')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
