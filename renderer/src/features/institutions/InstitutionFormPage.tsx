import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  DUPLICATE_REASONS,
  INSTITUTION_TYPE_KEYS,
  INSTITUTION_TYPES,
  institutionSave,
  PERSON_ROLES,
  SECTORS,
  sectorOf,
  type Institution,
  type InstitutionType,
} from '../../../../preload/contract';
import { call } from '../../api/client';
import { useRegisterList, useRegisterMutations } from '../../api/registers';
import { AuditTrail } from '../audit/AuditTrail';
import { RecordForm, useFormValues } from '../../components/RecordForm';
import { RecordLoader } from '../../components/RecordLoader';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { useLabel } from '../../i18n';
import { InstitutionLinks } from './InstitutionLinks';

type TextFieldName = 'name' | 'shortName' | 'street' | 'postalCode' | 'city' | 'nip' | 'regon' | 'email' | 'phone' | 'website' | 'notes';

/** The form edits text fields as strings; the contract turns blanks into nulls. */
type FormValues = { [K in TextFieldName]: string } & { type: InstitutionType | ''; terytCode: string | null; active: boolean };

const EMPTY: FormValues = {
  name: '', shortName: '', type: '', terytCode: null, street: '', postalCode: '', city: '',
  nip: '', regon: '', email: '', phone: '', website: '', notes: '', active: true,
};

function toFormValues(institution: Institution): FormValues {
  const values: Record<string, unknown> = { ...EMPTY };
  for (const key of Object.keys(EMPTY)) values[key] = institution[key as keyof FormValues] ?? (key === 'terytCode' ? null : '');
  return values as FormValues;
}

/** Layout of the text fields: field and its grid width (of 12). */
const LAYOUT: { field: TextFieldName; size: number; multiline?: boolean; required?: boolean }[] = [
  { field: 'name', size: 8, required: true },
  { field: 'shortName', size: 4 },
  { field: 'street', size: 6 },
  { field: 'postalCode', size: 2 },
  { field: 'city', size: 4 },
  { field: 'nip', size: 4 },
  { field: 'regon', size: 4 },
  { field: 'email', size: 4 },
  { field: 'phone', size: 4 },
  { field: 'website', size: 8 },
  { field: 'notes', size: 12, multiline: true },
];

/** Loads the institution (when editing), then hands a fresh editor its data; a reload remounts the editor. */
export function InstitutionFormPage() {
  return (
    <RecordLoader register="institutions">
      {(institution, reload) => <InstitutionEditor key={institution?.version ?? 'new'} institution={institution} reload={() => void reload()} />}
    </RecordLoader>
  );
}

function InstitutionEditor({ institution, reload }: { institution: Institution | undefined; reload: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { save, remove } = useRegisterMutations('institutions');
  const { values, set, fieldErrors, setFieldErrors } = useFormValues<FormValues>(() => (institution ? toFormValues(institution) : EMPTY));
  const input = { ...values, type: values.type as InstitutionType };

  return (
    <RecordForm
      title={t(institution ? 'institutions.editTitle' : 'institutions.newTitle')}
      record={institution}
      schema={institutionSave}
      input={input}
      save={(full) => save.mutateAsync(full)}
      findDuplicates={async (full) =>
        (await call('institutions.duplicates', full)).map(({ institution: twin, reason }) => ({
          id: twin.id,
          primary: twin.name,
          secondary: [label(DUPLICATE_REASONS[reason]), twin.nip && `NIP ${twin.nip}`, twin.territoryName].filter(Boolean).join(' · '),
        }))
      }
      remove={{
        confirmTitle: t('institutions.deleteTitle'),
        confirmText: t('institutions.deleteText', { name: institution?.name ?? '' }),
        run: (identity) => remove.mutateAsync(identity),
      }}
      backTo="/instytucje"
      reload={reload}
      conflict={institution && { loadLatest: () => call('institutions.get', { id: institution.id }), labels: 'institutions.fields' }}
      fieldErrors={fieldErrors}
      setFieldErrors={setFieldErrors}
      after={
        institution && (
          <>
            <InstitutionPeople institution={institution} />
            <InstitutionLinks institution={institution} />
            <AuditTrail table="institutions" id={institution.id} />
          </>
        )
      }
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <TextField
            select
            required
            label={t('institutions.fields.type')}
            value={values.type}
            onChange={(event) => set('type', event.target.value as InstitutionType)}
            error={Boolean(fieldErrors.type)}
            helperText={fieldErrors.type ?? (values.type ? `${t('institutions.fields.sector')}: ${label(SECTORS[sectorOf(values.type)])}` : ' ')}
          >
            {INSTITUTION_TYPE_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(INSTITUTION_TYPES[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormControlLabel control={<Checkbox checked={values.active} onChange={(event) => set('active', event.target.checked)} />} label={t('institutions.fields.active')} />
        </Grid>
        {LAYOUT.map(({ field, size, multiline, required }) => (
          <Grid key={field} size={{ xs: 12, md: size }}>
            <TextField
              name={field}
              label={t(`institutions.fields.${field}`)}
              required={required}
              multiline={multiline}
              minRows={multiline ? 3 : undefined}
              value={values[field]}
              onChange={(event) => set(field, event.target.value)}
              error={Boolean(fieldErrors[field])}
              helperText={fieldErrors[field] ?? ' '}
            />
          </Grid>
        ))}
        <Grid size={{ xs: 12, md: 8 }}>
          <TerritoryPicker levels={['gmina', 'powiat']} value={values.terytCode} onChange={(code) => set('terytCode', code)} error={fieldErrors.terytCode} size="small" />
        </Grid>
      </Grid>
    </RecordForm>
  );
}

/** The institution's people, on its page; later issues add its partnerships, agreements and events here. */
function InstitutionPeople({ institution }: { institution: Institution }) {
  const { t } = useTranslation();
  const label = useLabel();
  const people = useRegisterList('people', { institutionId: institution.id });
  return (
    <>
      <Divider sx={{ my: 3 }} />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h2">
          {t('institutions.people')}
        </Typography>
        <Button component={RouterLink} to={`/osoby/nowa?instytucja=${encodeURIComponent(institution.id)}`}>
          {t('institutions.addPerson')}
        </Button>
      </Stack>
      {people.data?.length === 0 && <Typography color="text.secondary">{t('institutions.noPeople')}</Typography>}
      <List dense aria-label={t('institutions.people')}>
        {people.data?.map((person) => (
          <ListItem key={person.id} disablePadding>
            <ListItemButton component={RouterLink} to={`/osoby/${person.id}`}>
              <ListItemText
                primary={`${person.firstName} ${person.lastName}`}
                secondary={[person.position, ...person.roles.map((role) => label(PERSON_ROLES[role]))].filter(Boolean).join(' · ')}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </>
  );
}
