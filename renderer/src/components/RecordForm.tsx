/**
 * What every register form does the same way: check with the contract's schema (the same messages main
 * gives), warn of likely duplicates, save, ask before deleting, and offer a reload after a conflict.
 * Ctrl+S saves and Esc cancels; leaving with unsaved changes asks first (and so does closing the window). A save or
 * delete that went through is confirmed by a short notice ("Zapisano", "Usunięto") wherever the form goes next.
 * A form supplies only its fields.
 */
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, useLocation, useNavigate } from 'react-router';
import type { z } from 'zod';
import { validationError } from '../../../preload/contract';
import { ApiError, messageOf } from '../api/client';
import { ConfirmDialog } from './ConfirmDialog';
import { changesSince, ConflictPanel, type FieldChange } from './ConflictPanel';
import { DuplicatesDialog, type DuplicateEntry } from './DuplicatesDialog';
import { useNotice } from './Notice';
import { useAction } from './useAction';

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

/** What a form's `save` resolves to when the user stopped it (e.g. closed a question): nothing saved, no notice. */
export const NOT_SAVED = Symbol('not saved');

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ code: 'internal', message: messageOf(error) });
}

export function RecordForm<Input extends object>(props: RecordFormProps<Input>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateEntry[]>([]);
  const [conflict, setConflict] = useState<{ latest: Identity; changes: FieldChange[] } | null>(null);
  /** A conflict refused for a reason of its own (the record unchanged since the form opened): nothing to reload. */
  const [refused, setRefused] = useState(false);
  const full = { ...props.input, ...(props.record ? { id: props.record.id, version: props.record.version } : {}) };
  const formRef = useRef<HTMLFormElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  // A refused save or delete is told at the top of the form, and the button pressed may be far below it: once the
  // confirmation has closed (and given focus back to that button), focus moves to the message.
  useEffect(() => {
    if (formError && formError.code !== 'validation' && !confirmDelete) refusalRef.current?.focus();
  }, [formError, confirmDelete]);
  // A save refused for its fields: focus goes to the first field marked wrong (in the order of the form), where the
  // user has to act, rather than staying in the last field typed in; without one, to the message at the top.
  const [invalidSaves, setInvalidSaves] = useState(0);
  useEffect(() => {
    if (invalidSaves === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]:not([aria-hidden="true"])');
    (first ?? refusalRef.current)?.focus();
  }, [invalidSaves]);
  const notify = useNotice();
  const cancelPath = props.cancelPath ?? props.backTo;
  const dirty = useUnsavedChanges(props.input);

  const action = useAction({
    afterEach: () => {
      setDuplicates([]);
      setConfirmDelete(false);
    },
  });
  const busy = action.busy;

  /** Saves or deletes, then goes on; a refusal shows on the form (a conflict with both versions). */
  const run = (work: () => Promise<unknown>, after: (result: unknown) => string = () => props.backTo, done: string = t('common.saved')) =>
    action.run(async () => {
      try {
        const result = await work();
        const target = after(result);
        if (result !== NOT_SAVED) notify(done);
        // Saved or deleted: leaving loses nothing (staying on this page, the form keeps guarding).
        if (target.split('?')[0] !== location.pathname) dirty.release();
        void navigate(target);
      } catch (error) {
        const apiError = asApiError(error);
        props.setFieldErrors(apiError.fieldErrors);
        setFormError(apiError);
        setRefused(false);
        if (apiError.code === 'validation') setInvalidSaves((count) => count + 1);
        if (apiError.code === 'conflict' && props.conflict && props.record) await showConflict(props.conflict);
      }
    });

  const showConflict = async ({ loadLatest, labels }: NonNullable<RecordFormProps<Input>['conflict']>) => {
    try {
      const latest = await loadLatest();
      // The version the form holds: nobody changed the record, the refusal's message says why (e.g. others refer to it).
      if (latest.version === props.record?.version) return setRefused(true);
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
      setInvalidSaves((count) => count + 1);
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

  useFormKeys(formRef, () => void navigate(cancelPath));

  return (
    <Paper ref={formRef} component="form" noValidate onSubmit={submit} sx={{ p: 3, maxWidth: 1000 }} aria-labelledby="record-form-title">
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
          ref={refusalRef}
          tabIndex={-1}
          severity="error"
          sx={{ mb: 2 }}
          action={
            formError.code === 'conflict' && props.record && !refused ? (
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
        <Button type="submit" variant="contained" loading={busy} aria-keyshortcuts="Control+S">
          {t('common.save')}
        </Button>
        <Button onClick={() => void navigate(cancelPath)} aria-keyshortcuts="Escape">
          {t('common.cancel')}
        </Button>
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
          onConfirm={() => void run(() => props.remove!.run(props.record!), undefined, t('common.deleted'))}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
      <DuplicatesDialog entries={duplicates} busy={busy} onCancel={() => setDuplicates([])} onSave={() => void run(() => props.save(full), props.savedPath)} />
      <ConfirmDialog
        open={dirty.blocker.state === 'blocked'}
        title={t('unsaved.title')}
        text={t('unsaved.text')}
        confirmLabel={t('unsaved.leave')}
        onConfirm={() => dirty.blocker.proceed?.()}
        onCancel={() => dirty.blocker.reset?.()}
      />
    </Paper>
  );
}

/** The keyboard is in a dialog or a menu over the form (they take their own Esc), not in the form. */
function focusIsInModal(): boolean {
  return document.activeElement?.closest('.MuiModal-root, [role="dialog"]') != null;
}

/** Ctrl+S submits the form (as its Save button does), Esc cancels it; both wait while a dialog or menu is open. */
function useFormKeys(formRef: RefObject<HTMLFormElement | null>, cancel: () => void) {
  const cancelRef = useRef(cancel);
  useEffect(() => {
    cancelRef.current = cancel;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || focusIsInModal()) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault(); // not the browser's "save page"
        formRef.current?.requestSubmit();
      } else if (event.key === 'Escape' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        cancelRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [formRef]);
}

/**
 * Changes since the form opened: the values as first given are the baseline. Leaving the page with changes asks
 * first (react-router's blocker), and so does closing or reloading the window; `release` lets a save or delete leave.
 */
function useUnsavedChanges(input: object) {
  const [baseline] = useState(() => JSON.stringify(input));
  const released = useRef(false);
  const changed = JSON.stringify(input) !== baseline;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => changed && !released.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!changed) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changed]);
  return {
    blocker,
    release: () => {
      released.current = true;
    },
  };
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
