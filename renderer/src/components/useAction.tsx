/**
 * A button's work with its outcome: busy while it runs, then a success or error message to show beside it, and the
 * contract's field errors when the input was refused. Settings sections and record actions share it.
 */
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import { ApiError, messageOf } from '../api/client';

/** A message to show beside the work; 'info' when it neither succeeded nor failed (e.g. a print cancelled). */
export type ActionMessage = { severity: 'success' | 'info' | 'error'; text: string } | null;

/** Thrown by a piece of work to fail with a message of its own (other unexpected errors get a general one). */
export class ActionFailure extends Error {}

export function useAction(options: { afterEach?: () => Promise<unknown> | void } = {}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  /** Runs the work; its result is the message, shown as a success unless told 'info'. */
  const run = async (work: () => Promise<string>, severity: 'success' | 'info' = 'success') => {
    setBusy(true);
    setMessage(null);
    setFieldErrors({});
    try {
      setMessage({ severity, text: await work() });
    } catch (error) {
      if (error instanceof ApiError) setFieldErrors(error.fieldErrors);
      setMessage({ severity: 'error', text: error instanceof ActionFailure ? error.message : messageOf(error) });
    } finally {
      setBusy(false);
      await options.afterEach?.();
    }
  };

  return { busy, message, setMessage, fieldErrors, setFieldErrors, run };
}

/** Every message is an 'alert' unless `quietRole` asks for 'status' on the ones that are not errors. */
export function ActionAlert({ message, onClose, quietRole }: { message: ActionMessage; onClose?: () => void; quietRole?: 'status' }) {
  return (
    message && (
      <Alert severity={message.severity} onClose={onClose} role={quietRole && message.severity !== 'error' ? quietRole : 'alert'}>
        {message.text}
      </Alert>
    )
  );
}
