import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { Scope } from './useEventSave';

/** "This occurrence or the series from it on?", open while `answer` waits; closing it answers null. */
export function EventScopeDialog({ answer, occurrences }: { answer: ((scope: Scope | null) => void) | null; occurrences: number }) {
  const { t } = useTranslation();
  return (
    <Dialog open={answer !== null} onClose={() => answer?.(null)} aria-labelledby="event-scope-title" aria-describedby="event-scope-text">
      <DialogTitle id="event-scope-title">{t('events.scope.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="event-scope-text">{t('events.scope.text', { count: occurrences })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => answer?.(null)}>{t('common.cancel')}</Button>
        <Button variant="outlined" onClick={() => answer?.('one')}>
          {t('events.scope.one')}
        </Button>
        <Button variant="contained" onClick={() => answer?.('series')}>
          {t('events.scope.series')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
