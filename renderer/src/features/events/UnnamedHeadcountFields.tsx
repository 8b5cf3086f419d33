/**
 * People counted but not named on the list: one field for a one-day event, one per day for a longer one (a two-day
 * conference: 150 on the first day, 120 on the second). The event reached its listed people present on any day plus
 * the largest of these numbers (the contract's `unnamedReached`).
 */
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { EventForm } from './eventForm';
import { formatDay } from './warsawTime';

export function UnnamedHeadcountFields({ form }: { form: EventForm }) {
  const { t } = useTranslation();
  const { values, set, days, headcountError } = form;
  const setDay = (day: string, text: string) => set('unnamedByDay', { ...values.unnamedByDay, [day]: text });
  // Counts typed for days the event no longer spans (its dates were changed) are not saved: say so before the save.
  const left = days.length
    ? Object.entries(values.unnamedByDay)
        .filter(([day, text]) => text.trim() !== '' && !days.includes(day))
        .sort(([a], [b]) => a.localeCompare(b))
    : [];
  const leftNote = left.length > 0 && (
    <Typography role="status" variant="body2" color="warning.main" sx={{ mt: 1 }}>
      {t('events.fields.unnamedLeftOut', { days: left.map(([day, text]) => t('events.fields.unnamedDay', { date: formatDay(day), count: text.trim() })).join(', ') })}
    </Typography>
  );
  if (days.length <= 1) {
    const day = days[0];
    const error = day ? headcountError(day) : undefined;
    return (
      <Grid size={{ xs: 12, md: 4 }}>
        <TextField
          label={t('events.fields.unnamedParticipants')}
          value={day ? (values.unnamedByDay[day] ?? '') : ''}
          disabled={!day}
          onChange={(e) => day && setDay(day, e.target.value)}
          error={Boolean(error)}
          helperText={error ?? t('events.fields.unnamedParticipantsHint')}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-day': day } }}
        />
        {leftNote}
      </Grid>
    );
  }
  return (
    <Grid size={12} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {t('events.fields.unnamedByDay')}
      </Typography>
      <Grid container spacing={2}>
        {days.map((day, i) => {
          const error = headcountError(day);
          return (
            <Grid key={day} size={{ xs: 6, md: 3, lg: 2 }}>
              <TextField
                label={t('events.fields.unnamedOnDay', { number: i + 1, date: formatDay(day) })}
                value={values.unnamedByDay[day] ?? ''}
                onChange={(e) => setDay(day, e.target.value)}
                error={Boolean(error)}
                helperText={error ?? ' '}
                slotProps={{ htmlInput: { inputMode: 'numeric', 'data-day': day } }}
              />
            </Grid>
          );
        })}
      </Grid>
      <Typography variant="caption" color="text.secondary">
        {t('events.fields.unnamedByDayHint')}
      </Typography>
      {leftNote}
    </Grid>
  );
}
