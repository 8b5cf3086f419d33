/**
 * A short confirmation after a piece of work that leaves no other trace on the screen ("Zapisano" after a form
 * saves and closes): a snackbar at the bottom, read out politely by screen readers, gone after a few seconds or
 * when closed. One at a time: a newer notice replaces the one shown.
 */
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type Notify = (text: string) => void;

const NoticeContext = createContext<Notify>(() => {});

/** How long a notice stays (ms); it stays while the pointer is over it. */
const NOTICE_DURATION = 6000;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(null);
  const notify = useCallback<Notify>((text) => setNotice({ text, key: Date.now() }), []);
  const close = () => setNotice(null);
  const value = useMemo(() => notify, [notify]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <Snackbar key={notice?.key} open={notice !== null} autoHideDuration={NOTICE_DURATION} onClose={(_event, reason) => reason !== 'clickaway' && close()} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" variant="filled" role="status" onClose={close} sx={{ minWidth: 240 }}>
          {notice?.text}
        </Alert>
      </Snackbar>
    </NoticeContext.Provider>
  );
}

/** Shows a short confirmation (see NoticeProvider). */
export function useNotice(): Notify {
  return useContext(NoticeContext);
}
