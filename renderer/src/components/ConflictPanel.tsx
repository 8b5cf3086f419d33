import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'tak' : 'nie';
  return String(value);
}

/** What someone else changed in the record since this form was opened (only fields the form edits). */
export function changesSince(original: Record<string, unknown>, latest: Record<string, unknown>, fields: string[], label: (field: string) => string): FieldChange[] {
  return fields
    .filter((field) => JSON.stringify(original[field] ?? null) !== JSON.stringify(latest[field] ?? null))
    .map((field) => ({ field, label: label(field), before: shown(original[field]), after: shown(latest[field]) }));
}

/** After a conflict: the other person's changes, and the two ways on — take theirs, or save mine knowingly. */
export function ConflictPanel(props: { changes: FieldChange[]; busy: boolean; onReload: () => void; onOverwrite: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{t('conflict.title')}</AlertTitle>
      {props.changes.length === 0 ? (
        t('conflict.noVisibleChanges')
      ) : (
        <Table size="small" aria-label={t('conflict.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('conflict.field')}</TableCell>
              <TableCell>{t('conflict.before')}</TableCell>
              <TableCell>{t('conflict.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.changes.map((change) => (
              <TableRow key={change.field}>
                <TableCell>{change.label}</TableCell>
                <TableCell>{change.before}</TableCell>
                <TableCell>{change.after}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button variant="outlined" color="inherit" onClick={props.onReload}>
          {t('conflict.reload')}
        </Button>
        <Button variant="contained" color="warning" onClick={props.onOverwrite} loading={props.busy}>
          {t('conflict.overwrite')}
        </Button>
      </Stack>
    </Alert>
  );
}
