/**
 * A new event (from the list, or from the calendar with the selected time: ?start=…&end=…&rodzaj=…) or an edited one.
 * Times are typed in Warsaw time and sent with Warsaw's offset. A new event may repeat (a series); editing an
 * occurrence of a series asks whether the change is for this occurrence only or for the series from it on.
 */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import {
  EVENT_LEADER_ROLE_KEYS,
  EVENT_LEADER_ROLES,
  EVENT_STATUS_KEYS,
  EVENT_STATUSES,
  EVENT_TYPE_KEYS,
  EVENT_TYPES,
  eventDraft,
  eventSave,
  HOUR_UNIT_KEYS,
  HOUR_UNITS,
  isPerPersonHourType,
  SESSION_MODE_KEYS,
  SESSION_MODES,
  type EventDetail,
  type EventLeaderRole,
  type EventStatus,
  type EventType,
  type HourUnit,
  type SessionMode,
} from '../../../../preload/contract';
import { ApiError, call } from '../../api/client';
import { useRegisterMutations } from '../../api/registers';
import { DateField } from '../../components/DateField';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { OptionalRecordSelect } from '../../components/OptionalRecordSelect';
import { PersonPicker } from '../../components/PersonPicker';
import { RecordForm, useFormValues } from '../../components/RecordForm';
import { RecordLoader } from '../../components/RecordLoader';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { useLabel } from '../../i18n';
import { defaultHourUnit, defaultLeaderRole } from './eventLabels';
import { buildRule, NO_RECURRENCE, type RecurrenceValues } from './recurrence';
import { RecurrenceFields } from './RecurrenceFields';
import { addDays, isDate, warsawIso, warsawParts, weekdayOf } from './warsawTime';

interface LeaderValues {
  personId: string | null;
  role: EventLeaderRole;
}

interface FormValues {
  title: string;
  type: EventType;
  status: EventStatus;
  projectId: string | null;
  partnershipId: string | null;
  terytCode: string | null;
  place: string;
  organiserInstitutionId: string | null;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  hours: string;
  hourUnit: HourUnit;
  mode: SessionMode | null;
  leaders: LeaderValues[];
  notes: string;
}

type Scope = 'one' | 'series';
/** What `save` resolves to when the user closes the "this one or the series" question. */
const NOT_SAVED = Symbol('not saved');

/** A time from the calendar: an instant ("2026-03-12T09:00:00+01:00") or a whole day ("2026-03-12", an exclusive end). */
function fromCalendar(value: string | null, fallbackTime: string, isEnd: boolean): { date: string; time: string } | null {
  if (!value) return null;
  if (isDate(value)) return { date: isEnd ? addDays(value, -1) : value, time: fallbackTime };
  return Number.isNaN(Date.parse(value)) ? null : warsawParts(value);
}

function toFormValues(event: EventDetail | undefined, params: URLSearchParams): FormValues {
  if (event) {
    const start = warsawParts(event.startsAt);
    const end = warsawParts(event.endsAt);
    return {
      title: event.title,
      type: event.type,
      status: event.status,
      projectId: event.projectId,
      partnershipId: event.partnershipId,
      terytCode: event.terytCode,
      place: event.place ?? '',
      organiserInstitutionId: event.organiserInstitutionId,
      startDate: start.date,
      startTime: start.time,
      endDate: end.date,
      endTime: end.time,
      hours: event.hours === null ? '' : String(event.hours).replace('.', ','),
      hourUnit: event.hourUnit,
      mode: event.mode,
      leaders: event.leaders.map(({ personId, role }) => ({ personId, role })),
      notes: event.notes ?? '',
    };
  }
  const requested = params.get('rodzaj');
  const type: EventType = requested && (EVENT_TYPE_KEYS as string[]).includes(requested) ? (requested as EventType) : 'workshop';
  const start = fromCalendar(params.get('start'), '09:00', false);
  const end = fromCalendar(params.get('end'), '15:00', true) ?? (start ? { date: start.date, time: '15:00' } : null);
  return {
    title: '',
    type,
    status: 'planned',
    projectId: null,
    partnershipId: params.get('partnerstwo'),
    terytCode: null,
    place: '',
    organiserInstitutionId: null,
    startDate: start?.date ?? '',
    startTime: start?.time ?? '09:00',
    endDate: end?.date ?? '',
    endTime: end?.time ?? '15:00',
    hours: '',
    hourUnit: defaultHourUnit(type),
    mode: null,
    leaders: [],
    notes: '',
  };
}

/** "7,5" or "7.5" → 7.5; blank → null; anything else NaN, which the contract refuses with its message. */
function parseHours(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** The contract's field names (with a series' "draft." prefix removed) onto this form's fields. */
function formErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [key.replace(/^draft\./, ''), message]));
}

export function EventFormPage() {
  return (
    <RecordLoader register="events">
      {(event, reload) => <EventEditor key={event?.version ?? 'new'} event={event} reload={() => void reload()} />}
    </RecordLoader>
  );
}

function EventEditor({ event, reload }: { event: EventDetail | undefined; reload: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const location = useLocation();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const { save, remove } = useRegisterMutations('events');
  const { values, set, fieldErrors, setFieldErrors } = useFormValues<FormValues>(() => toFormValues(event, params));
  const [recurrence, setRecurrence] = useState<RecurrenceValues>(() => ({ ...NO_RECURRENCE, weekday: isDate(values.startDate) ? weekdayOf(values.startDate) : 0 }));
  const [askScope, setAskScope] = useState<((scope: Scope | null) => void) | null>(null);
  const projects = useQuery({ queryKey: ['projects', 'list', {}], queryFn: () => call('projects.list', {}) });
  const partnerships = useQuery({ queryKey: ['partnerships', 'list', {}], queryFn: () => call('partnerships.list', {}) });
  const perPerson = isPerPersonHourType(values.type);
  const field = (name: string) => fieldErrors[name];
  const inSeries = Boolean(event?.series && !event.series.detached);

  const input = {
    title: values.title,
    type: values.type,
    status: values.status,
    projectId: values.projectId,
    partnershipId: values.partnershipId,
    terytCode: values.terytCode,
    place: values.place,
    organiserInstitutionId: values.organiserInstitutionId,
    startsAt: warsawIso(values.startDate, values.startTime),
    endsAt: warsawIso(values.endDate, values.endTime),
    hours: parseHours(values.hours),
    hourUnit: values.hourUnit,
    mode: perPerson ? values.mode : null,
    leaders: values.leaders.filter((leader) => leader.personId).map((leader) => ({ personId: leader.personId!, role: leader.role })),
    notes: values.notes,
  };

  const changeType = (type: EventType) => {
    set('type', type);
    set('hourUnit', defaultHourUnit(type));
    if (!isPerPersonHourType(type)) set('mode', null);
  };
  const changeStartDate = (date: string) => {
    set('startDate', date);
    if (isDate(date) && (!isDate(values.endDate) || values.endDate < date)) set('endDate', date);
    if (isDate(date) && !recurrence.weekdayChosen) setRecurrence((current) => ({ ...current, weekday: weekdayOf(date) }));
  };
  const changePartnership = (partnershipId: string | null) => {
    set('partnershipId', partnershipId);
    const partnership = partnerships.data?.find((p) => p.id === partnershipId);
    if (partnership?.terytCode?.length === 7 && !values.terytCode) set('terytCode', partnership.terytCode);
  };
  const setLeader = (index: number, patch: Partial<LeaderValues>) =>
    set(
      'leaders',
      values.leaders.map((leader, i) => (i === index ? { ...leader, ...patch } : leader)),
    );

  const refreshAll = () => client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'territory' });

  const saveEvent = async (full: typeof input & { id?: string; version?: number }): Promise<unknown> => {
    if (!event && recurrence.repeat) {
      const built = buildRule(recurrence, values.startDate);
      if ('errors' in built) throw new ApiError({ code: 'validation', message: t('events.recurrence.invalid'), fieldErrors: built.errors });
      const series = await call('events.createSeries', { draft: input, rule: built.rule });
      await refreshAll();
      return series.events[0];
    }
    if (event?.series && inSeries) {
      const scope = await new Promise<Scope | null>((resolve) => setAskScope(() => resolve));
      setAskScope(null);
      if (scope === null) return NOT_SAVED;
      if (scope === 'series') {
        await call('events.updateSeries', { seriesId: event.series.seriesId, version: event.series.version, draft: input, fromEventId: event.id });
        await refreshAll();
        return event;
      }
    }
    return save.mutateAsync(full);
  };

  return (
    <RecordForm
      title={t(event ? 'events.editTitle' : 'events.newTitle')}
      record={event}
      schema={event ? eventSave : eventDraft}
      input={input}
      save={saveEvent}
      savedPath={(saved) => (saved === NOT_SAVED ? `${location.pathname}${location.search}` : `/wydarzenia/${(saved as { id: string }).id}`)}
      remove={{ confirmTitle: t('events.deleteTitle'), confirmText: t('events.deleteText', { title: event?.title ?? '' }), run: (identity) => remove.mutateAsync(identity) }}
      backTo="/wydarzenia"
      cancelPath={event ? `/wydarzenia/${event.id}` : '/wydarzenia'}
      reload={reload}
      conflict={event ? { loadLatest: () => call('events.get', { id: event.id }), labels: 'events.fields' } : undefined}
      fieldErrors={fieldErrors}
      setFieldErrors={(errors) => {
        // An incomplete date or time reaches the contract as '', which it calls a malformed ISO instant: say what is missing.
        const mapped = formErrors(errors);
        if (mapped.startsAt && !input.startsAt) mapped.startsAt = t('events.startMissing');
        if (mapped.endsAt && !input.endsAt) mapped.endsAt = t('events.endMissing');
        setFieldErrors(mapped);
      }}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12 }}>
          <TextField required label={t('events.fields.title')} value={values.title} onChange={(e) => set('title', e.target.value)} error={Boolean(field('title'))} helperText={field('title') ?? ' '} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextField select required label={t('events.fields.type')} value={values.type} onChange={(e) => changeType(e.target.value as EventType)} error={Boolean(field('type'))} helperText={field('type') ?? ' '}>
            {EVENT_TYPE_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(EVENT_TYPES[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <TextField select required label={t('events.fields.status')} value={values.status} onChange={(e) => set('status', e.target.value as EventStatus)} helperText={field('status') ?? ' '}>
            {EVENT_STATUS_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(EVENT_STATUSES[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          {perPerson && (
            <TextField select required label={t('events.fields.mode')} value={values.mode ?? ''} onChange={(e) => set('mode', (e.target.value || null) as SessionMode | null)} error={Boolean(field('mode'))} helperText={field('mode') ?? ' '}>
              {SESSION_MODE_KEYS.map((key) => (
                <MenuItem key={key} value={key}>
                  {label(SESSION_MODES[key])}
                </MenuItem>
              ))}
            </TextField>
          )}
        </Grid>

        <Grid size={{ xs: 6, md: 3 }}>
          <DateField required label={t('events.fields.startDate')} value={values.startDate} onChange={changeStartDate} error={field('startsAt')} />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TimeField label={t('events.fields.startTime')} value={values.startTime} onChange={(time) => set('startTime', time)} />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <DateField required label={t('events.fields.endDate')} value={values.endDate} onChange={(date) => set('endDate', date)} error={field('endsAt')} />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TimeField label={t('events.fields.endTime')} value={values.endTime} onChange={(time) => set('endTime', time)} />
        </Grid>

        <Grid size={{ xs: 6, md: 3 }}>
          <TextField
            label={t('events.fields.hours')}
            value={values.hours}
            onChange={(e) => set('hours', e.target.value)}
            error={Boolean(field('hours'))}
            helperText={field('hours') ?? (perPerson ? t('events.hoursPerPersonHint') : ' ')}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TextField select label={t('events.fields.hourUnit')} value={values.hourUnit} onChange={(e) => set('hourUnit', e.target.value as HourUnit)} helperText=" ">
            {HOUR_UNIT_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(HOUR_UNITS[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextField label={t('events.fields.place')} value={values.place} onChange={(e) => set('place', e.target.value)} error={Boolean(field('place'))} helperText={field('place') ?? t('events.placeHint')} />
        </Grid>

        <Grid size={{ xs: 12, md: 6 }}>
          <OptionalRecordSelect label={t('events.fields.partnership')} value={values.partnershipId} options={partnerships.data} onChange={changePartnership} error={field('partnershipId')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TerritoryPicker label={t('events.fields.gmina')} levels={['gmina']} value={values.terytCode} onChange={(code) => set('terytCode', code)} error={field('terytCode')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <OptionalRecordSelect label={t('events.fields.project')} value={values.projectId} options={projects.data} onChange={(id) => set('projectId', id)} error={field('projectId')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <InstitutionPicker label={t('events.fields.organiser')} value={values.organiserInstitutionId} onChange={(id) => set('organiserInstitutionId', id)} error={field('organiserInstitutionId')} />
        </Grid>
      </Grid>

      <Stack spacing={1} sx={{ mb: 2 }} role="group" aria-labelledby="event-leaders-title">
        <Typography id="event-leaders-title" variant="subtitle1" component="h2">
          {t('events.fields.leaders')}
        </Typography>
        {values.leaders.map((leader, index) => (
          <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <div style={{ flexGrow: 1 }}>
              <PersonPicker label={`${t('events.leaders.person')} ${index + 1}`} value={leader.personId} onChange={(personId) => setLeader(index, { personId })} error={field(`leaders.${index}.personId`)} />
            </div>
            <TextField select label={`${t('events.leaders.role')} ${index + 1}`} value={leader.role} onChange={(e) => setLeader(index, { role: e.target.value as EventLeaderRole })} sx={{ width: 200 }} helperText=" ">
              {EVENT_LEADER_ROLE_KEYS.map((key) => (
                <MenuItem key={key} value={key}>
                  {label(EVENT_LEADER_ROLES[key])}
                </MenuItem>
              ))}
            </TextField>
            <IconButton aria-label={t('events.leaders.remove', { index: index + 1 })} onClick={() => set('leaders', values.leaders.filter((_, i) => i !== index))}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        <div>
          <Button startIcon={<AddIcon />} onClick={() => set('leaders', [...values.leaders, { personId: null, role: defaultLeaderRole(values.type) }])}>
            {t('events.leaders.add')}
          </Button>
        </div>
      </Stack>

      <TextField multiline minRows={2} label={t('events.fields.notes')} value={values.notes} onChange={(e) => set('notes', e.target.value)} error={Boolean(field('notes'))} helperText={field('notes') ?? ' '} />

      {!event && <RecurrenceFields value={recurrence} onChange={setRecurrence} startDate={values.startDate} errors={fieldErrors} />}

      <Dialog open={askScope !== null} onClose={() => askScope?.(null)} aria-labelledby="event-scope-title" aria-describedby="event-scope-text">
        <DialogTitle id="event-scope-title">{t('events.scope.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="event-scope-text">{t('events.scope.text', { count: event?.series?.occurrences ?? 0 })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => askScope?.(null)}>{t('common.cancel')}</Button>
          <Button variant="outlined" onClick={() => askScope?.('one')}>
            {t('events.scope.one')}
          </Button>
          <Button variant="contained" onClick={() => askScope?.('series')}>
            {t('events.scope.series')}
          </Button>
        </DialogActions>
      </Dialog>
    </RecordForm>
  );
}

/** A time of day, HH:MM (24 h): the browser's time input. */
function TimeField(props: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      type="time"
      required
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      helperText=" "
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
    />
  );
}
