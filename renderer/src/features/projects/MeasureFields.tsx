/**
 * What an indicator counts, chosen from a list (never guessed from its name), with the fields of the chosen kind; for
 * "entered by hand", the values per period with a note.
 */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import {
  EVENT_TYPE_KEYS,
  EVENT_TYPES,
  HOUR_MEASURE_KEYS,
  HOUR_MEASURES,
  INDICATOR_MEASURE_KIND_KEYS,
  INDICATOR_MEASURE_KINDS,
  PARTNERSHIP_KIND_KEYS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_STATE_KEYS,
  PARTNERSHIP_STATES,
  PERSON_ROLE_KEYS,
  PERSON_ROLES,
  SECTOR_KEYS,
  SECTORS,
  type Label,
} from '../../../../preload/contract';
import { DateField } from '../../components/DateField';
import { useLabel } from '../../i18n';
import { newManualValue, type IndicatorValues, type ManualValue, type MeasureValues } from './projectValues';

type Errors = Record<string, string>;

/** A select of several vocabulary keys, shown as their labels. */
function MultiSelect<K extends string>(props: { label: string; keys: readonly K[]; labels: Record<K, Label>; value: K[]; onChange: (value: K[]) => void; error?: string; helper?: string; required?: boolean }) {
  const label = useLabel();
  return (
    <TextField
      select
      required={props.required}
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value as unknown as K[])}
      slotProps={{ select: { multiple: true, renderValue: (selected) => (selected as K[]).map((key) => label(props.labels[key])).join(', ') } }}
      error={Boolean(props.error)}
      helperText={props.error ?? props.helper ?? ' '}
    >
      {props.keys.map((key) => (
        <MenuItem key={key} value={key}>
          {label(props.labels[key])}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function MeasureFields(props: { indicator: IndicatorValues; index: number; errors: Errors; onChange: (patch: Partial<IndicatorValues>, field: string) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { indicator, index, errors } = props;
  const measure = indicator.measure;
  const error = (field: string) => errors[`indicators.${index}.measure.${field}`];
  const set = (patch: Partial<MeasureValues>, field: string) => props.onChange({ measure: { ...measure, ...patch } }, `measure.${field}`);
  const withEvents = measure.kind === 'events' || measure.kind === 'hours' || measure.kind === 'people';
  const setValues = (values: ManualValue[]) => props.onChange({ values }, 'values');

  return (
    <Stack spacing={1} sx={{ mb: 1 }}>
      {indicator.measureOrigin && <Alert severity="warning">{t(`projects.measure.origin.${indicator.measureOrigin}`)}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            select
            required
            label={t('projects.measure.kind')}
            value={measure.kind}
            onChange={(event) => set({ kind: event.target.value as MeasureValues['kind'] }, 'kind')}
            error={Boolean(error('kind') ?? errors[`indicators.${index}.measure`])}
            helperText={error('kind') ?? errors[`indicators.${index}.measure`] ?? t('projects.measure.kindHint')}
          >
            {INDICATOR_MEASURE_KIND_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(INDICATOR_MEASURE_KINDS[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        {withEvents && (
          <Grid size={{ xs: 12, md: 8 }}>
            <MultiSelect required label={t('projects.measure.eventTypes')} keys={EVENT_TYPE_KEYS} labels={EVENT_TYPES} value={measure.eventTypes} onChange={(eventTypes) => set({ eventTypes }, 'eventTypes')} error={error('eventTypes')} />
          </Grid>
        )}
        {measure.kind === 'hours' && (
          <>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextField select required label={t('projects.measure.hourUnit')} value={measure.hourUnit} onChange={(event) => set({ hourUnit: event.target.value as MeasureValues['hourUnit'] }, 'hourUnit')} error={Boolean(error('hourUnit'))} helperText={error('hourUnit') ?? ' '}>
                {HOUR_MEASURE_KEYS.map((key) => (
                  <MenuItem key={key} value={key}>
                    {label(HOUR_MEASURES[key])}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextField select label={t('projects.measure.mode')} value={measure.mode} onChange={(event) => set({ mode: event.target.value as MeasureValues['mode'] }, 'mode')} error={Boolean(error('mode'))} helperText={error('mode') ?? t('projects.measure.modeHint')}>
                <MenuItem value="">{t('projects.measure.modeBoth')}</MenuItem>
                <MenuItem value="individual">{t('projects.measure.modeIndividual')}</MenuItem>
                <MenuItem value="group">{t('projects.measure.modeGroup')}</MenuItem>
              </TextField>
            </Grid>
          </>
        )}
        {measure.kind === 'people' && (
          <Grid size={{ xs: 12, md: 8 }}>
            <MultiSelect label={t('projects.measure.roles')} keys={PERSON_ROLE_KEYS} labels={PERSON_ROLES} value={measure.roles} onChange={(roles) => set({ roles }, 'roles')} error={error('roles')} helper={t('projects.measure.rolesHint')} />
          </Grid>
        )}
        {measure.kind === 'partnerships' && (
          <>
            <Grid size={{ xs: 12, md: 4 }}>
              <MultiSelect required label={t('projects.measure.partnershipKinds')} keys={PARTNERSHIP_KIND_KEYS} labels={PARTNERSHIP_KINDS} value={measure.partnershipKinds} onChange={(partnershipKinds) => set({ partnershipKinds }, 'partnershipKinds')} error={error('partnershipKinds')} />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField select required label={t('projects.measure.state')} value={measure.state} onChange={(event) => set({ state: event.target.value as MeasureValues['state'] }, 'state')} error={Boolean(error('state'))} helperText={error('state') ?? ' '}>
                {PARTNERSHIP_STATE_KEYS.map((key) => (
                  <MenuItem key={key} value={key}>
                    {label(PARTNERSHIP_STATES[key])}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
          </>
        )}
        {measure.kind === 'institutions' && (
          <Grid size={{ xs: 12, md: 8 }}>
            <MultiSelect label={t('projects.measure.sectors')} keys={SECTOR_KEYS} labels={SECTORS} value={measure.sectors} onChange={(sectors) => set({ sectors }, 'sectors')} error={error('sectors')} helper={t('projects.measure.sectorsHint')} />
          </Grid>
        )}
      </Grid>
      {measure.kind === 'manual' && (
        <Stack spacing={1} role="group" aria-label={t('projects.measure.values')}>
          <Typography variant="body2" color="text.secondary">
            {t('projects.measure.valuesHint')}
          </Typography>
          {errors[`indicators.${index}.values`] && <Typography color="error">{errors[`indicators.${index}.values`]}</Typography>}
          {indicator.values.map((value, i) => {
            const valueError = (field: string) => errors[`indicators.${index}.values.${i}.${field}`];
            const update = (patch: Partial<ManualValue>) => setValues(indicator.values.map((v, j) => (j === i ? { ...v, ...patch } : v)));
            return (
              <Grid container spacing={2} key={value.key} sx={{ alignItems: 'flex-start' }}>
                <Grid size={{ xs: 6, md: 2.5 }}>
                  <DateField label={t('projects.measure.valueFrom')} value={value.from} onChange={(from) => update({ from })} error={valueError('from')} />
                </Grid>
                <Grid size={{ xs: 6, md: 2.5 }}>
                  <DateField label={t('projects.measure.valueTo')} value={value.to} onChange={(to) => update({ to })} error={valueError('to')} />
                </Grid>
                <Grid size={{ xs: 6, md: 2 }}>
                  <TextField required label={t('projects.measure.value')} value={value.value} onChange={(event) => update({ value: event.target.value })} error={Boolean(valueError('value'))} helperText={valueError('value') ?? ' '} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
                </Grid>
                <Grid size={{ xs: 12, md: 4.5 }}>
                  <TextField label={t('projects.measure.note')} value={value.note} onChange={(event) => update({ note: event.target.value })} error={Boolean(valueError('note'))} helperText={valueError('note') ?? ' '} />
                </Grid>
                <Grid size={{ xs: 12, md: 0.5 }}>
                  <IconButton aria-label={t('projects.measure.removeValue', { number: i + 1 })} onClick={() => setValues(indicator.values.filter((_, j) => j !== i))}>
                    <DeleteIcon />
                  </IconButton>
                </Grid>
              </Grid>
            );
          })}
          <div>
            <Button size="small" startIcon={<AddIcon />} onClick={() => setValues([...indicator.values, newManualValue()])}>
              {t('projects.measure.addValue')}
            </Button>
          </div>
        </Stack>
      )}
    </Stack>
  );
}
