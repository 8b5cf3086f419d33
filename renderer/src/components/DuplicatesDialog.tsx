import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';

export interface DuplicateEntry {
  id: string;
  primary: string;
  secondary: string;
}

/** Before saving a record that may already be in the register: shows the likely twins, lets the user decide. */
export function DuplicatesDialog(props: { entries: DuplicateEntry[]; onSave: () => void; onCancel: () => void; busy?: boolean }) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.entries.length > 0} onClose={props.onCancel} aria-labelledby="duplicates-title" maxWidth="sm" fullWidth>
      <DialogTitle id="duplicates-title">{t('duplicates.title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning">{t('duplicates.text')}</Alert>
        <List dense>
          {props.entries.map((entry) => (
            <ListItem key={entry.id}>
              <ListItemText primary={entry.primary} secondary={entry.secondary} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" color="warning" onClick={props.onSave} loading={props.busy}>
          {t('common.saveAnyway')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
