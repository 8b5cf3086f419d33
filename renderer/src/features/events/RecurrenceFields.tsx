import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { describeRecurrence, weekdayOrdinalInMonth, type RecurrenceLanguage } from '../../../../preload/contract/recurrence';
import { DateField } from '../../components/DateField';
import { buildRule, monthlyChoices, WEEKDAY_CODES, type MonthlyBy, type RecurrenceFrequency, type RecurrenceValues } from './recurrence';
import { isDate, weekdayOf } from './warsawTime';

/** A sentence ends with one full stop, also after "r.". */
const withFullStop = (sentence: string) => (sentence.endsWith('.') ? sentence : `${sentence}.`);

/** The label of a monthly choice for the start day: "15. dnia miesiąca", "W drugi wtorek miesiąca". */
function monthlyLabel(by: MonthlyBy, startDate: string, language: RecurrenceLanguage): string {
  if (!isDate(startDate)) return '…';
  const code = WEEKDAY_CODES[weekdayOf(startDate)];
  const part = by === 'date' ? `BYMONTHDAY=${Number(startDate.slice(8, 10))}` : by === 'weekday' ? `BYDAY=${weekdayOrdinalInMonth(startDate)}${code}` : `BYDAY=-1${code}`;
  return describeRecurrence(`FREQ=MONTHLY;${part}`, language);
}

/**
 * "Powtarzaj": a recurring meeting (a PZK meeting every second Tuesday of the month) becomes a series of events.
 * What was set is read back as a sentence, never as the iCalendar rule.
 */
export function RecurrenceFields(props: { value: RecurrenceValues; onChange: (value: RecurrenceValues) => void; startDate: string; errors: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const language: RecurrenceLanguage = i18n.language.startsWith('en') ? 'en' : 'pl';
  const { value } = props;
  const change = (patch: Partial<RecurrenceValues>) => props.onChange({ ...value, ...patch });
  const error = (name: string) => props.errors[`recurrence.${name}`];
  const built = value.repeat ? buildRule(value, props.startDate) : null;
  const monthly = value.frequency === 'monthly';
  const choices = monthlyChoices(props.startDate);
  const monthlyBy = choices.includes(value.monthlyBy) ? value.monthlyBy : 'date';

  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 1 }} role="group" aria-label={t('events.recurrence.title')}>
      <FormControlLabel control={<Checkbox checked={value.repeat} onChange={(event) => change({ repeat: event.target.checked })} />} label={t('events.recurrence.repeat')} />
      {value.repeat && (
        <Grid container spacing={2} sx={{ mt: 1 }}>
          <Grid size={{ xs: 6, md: 3 }}>
            <TextField
              select
              label={t('events.recurrence.frequency')}
              value={value.frequency}
              onChange={(event) => change({ frequency: event.target.value as RecurrenceFrequency })}
              helperText=" "
            >
              <MenuItem value="weekly">{t('events.recurrence.weekly')}</MenuItem>
              <MenuItem value="monthly">{t('events.recurrence.monthly')}</MenuItem>
            </TextField>
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <TextField
              label={t(monthly ? 'events.recurrence.intervalMonths' : 'events.recurrence.interval')}
              value={value.interval}
              onChange={(event) => change({ interval: event.target.value })}
              error={Boolean(error('interval'))}
              helperText={error('interval') ?? ' '}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            {monthly ? (
              <>
                <FormLabel id="recurrence-monthly-label">{t('events.recurrence.monthlyBy')}</FormLabel>
                <RadioGroup aria-labelledby="recurrence-monthly-label" value={monthlyBy} onChange={(event) => change({ monthlyBy: event.target.value as MonthlyBy })}>
                  {choices.map((choice) => (
                    <FormControlLabel key={choice} value={choice} control={<Radio size="small" />} label={monthlyLabel(choice, props.startDate, language)} />
                  ))}
                </RadioGroup>
                {error('monthlyBy') && <FormHelperText error>{error('monthlyBy')}</FormHelperText>}
              </>
            ) : (
              <>
                <FormLabel id="recurrence-weekdays-label">{t('events.recurrence.weekdays')}</FormLabel>
                <ToggleButtonGroup
                  size="small"
                  color="primary"
                  aria-labelledby="recurrence-weekdays-label"
                  value={value.weekdays}
                  onChange={(_event, weekdays: number[]) => change({ weekdays, weekdaysChosen: true })}
                  sx={{ display: 'flex', mt: 0.5 }}
                >
                  {WEEKDAY_CODES.map((code, index) => (
                    <ToggleButton key={code} value={index} aria-label={t(`events.weekdays.${index}`)} sx={{ px: 1.25 }}>
                      {t(`events.weekdaysShort.${index}`)}
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
                <FormHelperText error={Boolean(error('weekdays'))}>{error('weekdays') ?? ' '}</FormHelperText>
              </>
            )}
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
          <Grid size={12}>
            <Typography variant="body2" data-testid="recurrence-summary" aria-live="polite">
              {built && 'rule' in built ? withFullStop(describeRecurrence(built.rule, language)) : t('events.recurrence.incomplete')}
            </Typography>
          </Grid>
        </Grid>
      )}
    </Paper>
  );
}
