import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AGREEMENT_STATUS_KEYS, AGREEMENT_STATUSES, agreementSave, type Agreement, type AgreementStatus } from '../../../../preload/contract';
import { call } from '../../api/client';
import { useRegisterMutations } from '../../api/registers';
import { DateField } from '../../components/DateField';
import { OptionalRecordSelect } from '../../components/OptionalRecordSelect';
import { RecordForm, useFormValues } from '../../components/RecordForm';
import { RecordLoader } from '../../components/RecordLoader';
import { useLabel } from '../../i18n';
import { AgreementDocuments } from './AgreementDocuments';
import { PartiesEditor, partyInput, toPartyValues, type PartyValues } from './PartiesEditor';

interface FormValues {
  number: string;
  projectId: string | null;
  partnershipId: string | null;
  templateId: string | null;
  subject: string;
  status: AgreementStatus;
  draftedOn: string;
  signedOn: string;
  validUntil: string;
  terminatedOn: string;
  notes: string;
  parties: PartyValues[];
}

type DateKey = 'draftedOn' | 'signedOn' | 'validUntil' | 'terminatedOn';

/** After saving, the agreement's page says so (until the next change). */
const SAVED_PARAM = 'zapisano';

function toFormValues(a: Agreement | undefined): FormValues {
  return {
    number: a?.number ?? '',
    projectId: a?.projectId ?? null,
    partnershipId: a?.partnershipId ?? null,
    templateId: a?.templateId ?? null,
    subject: a?.subject ?? '',
    status: a?.status ?? 'draft',
    draftedOn: a?.draftedOn ?? '',
    signedOn: a?.signedOn ?? '',
    validUntil: a?.validUntil ?? '',
    terminatedOn: a?.terminatedOn ?? '',
    notes: a?.notes ?? '',
    parties: a?.parties.map(toPartyValues) ?? [],
  };
}

/** The form's values as the contract's save input (without id and version). */
function toInput(values: FormValues) {
  return { ...values, parties: values.parties.map(partyInput) };
}

export function AgreementFormPage() {
  // Outlives the editor, which starts afresh with every new version (attaching a scan makes one).
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <RecordLoader register="agreements">
      {(agreement, refresh) => (
        <AgreementEditor
          key={agreement ? `${agreement.id}@${agreement.version}` : 'new'}
          agreement={agreement}
          reload={() => void refresh()}
          refresh={refresh}
          notice={notice}
          setNotice={setNotice}
        />
      )}
    </RecordLoader>
  );
}

function AgreementEditor(props: {
  agreement: Agreement | undefined;
  reload: () => void;
  refresh: () => Promise<unknown>;
  notice: string | null;
  setNotice: (notice: string | null) => void;
}) {
  const { agreement } = props;
  const { t } = useTranslation();
  const label = useLabel();
  const [params] = useSearchParams();
  const { save, remove } = useRegisterMutations('agreements');
  const [initial] = useState(() => toFormValues(agreement));
  const [initialInput] = useState(() => JSON.stringify(toInput(initial)));
  const { values, set, fieldErrors, setFieldErrors } = useFormValues<FormValues>(() => initial);
  const projects = useQuery({ queryKey: ['projects', 'list', {}], queryFn: () => call('projects.list', {}) });
  const partnerships = useQuery({ queryKey: ['partnerships', 'list', {}], queryFn: () => call('partnerships.list', {}) });
  const templates = useQuery({ queryKey: ['templates', 'list', { kind: 'agreement' }], queryFn: () => call('templates.list', { kind: 'agreement' }) });
  const input = toInput(values);
  const dirty = JSON.stringify(input) !== initialInput;
  const field = (name: keyof FormValues) => fieldErrors[name];
  const defaultTemplate = templates.data?.find((template) => template.isDefault);

  const setParties = (parties: PartyValues[], changed?: { index: number; fields: string[] }) => {
    set('parties', parties);
    // An edited field loses its error; when parties move or go, every party's errors would point elsewhere.
    const stale = (key: string) =>
      changed ? changed.fields.some((name) => key === `parties.${changed.index}.${name}` || key.startsWith(`parties.${changed.index}.${name}.`)) : key.startsWith('parties.');
    setFieldErrors(Object.fromEntries(Object.entries(fieldErrors).filter(([key]) => key !== 'parties' && !stale(key))));
  };

  const dateField = (name: DateKey) => (
    <Grid size={{ xs: 12, sm: 6, md: 3 }}>
      <DateField label={t(`agreements.fields.${name}`)} value={values[name]} onChange={(value) => set(name, value)} error={field(name)} />
    </Grid>
  );

  return (
    <RecordForm
      title={agreement ? t('agreements.editTitle', { number: agreement.number }) : t('agreements.newTitle')}
      record={agreement}
      schema={agreementSave}
      input={input}
      save={(full) => save.mutateAsync(full)}
      savedPath={(saved) => `/porozumienia/${(saved as Agreement).id}?${SAVED_PARAM}=1`}
      remove={{
        confirmTitle: t('agreements.deleteTitle'),
        confirmText: t('agreements.deleteText', { number: agreement?.number ?? '' }),
        run: (identity) => remove.mutateAsync(identity),
      }}
      backTo="/porozumienia"
      reload={props.reload}
      fieldErrors={fieldErrors}
      setFieldErrors={setFieldErrors}
      after={
        agreement && (
          <AgreementDocuments
            agreement={agreement}
            dirty={dirty}
            onPrintErrors={(errors) => setFieldErrors({ ...fieldErrors, ...errors })}
            onChanged={props.refresh}
            notice={props.notice}
            setNotice={props.setNotice}
          />
        )
      }
    >
      {agreement && params.has(SAVED_PARAM) && !dirty && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('agreements.saved')}
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField required fullWidth label={t('agreements.fields.number')} value={values.number} onChange={(event) => set('number', event.target.value)} error={Boolean(field('number'))} helperText={field('number') ?? ' '} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField select required fullWidth label={t('agreements.fields.status')} value={values.status} onChange={(event) => set('status', event.target.value as AgreementStatus)} error={Boolean(field('status'))} helperText={field('status') ?? ' '}>
            {AGREEMENT_STATUS_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(AGREEMENT_STATUSES[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            select
            fullWidth
            label={t('agreements.fields.template')}
            value={values.templateId ?? ''}
            onChange={(event) => set('templateId', event.target.value || null)}
            // No template chosen prints with the default one: the field says so rather than looking empty.
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            error={Boolean(field('templateId'))}
            helperText={field('templateId') ?? ' '}
          >
            <MenuItem value="">{defaultTemplate ? t('agreements.defaultTemplateNamed', { name: defaultTemplate.name }) : t('agreements.defaultTemplate')}</MenuItem>
            {templates.data?.map((template) => (
              <MenuItem key={template.id} value={template.id}>
                {template.name}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <OptionalRecordSelect label={t('agreements.fields.project')} value={values.projectId} options={projects.data} onChange={(id) => set('projectId', id)} error={field('projectId')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <OptionalRecordSelect label={t('agreements.fields.partnership')} value={values.partnershipId} options={partnerships.data} onChange={(id) => set('partnershipId', id)} error={field('partnershipId')} />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <TextField multiline minRows={2} fullWidth label={t('agreements.fields.subject')} value={values.subject} onChange={(event) => set('subject', event.target.value)} error={Boolean(field('subject'))} helperText={field('subject') ?? ' '} />
        </Grid>
        {dateField('draftedOn')}
        {dateField('signedOn')}
        {dateField('validUntil')}
        {dateField('terminatedOn')}
      </Grid>
      <PartiesEditor parties={values.parties} onChange={setParties} errors={fieldErrors} projectId={values.projectId} />
      <TextField multiline minRows={2} fullWidth label={t('agreements.fields.notes')} value={values.notes} onChange={(event) => set('notes', event.target.value)} error={Boolean(field('notes'))} helperText={field('notes') ?? ' '} sx={{ mt: 2 }} />
    </RecordForm>
  );
}
