/** What an address that leads to no screen shows (a stale link, a mistyped URL): where you are and the way back. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography variant="h5" component="h1">
        {t('notFound.title')}
      </Typography>
      <Alert severity="info">{t('notFound.body', { path: pathname })}</Alert>
      <div>
        <Button variant="contained" component={RouterLink} to="/pulpit">
          {t('notFound.toDashboard')}
        </Button>
      </div>
    </Stack>
  );
}
