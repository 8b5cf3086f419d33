/**
 * A study or deliverable: title, kind, status, project, contractor (from the register or by name), the period of the
 * work, a description, and once saved its file (PDF or DOCX).
 */
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { STUDY_KIND_KEYS, STUDY_KINDS, STUDY_STATUS_KEYS, STUDY_STATUSES, studySave, type Study, type StudyKind, type StudyStatus } from '../../../../preload/contract';
import { call } from '../../api/client';
import { useRegisterMutations } from '../../api/registers';
import { DateField } from '../../components/DateField';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { OptionalRecordSelect } from '../../components/OptionalRecordSelect';
import { RecordForm, useFormValues } from '../../components/RecordForm';
import { RecordLoader } from '../../components/RecordLoader';
import { useLabel } from '../../i18n';
import { AuditTrail } from '../audit/AuditTrail';
import { StudyFile } from './StudyFile';

interface StudyValues {
  title: string;
  kind: StudyKind | '';
  status: StudyStatus;
  projectId: string | null;
  contractorInstitutionId: string | null;
  contractorName: string;
  periodFrom: string;
  periodTo: string;
  notes: string;
}

function toValues(study: Study | undefined): StudyValues {
  return {
    title: study?.title ?? '',
    kind: study?.kind ?? '',
    status: study?.status ?? 'planned',
    projectId: study?.projectId ?? null,
    contractorInstitutionId: study?.contractorInstitutionId ?? null,
    contractorName: study?.contractorName ?? '',
    periodFrom: study?.periodFrom ?? '',
    periodTo: study?.periodTo ?? '',
    notes: study?.notes ?? '',
  };
}

export function StudyFormPage() {
  return <RecordLoader register="studies">{(study, reload) => <StudyEditor key={study?.version ?? 'new'} study={study} reload={() => void reload()} />}</RecordLoader>;
}

function StudyEditor({ study, reload }: { study: Study | undefined; reload: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { save, remove } = useRegisterMutations('studies');
  const { values, set, fieldErrors, setFieldErrors } = useFormValues<StudyValues>(() => toValues(study));
  const projects = useQuery({ queryKey: ['projects', 'list', {}], queryFn: () => call('projects.list', {}) });
  const field = (name: string) => fieldErrors[name];
  const input = { ...values, kind: values.kind || undefined } as unknown as StudyValues;

  return (
    <RecordForm
      title={t(study ? 'studies.editTitle' : 'studies.newTitle')}
      record={study}
      schema={studySave}
      input={input}
      save={(full) => save.mutateAsync(full as never)}
      // A new study opens as saved, so its file can be attached at once.
      savedPath={(saved) => (study ? '/opracowania' : `/opracowania/${(saved as Study).id}`)}
      remove={{ confirmTitle: t('studies.deleteTitle'), confirmText: t('studies.deleteText', { title: study?.title ?? '' }), run: (identity) => remove.mutateAsync(identity) }}
      backTo="/opracowania"
      reload={reload}
      conflict={study && { loadLatest: () => call('studies.get', { id: study.id }), labels: 'studies.fields' }}
      fieldErrors={fieldErrors}
      setFieldErrors={setFieldErrors}
      after={
        study ? (
          <>
            <StudyFile study={study} />
            <AuditTrail table="studies" id={study.id} />
          </>
        ) : (
          <Typography color="text.secondary" sx={{ mt: 2 }}>
            {t('studies.file.afterSave')}
          </Typography>
        )
      }
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12 }}>
          <Typography color="text.secondary">{t('studies.intro')}</Typography>
        </Grid>
        <Grid size={{ xs: 12 }}>
          <TextField required multiline label={t('studies.fields.title')} value={values.title} onChange={(event) => set('title', event.target.value)} error={Boolean(field('title'))} helperText={field('title') ?? t('studies.fields.titleHint')} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField required select label={t('studies.fields.kind')} value={values.kind} onChange={(event) => set('kind', event.target.value as StudyKind)} error={Boolean(field('kind'))} helperText={field('kind') ?? ' '}>
            {STUDY_KIND_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(STUDY_KINDS[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField required select label={t('studies.fields.status')} value={values.status} onChange={(event) => set('status', event.target.value as StudyStatus)} error={Boolean(field('status'))} helperText={field('status') ?? ' '}>
            {STUDY_STATUS_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(STUDY_STATUSES[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <OptionalRecordSelect label={t('studies.fields.project')} value={values.projectId} options={projects.data} onChange={(id) => set('projectId', id)} error={field('projectId')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <InstitutionPicker label={t('studies.fields.contractorInstitution')} value={values.contractorInstitutionId} onChange={(id) => set('contractorInstitutionId', id)} error={field('contractorInstitutionId')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextField label={t('studies.fields.contractorName')} value={values.contractorName} onChange={(event) => set('contractorName', event.target.value)} error={Boolean(field('contractorName'))} helperText={field('contractorName') ?? ' '} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DateField label={t('studies.fields.periodFrom')} value={values.periodFrom} onChange={(value) => set('periodFrom', value)} error={field('periodFrom')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DateField label={t('studies.fields.periodTo')} value={values.periodTo} onChange={(value) => set('periodTo', value)} error={field('periodTo')} />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <TextField multiline minRows={2} label={t('studies.fields.notes')} value={values.notes} onChange={(event) => set('notes', event.target.value)} error={Boolean(field('notes'))} helperText={field('notes') ?? ' '} />
        </Grid>
      </Grid>
    </RecordForm>
  );
}
