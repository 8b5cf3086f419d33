/**
 * What every register form does the same way: check with the contract's schema (the same messages main
 * gives), warn of likely duplicates, save, ask before deleting, and offer a reload after a conflict.
 * A form supplies only its fields.
 */
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { validationError } from '../../../preload/contract';
import { ApiError, messageOf } from '../api/client';
import { ConfirmDialog } from './ConfirmDialog';
import { changesSince, ConflictPanel, type FieldChange } from './ConflictPanel';
import { DuplicatesDialog, type DuplicateEntry } from './DuplicatesDialog';

interface Identity {
  id: string;
  version: number;
}

export interface RecordFormProps<Input> {
  title: string;
  /** The record being edited; absent for a new one. */
  record?: Identity;
  schema: z.ZodType;
  /** The form's values as the contract's save input (without id and version). */
  input: Input;
  save: (input: Input & Partial<Identity>) => Promise<unknown>;
  /** Where to go after saving, given what was saved (default: `backTo`). */
  savedPath?: (saved: unknown) => string;
  /** Where Cancel goes (default: `backTo`). */
  cancelPath?: string;
  findDuplicates?: (input: Input & Partial<Identity>) => Promise<DuplicateEntry[]>;
  remove?: { confirmTitle: string; confirmText: string; run: (identity: Identity) => Promise<unknown> };
  /** Where to go after deleting (and, unless said otherwise, after saving or cancelling). */
  backTo: string;
  reload: () => void;
  /**
   * After a conflict: the record as saved now, and where the form's field labels are (e.g. 'institutions.fields'),
   * so the user sees what the other person changed and can save over it knowingly.
   */
  conflict?: { loadLatest: () => Promise<Identity & object>; labels: string };
  fieldErrors: Record<string, string>;
  setFieldErrors: (errors: Record<string, string>) => void;
  children: ReactNode;
  after?: ReactNode;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ code: 'internal', message: messageOf(error) });
}

export function RecordForm<Input extends object>(props: RecordFormProps<Input>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateEntry[]>([]);
  const [conflict, setConflict] = useState<{ latest: Identity; changes: FieldChange[] } | null>(null);
  const full = { ...props.input, ...(props.record ? { id: props.record.id, version: props.record.version } : {}) };

  const run = async (work: () => Promise<unknown>, after: (result: unknown) => string = () => props.backTo) => {
    setBusy(true);
    try {
      void navigate(after(await work()));
    } catch (error) {
      const apiError = asApiError(error);
      props.setFieldErrors(apiError.fieldErrors);
      setFormError(apiError);
      if (apiError.code === 'conflict' && props.conflict && props.record) await showConflict(props.conflict);
    } finally {
      setBusy(false);
      setDuplicates([]);
      setConfirmDelete(false);
    }
  };

  const showConflict = async ({ loadLatest, labels }: NonNullable<RecordFormProps<Input>['conflict']>) => {
    try {
      const latest = await loadLatest();
      const fields = Object.keys(props.input);
      setConflict({ latest, changes: changesSince(props.record as object as Record<string, unknown>, latest as Record<string, unknown>, fields, (field) => t(`${labels}.${field}`)) });
    } catch {
      setConflict(null); // deleted meanwhile: the error message says so
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = props.schema.safeParse(full);
    if (!checked.success) {
      const error = validationError(checked.error);
      props.setFieldErrors(error.fieldErrors);
      setFormError(new ApiError(error));
      return;
    }
    setFormError(null);
    try {
      const found = props.findDuplicates ? await props.findDuplicates(full) : [];
      if (found.length > 0) return setDuplicates(found);
    } catch (error) {
      return setFormError(asApiError(error));
    }
    await run(() => props.save(full), props.savedPath);
  };

  return (
    <Paper component="form" noValidate onSubmit={submit} sx={{ p: 3, maxWidth: 1000 }} aria-labelledby="record-form-title">
      <Typography id="record-form-title" variant="h5" component="h1" gutterBottom>
        {props.title}
      </Typography>
      {conflict ? (
        <ConflictPanel
          changes={conflict.changes}
          busy={busy}
          onReload={props.reload}
          onOverwrite={() => {
            const latest = conflict.latest;
            setConflict(null);
            setFormError(null);
            void run(() => props.save({ ...full, id: latest.id, version: latest.version }), props.savedPath);
          }}
        />
      ) : formError && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            formError.code === 'conflict' && props.record ? (
              <Button color="inherit" size="small" onClick={props.reload}>
                {t('common.reload')}
              </Button>
            ) : undefined
          }
        >
          {formError.message}
        </Alert>
      )}
      {props.children}
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        <Button type="submit" variant="contained" loading={busy}>
          {t('common.save')}
        </Button>
        <Button onClick={() => void navigate(props.cancelPath ?? props.backTo)}>{t('common.cancel')}</Button>
        {props.record && props.remove && (
          <Button color="error" startIcon={<DeleteIcon />} onClick={() => setConfirmDelete(true)} sx={{ ml: 'auto !important' }}>
            {t('common.delete')}
          </Button>
        )}
      </Stack>
      {props.after}
      {props.record && props.remove && (
        <ConfirmDialog
          open={confirmDelete}
          title={props.remove.confirmTitle}
          text={props.remove.confirmText}
          confirmLabel={t('common.delete')}
          busy={busy}
          onConfirm={() => void run(() => props.remove!.run(props.record!))}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
      <DuplicatesDialog entries={duplicates} busy={busy} onCancel={() => setDuplicates([])} onSave={() => void run(() => props.save(full), props.savedPath)} />
    </Paper>
  );
}

/** Form state for a record: values, a setter that clears the field's error, and the errors. */
export function useFormValues<Values extends object>(initial: () => Values) {
  const [values, setValues] = useState<Values>(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setFieldErrors((current) => {
      const { [key as string]: _removed, ...rest } = current;
      return rest;
    });
  };
  return { values, set, fieldErrors, setFieldErrors };
}
