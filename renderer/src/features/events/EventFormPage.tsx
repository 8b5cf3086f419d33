/**
 * A new event (from the list, or from the calendar with the selected time: ?start=…&end=…&rodzaj=…) or an edited one.
 * Times are typed in Warsaw time and sent with Warsaw's offset. A new event may repeat (a series); editing an
 * occurrence of a series asks whether the change is for this occurrence only or for the series from it on.
 */
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { eventDraft, eventSave, type EventDetail } from '../../../../preload/contract';
import { call } from '../../api/client';
import { useRegisterMutations } from '../../api/registers';
import { RecordForm } from '../../components/RecordForm';
import { RecordLoader } from '../../components/RecordLoader';
import { useEventForm } from './eventForm';
import { EventKindFields, EventLeaderFields, EventLinkFields, EventTimeFields } from './EventFormFields';
import { EventScopeDialog } from './EventScopeDialog';
import { RecurrenceFields } from './RecurrenceFields';
import { UnnamedHeadcountFields } from './UnnamedHeadcountFields';
import { NOT_SAVED, useEventSave } from './useEventSave';

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
  const location = useLocation();
  const [params] = useSearchParams();
  const { remove } = useRegisterMutations('events');
  const form = useEventForm(event, params);
  const { values, set, field, input, fieldErrors } = form;
  const { saveEvent, askScope } = useEventSave(event, { input, recurrence: form.recurrence, startDate: values.startDate });

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
        form.setFieldErrors(mapped);
      }}
    >
      <Grid container spacing={2}>
        <EventKindFields form={form} />
        <EventTimeFields form={form} />
        <EventLinkFields form={form} />
      </Grid>
      <EventLeaderFields form={form} />
      <Grid container spacing={2}>
        <UnnamedHeadcountFields form={form} />
        {values.status === 'cancelled' && (
          <Grid size={{ xs: 12, md: 8 }}>
            <TextField label={t('events.fields.cancellationReason')} value={values.cancellationReason} onChange={(e) => set('cancellationReason', e.target.value)} error={Boolean(field('cancellationReason'))} helperText={field('cancellationReason') ?? ' '} />
          </Grid>
        )}
      </Grid>
      <TextField multiline minRows={2} label={t('events.fields.notes')} value={values.notes} onChange={(e) => set('notes', e.target.value)} error={Boolean(field('notes'))} helperText={field('notes') ?? ' '} />
      {!event && <RecurrenceFields value={form.recurrence} onChange={form.setRecurrence} startDate={values.startDate} errors={fieldErrors} />}
      <EventScopeDialog answer={askScope} occurrences={event?.series?.occurrences ?? 0} />
    </RecordForm>
  );
}
