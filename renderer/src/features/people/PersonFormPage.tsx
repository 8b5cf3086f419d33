import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useState } from 'react';
import { PERSON_ROLE_KEYS, PERSON_ROLES, personSave, type FormOfAddress, type Person, type PersonRole } from '../../../../preload/contract';
import { call } from '../../api/client';
import { useRegisterMutations } from '../../api/registers';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { AuditTrail } from '../audit/AuditTrail';
import { RecordForm, useFormValues } from '../../components/RecordForm';
import { RecordLoader } from '../../components/RecordLoader';
import { useLabel } from '../../i18n';
import { PersonPrivacyActions } from '../rodo/PersonPrivacyActions';
import { PersonHistorySection } from './PersonHistorySection';
import { FormOfAddressField, formOfAddressToSave } from './FormOfAddressField';

type TextFieldName = 'firstName' | 'lastName' | 'position' | 'email' | 'phone' | 'notes';
type FormValues = { [K in TextFieldName]: string } & { formOfAddress: FormOfAddress | null; institutionId: string | null; roles: PersonRole[] };

const LAYOUT: { field: TextFieldName; size: number; required?: boolean; multiline?: boolean }[] = [
  { field: 'firstName', size: 4, required: true },
  { field: 'lastName', size: 5, required: true },
  { field: 'position', size: 6 },
  { field: 'email', size: 3 },
  { field: 'phone', size: 3 },
  { field: 'notes', size: 12, multiline: true },
];

function toFormValues(person: Person | undefined, institutionId: string | null): FormValues {
  return {
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    formOfAddress: person?.formOfAddress ?? null,
    position: person?.position ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    notes: person?.notes ?? '',
    institutionId: person ? person.institutionId : institutionId,
    roles: person?.roles ?? [],
  };
}

export function PersonFormPage() {
  return (
    <RecordLoader register="people">
      {(person, reload) => <PersonEditor key={person?.version ?? 'new'} person={person} reload={() => void reload()} />}
    </RecordLoader>
  );
}

function PersonEditor({ person, reload }: { person: Person | undefined; reload: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [params] = useSearchParams();
  const { save, remove } = useRegisterMutations('people');
  const { values, set, fieldErrors, setFieldErrors } = useFormValues<FormValues>(() => toFormValues(person, params.get('instytucja')));
  const fullName = person ? `${person.firstName} ${person.lastName}` : '';
  // Until the user picks a form of address, a person without one gets the form their first name suggests.
  const [chosenForm, setChosenForm] = useState<FormOfAddress | null | undefined>(person?.formOfAddress ?? undefined);
  const input = { ...values, formOfAddress: formOfAddressToSave(chosenForm, values.firstName) };

  return (
    <RecordForm
      title={t(person ? 'people.editTitle' : 'people.newTitle')}
      record={person}
      schema={personSave}
      input={input}
      save={(full) => save.mutateAsync(full)}
      findDuplicates={async (full) =>
        (await call('people.duplicates', full)).map((twin) => ({
          id: twin.id,
          primary: `${twin.firstName} ${twin.lastName}`,
          secondary: [twin.institutionName ?? t('people.noInstitution'), twin.position, twin.email].filter(Boolean).join(' · '),
        }))
      }
      remove={{ confirmTitle: t('people.deleteTitle'), confirmText: t('people.deleteText', { name: fullName }), run: (identity) => remove.mutateAsync(identity) }}
      backTo="/osoby"
      reload={reload}
      conflict={person && { loadLatest: () => call('people.get', { id: person.id }), labels: 'people.fields' }}
      fieldErrors={fieldErrors}
      setFieldErrors={setFieldErrors}
      after={
        person && (
          <>
            <PersonHistorySection personId={person.id} />
            <PersonPrivacyActions person={person} onAnonymised={reload} />
            <AuditTrail table="people" id={person.id} />
          </>
        )
      }
    >
      <Grid container spacing={2}>
        {LAYOUT.slice(0, 2).map(({ field, size, required }) => (
          <Grid key={field} size={{ xs: 12, md: size }}>
            <TextField
              label={t(`people.fields.${field}`)}
              required={required}
              value={values[field]}
              onChange={(event) => set(field, event.target.value)}
              error={Boolean(fieldErrors[field])}
              helperText={fieldErrors[field] ?? ' '}
            />
          </Grid>
        ))}
        <Grid size={{ xs: 12, md: 3 }}>
          <FormOfAddressField
            firstName={values.firstName}
            chosen={chosenForm}
            onChoose={(form) => {
              setChosenForm(form);
              set('formOfAddress', form);
            }}
            error={fieldErrors.formOfAddress}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <InstitutionPicker label={t('people.fields.institution')} value={values.institutionId} onChange={(id) => set('institutionId', id)} error={fieldErrors.institutionId} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextField
            select
            label={t('people.fields.roles')}
            value={values.roles}
            onChange={(event) => set('roles', event.target.value as unknown as PersonRole[])}
            slotProps={{ select: { multiple: true, renderValue: (selected) => (selected as PersonRole[]).map((key) => label(PERSON_ROLES[key])).join(', ') } }}
            error={Boolean(fieldErrors.roles)}
            helperText={fieldErrors.roles ?? ' '}
          >
            {PERSON_ROLE_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(PERSON_ROLES[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        {LAYOUT.slice(2).map(({ field, size, multiline }) => (
          <Grid key={field} size={{ xs: 12, md: size }}>
            <TextField
              label={t(`people.fields.${field}`)}
              multiline={multiline}
              minRows={multiline ? 3 : undefined}
              value={values[field]}
              onChange={(event) => set(field, event.target.value)}
              error={Boolean(fieldErrors[field])}
              helperText={fieldErrors[field] ?? ' '}
            />
          </Grid>
        ))}
      </Grid>
    </RecordForm>
  );
}
