/** The project's plan: ordered phases, and indicators with a target for the project and, optionally, for each phase. */
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PHASE_STATUSES, phaseStatus } from '../../../../preload/contract';
import { warsawToday } from '../../../../preload/contract/warsawTime';
import { DateField } from '../../components/DateField';
import { useLabel } from '../../i18n';
import { MeasureFields } from './MeasureFields';
import { newIndicator, newPhase, type IndicatorValues, type PhaseValues } from './projectValues';

type Errors = Record<string, string>;

/** Moves the item at `from` to `to` (both in range). */
function move<T>(items: T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

export function PhasesEditor(props: {
  phases: PhaseValues[];
  onChange: (phases: PhaseValues[], touched: string) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const { phases, onChange, errors } = props;
  const label = useLabel();
  const today = warsawToday();
  const update = (index: number, patch: Partial<PhaseValues>, field: string) =>
    onChange(
      phases.map((phase, i) => (i === index ? { ...phase, ...patch } : phase)),
      `phases.${index}.${field}`,
    );
  const error = (index: number, field: string) => errors[`phases.${index}.${field}`];

  return (
    <Stack spacing={1} component="section" aria-labelledby="project-phases-title">
      <Typography id="project-phases-title" variant="h6" component="h2">
        {t('projects.phases.title')}
      </Typography>
      {errors.phases && <Typography color="error">{errors.phases}</Typography>}
      {phases.length === 0 && <Typography color="text.secondary">{t('projects.phases.none')}</Typography>}
      {phases.map((phase, index) => {
        const number = index + 1;
        return (
          <Grid key={phase.key} container spacing={1} sx={{ alignItems: 'flex-start' }} role="group" aria-label={t('projects.phases.phase', { number })}>
            <Grid size={{ xs: 12, md: 1 }}>
              <Typography sx={{ pt: 2 }} aria-hidden>
                {t('projects.phases.phase', { number })}
              </Typography>
              {/* The phase's status today, from its dates alone (it is never stored). */}
              <Typography variant="caption" color="text.secondary">
                {label(PHASE_STATUSES[phaseStatus({ startDate: phase.startDate || null, endDate: phase.endDate || null }, today)])}
              </Typography>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField
                required
                label={t('projects.phases.name')}
                value={phase.name}
                onChange={(event) => update(index, { name: event.target.value }, 'name')}
                error={Boolean(error(index, 'name'))}
                helperText={error(index, 'name') ?? ' '}
              />
            </Grid>
            <Grid size={{ xs: 6, md: 2.5 }}>
              <DateField label={t('projects.phases.start')} value={phase.startDate} onChange={(startDate) => update(index, { startDate }, 'startDate')} error={error(index, 'startDate')} />
            </Grid>
            <Grid size={{ xs: 6, md: 2.5 }}>
              <DateField label={t('projects.phases.end')} value={phase.endDate} onChange={(endDate) => update(index, { endDate }, 'endDate')} error={error(index, 'endDate')} />
            </Grid>
            <Grid size={{ xs: 12, md: 2 }} sx={{ whiteSpace: 'nowrap', pt: 1 }}>
              <IconButton aria-label={t('projects.phases.moveUp', { number })} disabled={index === 0} onClick={() => onChange(move(phases, index, index - 1), '*')}>
                <ArrowUpwardIcon />
              </IconButton>
              <IconButton aria-label={t('projects.phases.moveDown', { number })} disabled={index === phases.length - 1} onClick={() => onChange(move(phases, index, index + 1), '*')}>
                <ArrowDownwardIcon />
              </IconButton>
              <IconButton aria-label={t('projects.phases.remove', { number })} onClick={() => onChange(phases.filter((_, i) => i !== index), '*')}>
                <DeleteIcon />
              </IconButton>
            </Grid>
          </Grid>
        );
      })}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => onChange([...phases, newPhase()], 'phases')}>
          {t('projects.phases.add')}
        </Button>
      </div>
    </Stack>
  );
}

export function IndicatorsEditor(props: {
  indicators: IndicatorValues[];
  phases: PhaseValues[];
  /** For each indicator, the phase keys of the per-phase targets as sent (errors come back by their position). */
  phaseTargetKeys: string[][];
  onChange: (indicators: IndicatorValues[], touched: string) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const { indicators, phases, onChange, errors } = props;
  const update = (index: number, patch: Partial<IndicatorValues>, field: string) =>
    onChange(
      indicators.map((indicator, i) => (i === index ? { ...indicator, ...patch } : indicator)),
      `indicators.${index}.${field}`,
    );
  const error = (index: number, field: string) => errors[`indicators.${index}.${field}`];
  const phaseTargetError = (index: number, phaseKey: string) => {
    const position = props.phaseTargetKeys[index]?.indexOf(phaseKey) ?? -1;
    if (position < 0) return undefined;
    return error(index, `phaseTargets.${position}.target`) ?? error(index, `phaseTargets.${position}.phaseIndex`);
  };

  return (
    <Stack spacing={1} component="section" aria-labelledby="project-indicators-title">
      <Typography id="project-indicators-title" variant="h6" component="h2">
        {t('projects.indicators.title')}
      </Typography>
      {errors.indicators && <Typography color="error">{errors.indicators}</Typography>}
      {indicators.length === 0 && <Typography color="text.secondary">{t('projects.indicators.none')}</Typography>}
      {indicators.map((indicator, index) => {
        const number = index + 1;
        const name = t('projects.indicators.indicator', { number });
        const phaseTargetsError = error(index, 'phaseTargets');
        return (
          <Paper key={indicator.key} variant="outlined" sx={{ p: 2 }} role="group" aria-label={name}>
            <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1 }}>
                {name}
              </Typography>
              <IconButton aria-label={t('projects.indicators.remove', { number })} onClick={() => onChange(indicators.filter((_, i) => i !== index), '*')}>
                <DeleteIcon />
              </IconButton>
            </Stack>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 2 }}>
                <TextField required label={t('projects.indicators.code')} value={indicator.code} onChange={(event) => update(index, { code: event.target.value }, 'code')} error={Boolean(error(index, 'code'))} helperText={error(index, 'code') ?? ' '} />
              </Grid>
              <Grid size={{ xs: 12, md: 5 }}>
                <TextField required label={t('projects.indicators.name')} value={indicator.name} onChange={(event) => update(index, { name: event.target.value }, 'name')} error={Boolean(error(index, 'name'))} helperText={error(index, 'name') ?? ' '} />
              </Grid>
              <Grid size={{ xs: 6, md: 3 }}>
                <TextField required label={t('projects.indicators.unit')} value={indicator.unit} onChange={(event) => update(index, { unit: event.target.value }, 'unit')} error={Boolean(error(index, 'unit'))} helperText={error(index, 'unit') ?? ' '} />
              </Grid>
              <Grid size={{ xs: 6, md: 2 }}>
                <TextField
                  required
                  label={t('projects.indicators.target')}
                  value={indicator.target}
                  onChange={(event) => update(index, { target: event.target.value }, 'target')}
                  error={Boolean(error(index, 'target'))}
                  helperText={error(index, 'target') ?? ' '}
                  slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                />
              </Grid>
            </Grid>
            <MeasureFields indicator={indicator} index={index} errors={errors} onChange={(patch, field) => update(index, patch, field)} />
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {phases.length > 0 ? t('projects.indicators.phaseTargets') : t('projects.indicators.noPhases')}
            </Typography>
            {phaseTargetsError && <Typography color="error">{phaseTargetsError}</Typography>}
            {phases.length > 0 && (
              <Grid container spacing={2}>
                {phases.map((phase, phaseIndex) => {
                  const targetError = phaseTargetError(index, phase.key);
                  return (
                    <Grid key={phase.key} size={{ xs: 12, sm: 6, md: 4 }}>
                      <TextField
                        size="small"
                        label={phase.name.trim() ? t('projects.indicators.phaseTargetNamed', { number: phaseIndex + 1, name: phase.name.trim() }) : t('projects.indicators.phaseTarget', { number: phaseIndex + 1 })}
                        value={indicator.phaseTargets[phase.key] ?? ''}
                        onChange={(event) => update(index, { phaseTargets: { ...indicator.phaseTargets, [phase.key]: event.target.value } }, 'phaseTargets')}
                        error={Boolean(targetError)}
                        helperText={targetError ?? ' '}
                        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                      />
                    </Grid>
                  );
                })}
              </Grid>
            )}
          </Paper>
        );
      })}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => onChange([...indicators, newIndicator()], 'indicators')}>
          {t('projects.indicators.add')}
        </Button>
      </div>
    </Stack>
  );
}
