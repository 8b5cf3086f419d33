import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  INSTITUTION_TYPE_KEYS,
  INSTITUTION_TYPES,
  institutionSave,
  SECTORS,
  sectorOf,
  validationError,
  type Institution,
  type InstitutionType,
} from '../../../../preload/contract';
import { ApiError, messageOf } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useLabel } from '../../i18n';
import { useDeleteInstitution, useInstitution, useSaveInstitution } from './queries';

/** The form edits text fields as strings; the contract turns blanks into nulls. */
type FormValues = { [K in TextField]: string } & { type: InstitutionType | ''; active: boolean };
type TextField = 'name' | 'shortName' | 'terytCode' | 'street' | 'postalCode' | 'city' | 'nip' | 'regon' | 'email' | 'phone' | 'website' | 'notes';

const EMPTY: FormValues = {
  name: '', shortName: '', type: '', terytCode: '', street: '', postalCode: '', city: '',
  nip: '', regon: '', email: '', phone: '', website: '', notes: '', active: true,
};

function toFormValues(institution: Institution): FormValues {
  const values = { ...EMPTY };
  for (const key of Object.keys(EMPTY) as (keyof FormValues)[]) {
    const value = institution[key];
    (values as Record<string, unknown>)[key] = value ?? '';
  }
  return values;
}

/** Layout of the form: field and its grid width (of 12). */
const LAYOUT: { field: TextField; size: number; multiline?: boolean; required?: boolean }[] = [
  { field: 'name', size: 8, required: true },
  { field: 'shortName', size: 4 },
  { field: 'street', size: 6 },
  { field: 'postalCode', size: 2 },
  { field: 'city', size: 4 },
  { field: 'terytCode', size: 4 },
  { field: 'nip', size: 4 },
  { field: 'regon', size: 4 },
  { field: 'email', size: 4 },
  { field: 'phone', size: 4 },
  { field: 'website', size: 4 },
  { field: 'notes', size: 12, multiline: true },
];

/** Loads the institution (when editing), then hands a fresh editor its data; a reload remounts the editor. */
export function InstitutionFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useInstitution(id);
  if (id && existing.error) return <Alert severity="error">{messageOf(existing.error)}</Alert>;
  if (id && !existing.data) return <Typography>{t('common.loading')}</Typography>;
  return <InstitutionEditor key={existing.data?.version ?? 'new'} institution={existing.data} reload={() => void existing.refetch()} />;
}

function InstitutionEditor({ institution, reload }: { institution: Institution | undefined; reload: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const navigate = useNavigate();
  const save = useSaveInstitution();
  const remove = useDeleteInstitution();
  const [values, setValues] = useState<FormValues>(() => (institution ? toFormValues(institution) : EMPTY));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setFieldErrors((current) => {
      const { [key]: _removed, ...rest } = current;
      return rest;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, ...(institution ? { id: institution.id, version: institution.version } : {}) };
    // The contract's own schema checks the form first, so the user sees the same messages main would give.
    const checked = institutionSave.safeParse(input);
    if (!checked.success) {
      const error = validationError(checked.error);
      setFieldErrors(error.fieldErrors);
      setFormError(new ApiError(error));
      return;
    }
    try {
      await save.mutateAsync(input as Parameters<typeof save.mutateAsync>[0]);
      void navigate('/instytucje');
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError({ code: 'internal', message: messageOf(error) });
      setFieldErrors(apiError.fieldErrors);
      setFormError(apiError);
    }
  };

  const doDelete = async () => {
    if (!institution) return;
    try {
      await remove.mutateAsync({ id: institution.id, version: institution.version });
      void navigate('/instytucje');
    } catch (error) {
      setConfirmDelete(false);
      setFormError(error instanceof ApiError ? error : new ApiError({ code: 'internal', message: messageOf(error) }));
    }
  };

  return (
    <Paper component="form" noValidate onSubmit={submit} sx={{ p: 3, maxWidth: 1000 }} aria-labelledby="institution-form-title">
      <Typography id="institution-form-title" variant="h5" component="h1" gutterBottom>
        {t(institution ? 'institutions.editTitle' : 'institutions.newTitle')}
      </Typography>
      {formError && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            formError.code === 'conflict' ? (
              <Button color="inherit" size="small" onClick={reload}>
                {t('common.reload')}
              </Button>
            ) : undefined
          }
        >
          {formError.message}
        </Alert>
      )}
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
      </Grid>
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        <Button type="submit" variant="contained" loading={save.isPending}>
          {t('common.save')}
        </Button>
        <Button onClick={() => void navigate('/instytucje')}>{t('common.cancel')}</Button>
        {institution && (
          <Button color="error" startIcon={<DeleteIcon />} onClick={() => setConfirmDelete(true)} sx={{ ml: 'auto !important' }}>
            {t('common.delete')}
          </Button>
        )}
      </Stack>
      <ConfirmDialog
        open={confirmDelete}
        title={t('institutions.deleteTitle')}
        text={t('institutions.deleteText', { name: institution?.name ?? '' })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={() => void doDelete()}
        onCancel={() => setConfirmDelete(false)}
      />
    </Paper>
  );
}
