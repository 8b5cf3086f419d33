import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { AGREEMENT_STATUSES, PARTNERSHIP_KINDS, PARTNERSHIP_ROLES, type Institution } from '../../../../preload/contract';
import { call } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { useLabel } from '../../i18n';

/** On an institution's page: the partnerships it leads, supports or belongs to, and the agreements it is part of. */
export function InstitutionLinks({ institution }: { institution: Institution }) {
  const { t } = useTranslation();
  const label = useLabel();
  const partnerships = useQuery({ queryKey: ['partnerships', 'institution', institution.id], queryFn: () => call('partnerships.forInstitution', { institutionId: institution.id }) });
  const agreements = useQuery({ queryKey: ['agreements', 'list', { institutionId: institution.id }], queryFn: () => call('agreements.list', { institutionId: institution.id }) });
  return (
    <>
      <Divider sx={{ my: 3 }} />
      <Typography variant="h6" component="h2">
        {t('institutions.partnerships')}
      </Typography>
      {partnerships.data?.length === 0 && <Typography color="text.secondary">{t('institutions.noPartnerships')}</Typography>}
      <List dense aria-label={t('institutions.partnerships')}>
        {partnerships.data?.map(({ partnership, roles }) => (
          <ListItem key={partnership.id} disablePadding>
            <ListItemButton component={RouterLink} to={`/partnerstwa/${partnership.id}`}>
              <ListItemText
                primary={`${PARTNERSHIP_KINDS[partnership.kind].short} ${partnership.name}`}
                secondary={roles.map((role) => label(PARTNERSHIP_ROLES[role])).join(', ')}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
      <Typography variant="h6" component="h2">
        {t('institutions.agreements')}
      </Typography>
      {agreements.data?.length === 0 && <Typography color="text.secondary">{t('institutions.noAgreements')}</Typography>}
      <List dense aria-label={t('institutions.agreements')}>
        {agreements.data?.map((agreement) => (
          <ListItem key={agreement.id} disablePadding>
            <ListItemButton component={RouterLink} to={`/porozumienia/${agreement.id}`}>
              <ListItemText
                primary={`${agreement.number} – ${agreement.partyNames.join(', ')}`}
                secondary={[label(AGREEMENT_STATUSES[agreement.status]), agreement.signedOn && formatDate(agreement.signedOn)].filter(Boolean).join(' · ')}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </>
  );
}
