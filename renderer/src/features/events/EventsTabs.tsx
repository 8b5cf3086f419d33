import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

/** The views of the events section: the list of events, the coaching and supervision register, the certificate register. */
export function EventsTabs({ value }: { value: 'list' | 'coaching' | 'certificates' }) {
  const { t } = useTranslation();
  return (
    <Tabs value={value} aria-label={t('events.title')} sx={{ mb: 2 }}>
      <Tab value="list" label={t('events.tabs.list')} component={RouterLink} to="/wydarzenia" />
      <Tab value="coaching" label={t('events.tabs.coaching')} component={RouterLink} to="/wydarzenia/rejestr-coachingu" />
      <Tab value="certificates" label={t('events.tabs.certificates')} component={RouterLink} to="/wydarzenia/rejestr-zaswiadczen" />
    </Tabs>
  );
}
