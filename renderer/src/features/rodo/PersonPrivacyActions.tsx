import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ANONYMISED_FIRST_NAME, type Person } from '../../../../preload/contract';
import { usePrivacyActions } from './usePrivacyActions';

/** On a person's page: "Eksport danych osoby" (PDF, JSON) and "Anonimizuj" (RODO). */
export function PersonPrivacyActions({ person, onAnonymised }: { person: Person; onAnonymised?: () => void }) {
  const { t } = useTranslation();
  const actions = usePrivacyActions(onAnonymised);
  const anonymous = person.firstName === ANONYMISED_FIRST_NAME;
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <>
      <Divider sx={{ my: 3 }} />
      <Typography variant="h6" component="h2" gutterBottom>
        {t('privacy.personSection')}
      </Typography>
      {anonymous && (
        <Typography color="text.secondary" gutterBottom>
          {t('privacy.alreadyAnonymised')}
        </Typography>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Button variant="outlined" loading={actions.busy} onClick={() => void actions.exportData(person.id, 'pdf')}>
          {t('privacy.exportPdf')}
        </Button>
        <Button variant="outlined" loading={actions.busy} onClick={() => void actions.exportData(person.id, 'json')}>
          {t('privacy.exportJson')}
        </Button>
        {!anonymous && (
          <Button color="warning" variant="outlined" disabled={actions.busy} onClick={() => actions.anonymise({ personId: person.id, version: person.version, name })}>
            {t('privacy.anonymise')}
          </Button>
        )}
      </Stack>
      {actions.message && (
        <Alert severity={actions.message.severity} sx={{ mt: 2 }} onClose={() => actions.setMessage(null)}>
          {actions.message.text}
        </Alert>
      )}
      {actions.dialog}
    </>
  );
}
