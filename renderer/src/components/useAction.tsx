/**
 * A button's work with its outcome: busy while it runs, then a success or error message to show beside it, and the
 * contract's field errors when the input was refused. Every busy button of the app runs its work through it.
 */
import Alert from '@mui/material/Alert';
import type { SxProps, Theme } from '@mui/material/styles';
import { useState } from 'react';
import { ApiError, messageOf } from '../api/client';

/** A message to show beside the work; 'info' when it neither succeeded nor failed (e.g. a print cancelled). */
export type ActionMessage = { severity: 'success' | 'info' | 'error'; text: string } | null;

/** Thrown by a piece of work to fail with a message of its own (other unexpected errors get a general one). */
export class ActionFailure extends Error {}

interface ActionOptions {
  /** After every run, whatever its outcome (e.g. closing a dialog, refreshing a list). */
  afterEach?: () => Promise<unknown> | void;
  /** On a failure, beside its message (e.g. a print's field errors shown elsewhere). */
  onError?: (error: unknown) => void;
}

/**
 * A component's several pieces of work, each named by a key: `busy` is the key of the one running (null: none), so
 * each button shows its own progress. They share one message and one set of field errors.
 */
export function useActions<Key extends string>(options: ActionOptions = {}) {
  const [busy, setBusy] = useState<Key | null>(null);
  const [message, setMessage] = useState<ActionMessage>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  /** Runs the work as `key`; a text it returns is the message, shown as a success unless told 'info'. */
  const run = async (key: Key, work: () => Promise<string | void>, severity: 'success' | 'info' = 'success') => {
    setBusy(key);
    setMessage(null);
    setFieldErrors({});
    try {
      const text = await work();
      if (text !== undefined) setMessage({ severity, text });
    } catch (error) {
      if (error instanceof ApiError) setFieldErrors(error.fieldErrors);
      setMessage({ severity: 'error', text: error instanceof ActionFailure ? error.message : messageOf(error) });
      options.onError?.(error);
    } finally {
      setBusy(null);
      await options.afterEach?.();
    }
  };

  return { busy, message, setMessage, fieldErrors, setFieldErrors, run };
}

/** One piece of work: `busy` while it runs. */
export function useAction(options: ActionOptions = {}) {
  const { busy, run, ...outcome } = useActions<'work'>(options);
  return { ...outcome, busy: busy !== null, run: (work: () => Promise<string | void>, severity?: 'success' | 'info') => run('work', work, severity) };
}

/** Every message is an 'alert' unless `quietRole` asks for 'status' on the ones that are not errors. */
export function ActionAlert({ message, onClose, quietRole, sx }: { message: ActionMessage; onClose?: () => void; quietRole?: 'status'; sx?: SxProps<Theme> }) {
  return (
    message && (
      <Alert severity={message.severity} onClose={onClose} sx={sx} role={quietRole && message.severity !== 'error' ? quietRole : 'alert'}>
        {message.text}
      </Alert>
    )
  );
}
