import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import {
  MACROREGION_KEYS,
  MACROREGIONS,
  PROJECT_GMINA_KIND_KEYS,
  projectSave,
  TERRITORY_KINDS,
  type Macroregion,
  type Project,
  type ProjectGminaKind,
} from '../../../../preload/contract';
import { useRegisterMutations } from '../../api/registers';
import { DateField } from '../../components/DateField';
import { RecordForm, useFormValues } from '../../components/RecordForm';
import { RecordLoader } from '../../components/RecordLoader';
import { useLabel } from '../../i18n';
import { CertificateRuleFields } from '../eventDocuments/CertificateRuleFields';
import { IndicatorsEditor, PhasesEditor } from './PlanFields';
import { MilestonesEditor } from './MilestoneFields';
import { ProjectLogos } from './ProjectLogos';
import { MACROREGION_GMINA_KIND, toProjectInput, toProjectValues, type IndicatorValues, type MilestoneValues, type PhaseValues, type ProjectValues } from './projectValues';

export function ProjectFormPage() {
  return (
    <RecordLoader register="projects">
      {(project, reload) => <ProjectEditor key={project?.version ?? 'new'} project={project} reload={() => void reload()} />}
    </RecordLoader>
  );
}

function ProjectEditor({ project, reload }: { project: Project | undefined; reload: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { save, remove } = useRegisterMutations('projects');
  const { values, set, fieldErrors, setFieldErrors } = useFormValues<ProjectValues>(() => toProjectValues(project));
  const { input, phaseTargetKeys } = toProjectInput(values);
  const field = (name: keyof ProjectValues) => fieldErrors[name];

  /** Clears the errors of what was edited; '*' (rows moved or removed, so positions changed) clears the whole plan's. */
  const clearErrors = (touched: string) =>
    setFieldErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([key]) => (touched === '*' ? !/^(phases|milestones|indicators)(\.|$)/.test(key) : key !== touched && !key.startsWith(`${touched}.`))),
      ),
    );
  const setPhases = (phases: PhaseValues[], touched: string) => {
    set('phases', phases);
    clearErrors(touched);
  };
  const setMilestones = (milestones: MilestoneValues[], touched: string) => {
    set('milestones', milestones);
    clearErrors(touched);
  };
  const setIndicators = (indicators: IndicatorValues[], touched: string) => {
    set('indicators', indicators);
    clearErrors(touched);
  };
  const setMacroregion = (macroregion: Macroregion | '') => {
    set('macroregion', macroregion);
    if (macroregion && !values.gminaKind) set('gminaKind', MACROREGION_GMINA_KIND[macroregion]);
  };

  return (
    <RecordForm
      title={t(project ? 'projects.editTitle' : 'projects.newTitle')}
      record={project}
      schema={projectSave}
      input={input}
      save={(full) => save.mutateAsync(full)}
      // A new project opens as saved, so its logo strips can be added at once.
      savedPath={(saved) => (project ? '/projekty' : `/projekty/${(saved as Project).id}`)}
      remove={{ confirmTitle: t('projects.deleteTitle'), confirmText: t('projects.deleteText', { name: project?.name ?? '' }), run: (identity) => remove.mutateAsync(identity) }}
      backTo="/projekty"
      reload={reload}
      fieldErrors={fieldErrors}
      setFieldErrors={setFieldErrors}
      after={project && <ProjectLogos project={project} />}
    >
      <Stack spacing={3}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12 }}>
            <TextField required label={t('projects.fields.name')} value={values.name} onChange={(event) => set('name', event.target.value)} error={Boolean(field('name'))} helperText={field('name') ?? ' '} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField select label={t('projects.fields.macroregion')} value={values.macroregion} onChange={(event) => setMacroregion(event.target.value as Macroregion | '')} error={Boolean(field('macroregion'))} helperText={field('macroregion') ?? ' '}>
              <MenuItem value="">{t('common.none')}</MenuItem>
              {MACROREGION_KEYS.map((key) => (
                <MenuItem key={key} value={key}>
                  {label(MACROREGIONS[key])}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField select label={t('projects.fields.gminaKind')} value={values.gminaKind} onChange={(event) => set('gminaKind', event.target.value as ProjectGminaKind | '')} error={Boolean(field('gminaKind'))} helperText={field('gminaKind') ?? ' '}>
              <MenuItem value="">{t('common.none')}</MenuItem>
              {PROJECT_GMINA_KIND_KEYS.map((key) => (
                <MenuItem key={key} value={key}>
                  {label(TERRITORY_KINDS[key])}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <DateField label={t('projects.fields.startDate')} value={values.startDate} onChange={(value) => set('startDate', value)} error={field('startDate')} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <DateField label={t('projects.fields.endDate')} value={values.endDate} onChange={(value) => set('endDate', value)} error={field('endDate')} />
          </Grid>
          <Grid size={{ xs: 12 }}>
            <TextField
              multiline
              minRows={2}
              label={t('projects.fields.cofinancingClause')}
              value={values.cofinancingClause}
              onChange={(event) => set('cofinancingClause', event.target.value)}
              error={Boolean(field('cofinancingClause'))}
              helperText={field('cofinancingClause') ?? t('projects.fields.cofinancingHint')}
            />
          </Grid>
          <CertificateRuleFields
            rule={values.certificateRule}
            minShare={values.certificateMinShare}
            onRule={(rule) => set('certificateRule', rule || 'share')}
            onMinShare={(text) => set('certificateMinShare', text)}
            ruleError={field('certificateRule')}
            minShareError={field('certificateMinShare')}
          />
          <Grid size={{ xs: 12 }}>
            <TextField multiline minRows={2} label={t('projects.fields.notes')} value={values.notes} onChange={(event) => set('notes', event.target.value)} error={Boolean(field('notes'))} helperText={field('notes') ?? ' '} />
          </Grid>
        </Grid>
        <PhasesEditor phases={values.phases} onChange={setPhases} errors={fieldErrors} />
        <MilestonesEditor milestones={values.milestones} phases={values.phases} onChange={setMilestones} errors={fieldErrors} />
        <IndicatorsEditor indicators={values.indicators} phases={values.phases} phaseTargetKeys={phaseTargetKeys} onChange={setIndicators} errors={fieldErrors} />
      </Stack>
    </RecordForm>
  );
}
