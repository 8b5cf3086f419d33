import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { buildRule, WEEKDAY_CODES, type RecurrenceValues } from './recurrence';
import { formatDay } from './warsawTime';

/** "Powtarzaj": a recurring meeting (a PZK meeting every second Tuesday) becomes a series of events. */
export function RecurrenceFields(props: { value: RecurrenceValues; onChange: (value: RecurrenceValues) => void; startDate: string; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const { value } = props;
  const change = (patch: Partial<RecurrenceValues>) => props.onChange({ ...value, ...patch });
  const error = (name: string) => props.errors[`recurrence.${name}`];
  const built = value.repeat ? buildRule(value, props.startDate) : null;
  const interval = Number(value.interval) || 1;
  const summary = [
    t('events.recurrence.every', { count: interval }),
    t(`events.weekdaysOn.${value.weekday}`),
    value.end === 'count' ? t('events.recurrence.times', { count: Number(value.count) || 0 }) : t('events.recurrence.untilDay', { until: value.until ? formatDay(value.until) : '…' }),
  ].join(' ');

  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 1 }} role="group" aria-label={t('events.recurrence.title')}>
      <FormControlLabel control={<Checkbox checked={value.repeat} onChange={(event) => change({ repeat: event.target.checked })} />} label={t('events.recurrence.repeat')} />
      {value.repeat && (
        <Grid container spacing={2} sx={{ mt: 1 }}>
          <Grid size={{ xs: 6, md: 3 }}>
            <TextField
              label={t('events.recurrence.interval')}
              value={value.interval}
              onChange={(event) => change({ interval: event.target.value })}
              error={Boolean(error('interval'))}
              helperText={error('interval') ?? ' '}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <TextField select label={t('events.recurrence.weekday')} value={value.weekday} onChange={(event) => change({ weekday: Number(event.target.value), weekdayChosen: true })} helperText=" ">
              {WEEKDAY_CODES.map((code, index) => (
                <MenuItem key={code} value={index}>
                  {t(`events.weekdays.${index}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <FormLabel id="recurrence-end-label">{t('events.recurrence.end')}</FormLabel>
            <RadioGroup row aria-labelledby="recurrence-end-label" value={value.end} onChange={(event) => change({ end: event.target.value as RecurrenceValues['end'] })}>
              <FormControlLabel value="count" control={<Radio />} label={t('events.recurrence.afterCount')} />
              <FormControlLabel value="until" control={<Radio />} label={t('events.recurrence.onDate')} />
            </RadioGroup>
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            {value.end === 'count' ? (
              <TextField
                label={t('events.recurrence.count')}
                value={value.count}
                onChange={(event) => change({ count: event.target.value })}
                error={Boolean(error('count'))}
                helperText={error('count') ?? ' '}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
            ) : (
              <DateField label={t('events.recurrence.until')} value={value.until} onChange={(until) => change({ until })} error={error('until')} />
            )}
          </Grid>
          <Grid size={{ xs: 12, md: 9 }}>
            <Typography variant="body2" sx={{ pt: 1 }}>
              {summary}
            </Typography>
            {built && 'rule' in built && (
              <Typography variant="caption" color="text.secondary">
                {t('events.recurrence.rule')}: {built.rule}
              </Typography>
            )}
          </Grid>
        </Grid>
      )}
    </Paper>
  );
}
