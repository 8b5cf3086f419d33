import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  GOAL_STATUS_KEYS,
  GOAL_STATUSES,
  PARTNERSHIP_KIND_KEYS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_LEADER_TYPES,
  partnershipSave,
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_KEYS,
  STRATEGIC_PARTNER_INSTITUTION_TYPES,
  type GoalStatus,
  type PartnershipDetail,
  type PartnershipKind,
  type ProblemCategory,
} from '../../../../preload/contract';
import { call } from '../../api/client';
import { useRegisterMutations } from '../../api/registers';
import { DateField } from '../../components/DateField';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { OptionalRecordSelect } from '../../components/OptionalRecordSelect';
import { PersonPicker } from '../../components/PersonPicker';
import { RecordForm, useFormValues } from '../../components/RecordForm';
import { RecordLoader } from '../../components/RecordLoader';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { useLabel } from '../../i18n';

interface CaseValues {
  caseCode: string;
  problems: ProblemCategory[];
  hasIpw: boolean;
  openedOn: string;
  closedOn: string;
  outcome: string;
  goals: { id?: string; description: string; status: GoalStatus }[];
}

interface FormValues {
  kind: PartnershipKind;
  name: string;
  projectId: string | null;
  terytCode: string | null;
  leaderInstitutionId: string | null;
  strategicPartnerInstitutionId: string | null;
  animatorPersonId: string | null;
  parentPartnershipId: string | null;
  initiatedOn: string;
  formalisedOn: string;
  endedOn: string;
  /** As typed: "2", "1,5"; empty: no rhythm set. */
  meetingsPerMonthTarget: string;
  notes: string;
  zzkCase: CaseValues;
}

const EMPTY_CASE: CaseValues = { caseCode: '', problems: [], hasIpw: false, openedOn: '', closedOn: '', outcome: '', goals: [] };

function toFormValues(p: PartnershipDetail | undefined, kind: PartnershipKind, parentId: string | null): FormValues {
  return {
    kind: p?.kind ?? kind,
    name: p?.name ?? '',
    projectId: p?.projectId ?? null,
    terytCode: p?.terytCode ?? null,
    leaderInstitutionId: p?.leaderInstitutionId ?? null,
    strategicPartnerInstitutionId: p?.strategicPartnerInstitutionId ?? null,
    animatorPersonId: p?.animatorPersonId ?? null,
    parentPartnershipId: p?.parentPartnershipId ?? parentId,
    initiatedOn: p?.initiatedOn ?? '',
    formalisedOn: p?.formalisedOn ?? '',
    endedOn: p?.endedOn ?? '',
    meetingsPerMonthTarget: p?.meetingsPerMonthTarget === null || p?.meetingsPerMonthTarget === undefined ? '' : String(p.meetingsPerMonthTarget).replace('.', ','),
    notes: p?.notes ?? '',
    zzkCase: p?.zzkCase
      ? {
          caseCode: p.zzkCase.caseCode,
          problems: p.zzkCase.problems,
          hasIpw: p.zzkCase.hasIpw,
          openedOn: p.zzkCase.openedOn ?? '',
          closedOn: p.zzkCase.closedOn ?? '',
          outcome: p.zzkCase.outcome ?? '',
          goals: p.zzkCase.goals.map(({ id, description, status }) => ({ id, description, status })),
        }
      : EMPTY_CASE,
  };
}

export function PartnershipFormPage() {
  return (
    <RecordLoader register="partnerships">
      {(partnership, reload) => <PartnershipEditor key={partnership?.version ?? 'new'} partnership={partnership} reload={() => void reload()} />}
    </RecordLoader>
  );
}

function PartnershipEditor({ partnership, reload }: { partnership: PartnershipDetail | undefined; reload: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [params] = useSearchParams();
  const { save, remove } = useRegisterMutations('partnerships');
  const { values, set, fieldErrors, setFieldErrors } = useFormValues<FormValues>(() =>
    toFormValues(partnership, (params.get('rodzaj') as PartnershipKind | null) ?? 'pzk', params.get('nadrzedne')),
  );
  const projects = useQuery({ queryKey: ['projects', 'list', {}], queryFn: () => call('projects.list', {}) });
  const parents = useQuery({ queryKey: ['partnerships', 'list', 'parents'], queryFn: () => call('partnerships.list', {}), enabled: values.kind === 'zzk' });
  const isZzk = values.kind === 'zzk';
  const setCase = (patch: Partial<CaseValues>) => set('zzkCase', { ...values.zzkCase, ...patch });
  const typedTarget = values.meetingsPerMonthTarget.trim().replace(',', '.');
  // Empty: no rhythm; anything not a number reaches the schema as NaN and gets its message next to the field.
  const input = { ...values, meetingsPerMonthTarget: typedTarget === '' ? null : Number(typedTarget), zzkCase: isZzk ? values.zzkCase : null };
  const field = (name: keyof FormValues) => fieldErrors[name];

  return (
    <RecordForm
      title={t(partnership ? 'partnerships.editTitle' : 'partnerships.newTitle')}
      record={partnership}
      schema={partnershipSave}
      input={input}
      save={(full) => save.mutateAsync(full)}
      savedPath={(saved) => `/partnerstwa/${(saved as PartnershipDetail).id}`}
      remove={{ confirmTitle: t('partnerships.deleteTitle'), confirmText: t('partnerships.deleteText', { name: partnership?.name ?? '' }), run: (identity) => remove.mutateAsync(identity) }}
      backTo="/partnerstwa"
      cancelPath={partnership ? `/partnerstwa/${partnership.id}` : '/partnerstwa'}
      reload={reload}
      fieldErrors={fieldErrors}
      setFieldErrors={setFieldErrors}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField select required label={t('partnerships.fields.kind')} value={values.kind} onChange={(event) => set('kind', event.target.value as PartnershipKind)} disabled={Boolean(partnership)} helperText=" ">
            {PARTNERSHIP_KIND_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(PARTNERSHIP_KINDS[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <TextField required label={t('partnerships.fields.name')} value={values.name} onChange={(event) => set('name', event.target.value)} error={Boolean(field('name'))} helperText={field('name') ?? ' '} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TerritoryPicker levels={['gmina', 'powiat']} value={values.terytCode} onChange={(code) => set('terytCode', code)} error={field('terytCode')} size="small" />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <OptionalRecordSelect label={t('partnerships.fields.project')} value={values.projectId} options={projects.data} onChange={(id) => set('projectId', id)} error={field('projectId')} />
        </Grid>
        {isZzk && (
          <Grid size={{ xs: 12 }}>
            <TextField select required label={t('partnerships.fields.parent')} value={values.parentPartnershipId ?? ''} onChange={(event) => set('parentPartnershipId', event.target.value || null)} error={Boolean(field('parentPartnershipId'))} helperText={field('parentPartnershipId') ?? ' '}>
              {parents.data
                ?.filter((p) => p.kind !== 'zzk')
                .map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.name}
                  </MenuItem>
                ))}
            </TextField>
          </Grid>
        )}
        <Grid size={{ xs: 12, md: 6 }}>
          <InstitutionPicker
            label={t('partnerships.fields.leader')}
            types={PARTNERSHIP_LEADER_TYPES}
            value={values.leaderInstitutionId}
            onChange={(id) => set('leaderInstitutionId', id)}
            error={field('leaderInstitutionId')}
            emptyHint={{ text: t('partnerships.fields.noLeaders'), actionLabel: t('partnerships.fields.addInstitution'), to: '/instytucje/nowa' }}
          />
        </Grid>
        {!isZzk && (
          <Grid size={{ xs: 12, md: 6 }}>
            <InstitutionPicker
              label={t('partnerships.fields.strategicPartner')}
              types={STRATEGIC_PARTNER_INSTITUTION_TYPES}
              value={values.strategicPartnerInstitutionId}
              onChange={(id) => set('strategicPartnerInstitutionId', id)}
              error={field('strategicPartnerInstitutionId')}
              emptyHint={{ text: t('partnerships.fields.noPartners'), actionLabel: t('partnerships.fields.addInstitution'), to: '/instytucje/nowa' }}
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, md: 6 }}>
          <PersonPicker
            label={t('partnerships.fields.animator')}
            value={values.animatorPersonId}
            onChange={(id) => set('animatorPersonId', id)}
            error={field('animatorPersonId')}
            emptyHint={{ text: t('partnerships.fields.noPeople'), actionLabel: t('partnerships.fields.addPerson'), to: '/osoby/nowa' }}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DateField label={t('partnerships.fields.initiatedOn')} value={values.initiatedOn} onChange={(value) => set('initiatedOn', value)} error={field('initiatedOn')} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DateField label={t('partnerships.fields.formalisedOn')} value={values.formalisedOn} onChange={(value) => set('formalisedOn', value)} error={field('formalisedOn')} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DateField label={t('partnerships.fields.endedOn')} value={values.endedOn} onChange={(value) => set('endedOn', value)} error={field('endedOn')} />
        </Grid>
        {!isZzk && (
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              label={t('partnerships.fields.meetingsPerMonthTarget')}
              value={values.meetingsPerMonthTarget}
              onChange={(event) => set('meetingsPerMonthTarget', event.target.value)}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              error={Boolean(field('meetingsPerMonthTarget'))}
              helperText={field('meetingsPerMonthTarget') ?? t('partnerships.fields.meetingsPerMonthTargetHint')}
            />
          </Grid>
        )}
        <Grid size={{ xs: 12 }}>
          <TextField multiline minRows={2} label={t('partnerships.fields.notes')} value={values.notes} onChange={(event) => set('notes', event.target.value)} error={Boolean(field('notes'))} helperText={field('notes') ?? ' '} />
        </Grid>
      </Grid>
      {isZzk && <CaseFields value={values.zzkCase} onChange={setCase} errors={fieldErrors} />}
    </RecordForm>
  );
}

/** A ZZK's case: a code, categories and goals — never a client's name or identifier. */
function CaseFields({ value, onChange, errors }: { value: CaseValues; onChange: (patch: Partial<CaseValues>) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const error = (name: string) => errors[`zzkCase.${name}`] ?? (name === 'caseCode' ? errors.zzkCase : undefined);
  return (
    <Stack spacing={2} sx={{ mt: 1 }}>
      <Typography variant="h6" component="h2">
        {t('partnerships.zzk.case')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField required label={t('partnerships.zzk.caseCode')} value={value.caseCode} onChange={(event) => onChange({ caseCode: event.target.value })} error={Boolean(error('caseCode'))} helperText={error('caseCode') ?? t('partnerships.zzk.caseCodeHint')} />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <TextField
            select
            required
            label={t('partnerships.zzk.problems')}
            value={value.problems}
            onChange={(event) => onChange({ problems: event.target.value as unknown as ProblemCategory[] })}
            slotProps={{ select: { multiple: true, renderValue: (selected) => (selected as ProblemCategory[]).map((key) => label(PROBLEM_CATEGORIES[key])).join(', ') } }}
            error={Boolean(error('problems'))}
            helperText={error('problems') ?? ' '}
          >
            {PROBLEM_CATEGORY_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(PROBLEM_CATEGORIES[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormControlLabel control={<Checkbox checked={value.hasIpw} onChange={(event) => onChange({ hasIpw: event.target.checked })} />} label={t('partnerships.zzk.hasIpw')} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DateField label={t('partnerships.zzk.openedOn')} value={value.openedOn} onChange={(openedOn) => onChange({ openedOn })} error={error('openedOn')} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DateField label={t('partnerships.zzk.closedOn')} value={value.closedOn} onChange={(closedOn) => onChange({ closedOn })} error={error('closedOn')} />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <TextField multiline minRows={2} label={t('partnerships.zzk.outcome')} value={value.outcome} onChange={(event) => onChange({ outcome: event.target.value })} helperText=" " />
        </Grid>
      </Grid>
      <Typography variant="subtitle1" component="h3">
        {t('partnerships.zzk.goals')}
      </Typography>
      {value.goals.map((goal, index) => (
        <Stack key={goal.id ?? index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={`${t('partnerships.zzk.goal')} ${index + 1}`}
            value={goal.description}
            onChange={(event) => onChange({ goals: value.goals.map((g, i) => (i === index ? { ...g, description: event.target.value } : g)) })}
            error={Boolean(errors[`zzkCase.goals.${index}.description`])}
            helperText={errors[`zzkCase.goals.${index}.description`] ?? ' '}
          />
          <TextField select label={t('partnerships.zzk.goalStatus')} value={goal.status} onChange={(event) => onChange({ goals: value.goals.map((g, i) => (i === index ? { ...g, status: event.target.value as GoalStatus } : g)) })} sx={{ maxWidth: 200 }} helperText=" ">
            {GOAL_STATUS_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(GOAL_STATUSES[key])}
              </MenuItem>
            ))}
          </TextField>
          <IconButton aria-label={t('common.delete')} onClick={() => onChange({ goals: value.goals.filter((_, i) => i !== index) })}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => onChange({ goals: [...value.goals, { description: '', status: 'planned' }] })}>
          {t('partnerships.zzk.addGoal')}
        </Button>
      </div>
    </Stack>
  );
}
