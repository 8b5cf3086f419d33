/** The project's milestones ("I Kamień Milowy"): due date, the day reached, the phase; their status follows from the dates. */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { MILESTONE_STATUSES, milestoneStatus, phaseLabel, romanNumeral } from '../../../../preload/contract';
import { warsawToday } from '../../../../preload/contract/warsawTime';
import { DateField } from '../../components/DateField';
import { useLabel } from '../../i18n';
import { newMilestone, type MilestoneValues, type PhaseValues } from './projectValues';

const STATUS_COLOR = { planned: 'default', reached: 'success', missed: 'warning' } as const;

export function MilestonesEditor(props: { milestones: MilestoneValues[]; phases: PhaseValues[]; onChange: (milestones: MilestoneValues[], touched: string) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { milestones, phases, onChange, errors } = props;
  const today = warsawToday();
  const update = (index: number, patch: Partial<MilestoneValues>, field: string) =>
    onChange(
      milestones.map((milestone, i) => (i === index ? { ...milestone, ...patch } : milestone)),
      `milestones.${index}.${field}`,
    );
  const error = (index: number, field: string) => errors[`milestones.${index}.${field}`];
  return (
    <Stack spacing={1} component="section" aria-labelledby="project-milestones-title">
      <Typography id="project-milestones-title" variant="h6" component="h2">
        {t('projects.milestones.title')}
      </Typography>
      {errors.milestones && <Typography color="error">{errors.milestones}</Typography>}
      {milestones.length === 0 && <Typography color="text.secondary">{t('projects.milestones.none')}</Typography>}
      {milestones.map((milestone, index) => {
        const number = index + 1;
        const status = milestoneStatus({ dueDate: milestone.dueDate || null, reachedOn: milestone.reachedOn || null }, today);
        return (
          <Paper key={milestone.key} variant="outlined" sx={{ p: 2 }} role="group" aria-label={t('projects.milestones.milestone', { number })}>
            <Grid container spacing={1} sx={{ alignItems: 'flex-start' }}>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField
                  required
                  label={t('projects.milestones.name')}
                  value={milestone.name}
                  onChange={(event) => update(index, { name: event.target.value }, 'name')}
                  error={Boolean(error(index, 'name'))}
                  helperText={error(index, 'name') ?? t('projects.milestones.nameHint')}
                />
              </Grid>
              <Grid size={{ xs: 6, md: 2 }}>
                <DateField label={t('projects.milestones.dueDate')} value={milestone.dueDate} onChange={(dueDate) => update(index, { dueDate }, 'dueDate')} error={error(index, 'dueDate')} />
              </Grid>
              <Grid size={{ xs: 6, md: 2 }}>
                <DateField label={t('projects.milestones.reachedOn')} value={milestone.reachedOn} onChange={(reachedOn) => update(index, { reachedOn }, 'reachedOn')} error={error(index, 'reachedOn')} />
              </Grid>
              <Grid size={{ xs: 9, md: 3 }}>
                <TextField
                  select
                  label={t('projects.milestones.phase')}
                  value={phases.some((phase) => phase.key === milestone.phaseKey) ? milestone.phaseKey : ''}
                  onChange={(event) => update(index, { phaseKey: event.target.value }, 'phaseIndex')}
                  error={Boolean(error(index, 'phaseIndex'))}
                  helperText={error(index, 'phaseIndex') ?? ' '}
                >
                  <MenuItem value="">{t('common.none')}</MenuItem>
                  {phases.map((phase, phaseIndex) => (
                    <MenuItem key={phase.key} value={phase.key}>
                      {phase.name.trim() ? phaseLabel({ numeral: romanNumeral(phaseIndex + 1), name: phase.name }) : t('projects.phases.phase', { number: phaseIndex + 1 })}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
              <Grid size={{ xs: 3, md: 1 }} sx={{ pt: 1 }}>
                <IconButton aria-label={t('projects.milestones.remove', { number })} onClick={() => onChange(milestones.filter((_, i) => i !== index), '*')}>
                  <DeleteIcon />
                </IconButton>
              </Grid>
              <Grid size={{ xs: 12, md: 10 }}>
                <TextField
                  multiline
                  label={t('projects.milestones.notes')}
                  value={milestone.notes}
                  onChange={(event) => update(index, { notes: event.target.value }, 'notes')}
                  error={Boolean(error(index, 'notes'))}
                  helperText={error(index, 'notes') ?? t('projects.milestones.notesHint')}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 2 }} sx={{ pt: 1 }}>
                <Chip size="small" color={STATUS_COLOR[status]} label={label(MILESTONE_STATUSES[status])} />
              </Grid>
            </Grid>
          </Paper>
        );
      })}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => onChange([...milestones, newMilestone()], 'milestones')}>
          {t('projects.milestones.add')}
        </Button>
      </div>
    </Stack>
  );
}
