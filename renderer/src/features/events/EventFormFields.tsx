/** The event form's sections, each a run of cells in the form's grid (or a block below it), on the form's state. */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import Autocomplete from '@mui/material/Autocomplete';
import {
  EVENT_AUDIENCE_KEYS,
  EVENT_AUDIENCES,
  orderedAudiences,
  type EventAudience,
  EVENT_LEADER_ROLE_KEYS,
  EVENT_LEADER_ROLES,
  EVENT_STATUS_KEYS,
  EVENT_STATUSES,
  EVENT_TYPE_KEYS,
  EVENT_TYPES,
  HOUR_UNIT_KEYS,
  HOUR_UNITS,
  SESSION_MODE_KEYS,
  SESSION_MODES,
  type EventLeaderRole,
  type EventStatus,
  type EventType,
  type HourUnit,
  type SessionMode,
} from '../../../../preload/contract';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { OptionalRecordSelect } from '../../components/OptionalRecordSelect';
import { PersonPicker } from '../../components/PersonPicker';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { useLabel } from '../../i18n';
import { CertificateRuleFields } from '../eventDocuments/CertificateRuleFields';
import type { EventForm } from './eventForm';
import { defaultLeaderRole } from './eventLabels';

/** Title, type, status and – for hours counted per person – the session's mode. */
export function EventKindFields({ form }: { form: EventForm }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { values, set, field } = form;
  return (
    <>
      <Grid size={{ xs: 12 }}>
        <TextField required label={t('events.fields.title')} value={values.title} onChange={(e) => set('title', e.target.value)} error={Boolean(field('title'))} helperText={field('title') ?? ' '} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextField select required label={t('events.fields.type')} value={values.type} onChange={(e) => form.changeType(e.target.value as EventType)} error={Boolean(field('type'))} helperText={field('type') ?? ' '}>
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
        {form.perPerson && (
          <TextField select required label={t('events.fields.mode')} value={values.mode ?? ''} onChange={(e) => set('mode', (e.target.value || null) as SessionMode | null)} error={Boolean(field('mode'))} helperText={field('mode') ?? ' '}>
            {SESSION_MODE_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(SESSION_MODES[key])}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Grid>
      <Grid size={{ xs: 12 }}>
        <Autocomplete<EventAudience, true>
          multiple
          options={EVENT_AUDIENCE_KEYS}
          value={values.audiences}
          onChange={(_event, chosen) => set('audiences', orderedAudiences(chosen))}
          getOptionLabel={(code) => label(EVENT_AUDIENCES[code])}
          filterSelectedOptions
          renderInput={(params) => <TextField {...params} label={t('events.fields.audiences')} error={Boolean(field('audiences'))} helperText={field('audiences') ?? t('events.audiencesHelp')} />}
        />
      </Grid>
    </>
  );
}

/** When and where: start and end (Warsaw date and time), the hours with their unit, the place. */
export function EventTimeFields({ form }: { form: EventForm }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { values, set, field } = form;
  return (
    <>
      <Grid size={{ xs: 6, md: 3 }}>
        <DateField required label={t('events.fields.startDate')} value={values.startDate} onChange={form.changeStartDate} error={field('startsAt')} />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <TimeField required label={t('events.fields.startTime')} value={values.startTime} onChange={(time) => set('startTime', time)} />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <DateField required label={t('events.fields.endDate')} value={values.endDate} onChange={(date) => set('endDate', date)} error={field('endsAt')} />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <TimeField required label={t('events.fields.endTime')} value={values.endTime} onChange={(time) => set('endTime', time)} />
      </Grid>

      <Grid size={{ xs: 6, md: 3 }}>
        <TextField
          label={t('events.fields.hours')}
          value={values.hours}
          onChange={(e) => set('hours', e.target.value)}
          error={Boolean(field('hours'))}
          helperText={field('hours') ?? (form.perPerson ? t('events.hoursPerPersonHint') : ' ')}
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
    </>
  );
}

/** The event's partnership, gmina, project and organiser. */
export function EventLinkFields({ form }: { form: EventForm }) {
  const { t } = useTranslation();
  const { values, set, field } = form;
  return (
    <>
      <Grid size={{ xs: 12, md: 6 }}>
        <OptionalRecordSelect label={t('events.fields.partnership')} value={values.partnershipId} options={form.partnerships} onChange={form.changePartnership} error={field('partnershipId')} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TerritoryPicker label={t('events.fields.gmina')} levels={['gmina']} value={values.terytCode} onChange={(code) => set('terytCode', code)} error={field('terytCode')} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <OptionalRecordSelect label={t('events.fields.project')} value={values.projectId} options={form.projects} onChange={(id) => set('projectId', id)} error={field('projectId')} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <InstitutionPicker label={t('events.fields.organiser')} value={values.organiserInstitutionId} onChange={(id) => set('organiserInstitutionId', id)} error={field('organiserInstitutionId')} />
      </Grid>
      <CertificateRuleFields
        rule={values.certificateRule}
        minShare={values.certificateMinShare}
        onRule={(rule) => set('certificateRule', rule)}
        onMinShare={(text) => set('certificateMinShare', text)}
        inheritLabel={values.projectId ? t('eventDocuments.rule.asProject') : t('eventDocuments.rule.asDefault')}
        ruleError={field('certificateRule')}
        minShareError={field('certificateMinShare')}
      />
    </>
  );
}

/** Who leads the event, each with a role; a new leader's role follows the event's type. */
export function EventLeaderFields({ form }: { form: EventForm }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { values, set, field, setLeader } = form;
  return (
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
  );
}
