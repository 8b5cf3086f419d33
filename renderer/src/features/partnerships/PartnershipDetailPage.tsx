import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PARTNERSHIP_KINDS, PROBLEM_CATEGORIES, type PartnershipDetail } from '../../../../preload/contract';
import { RecordLoader } from '../../components/RecordLoader';
import { formatDate } from '../../i18n/format';
import { useLabel } from '../../i18n';
import { MembersSection } from './MembersSection';
import { OffersSection } from './OffersSection';
import { TeamSection } from './TeamSection';

export function PartnershipDetailPage() {
  return (
    <RecordLoader register="partnerships">
      {(partnership, refresh) => partnership && <PartnershipDetail partnership={partnership} refresh={refresh} />}
    </RecordLoader>
  );
}

function PartnershipDetail({ partnership, refresh }: { partnership: PartnershipDetail; refresh: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const facts: [string, string | null][] = [
    [t('partnerships.fields.territory'), partnership.territoryName],
    [t('partnerships.fields.project'), partnership.projectName],
    [t('partnerships.fields.leader'), partnership.leaderName],
    [t('partnerships.fields.strategicPartner'), partnership.strategicPartnerName],
    [t('partnerships.fields.animator'), partnership.animatorName],
    [t('partnerships.fields.parent'), partnership.parentName],
    [t('partnerships.fields.initiatedOn'), partnership.initiatedOn && formatDate(partnership.initiatedOn)],
    [t('partnerships.fields.formalisedOn'), partnership.formalisedOn && formatDate(partnership.formalisedOn)],
    [t('partnerships.fields.endedOn'), partnership.endedOn && formatDate(partnership.endedOn)],
  ];
  return (
    <Stack spacing={3} sx={{ maxWidth: 1200 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Chip label={PARTNERSHIP_KINDS[partnership.kind].short} color="primary" />
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {partnership.name}
        </Typography>
        <Chip color={partnership.active ? 'success' : 'default'} label={t(partnership.active ? 'partnerships.active' : 'partnerships.ended')} />
        <Button startIcon={<EditIcon />} component={RouterLink} to={`/partnerstwa/${partnership.id}/edycja`}>
          {t('partnerships.edit')}
        </Button>
      </Stack>
      <Paper sx={{ p: 2 }}>
        <Table size="small" aria-label={partnership.name}>
          <TableBody>
            {facts
              .filter(([, value]) => value)
              .map(([name, value]) => (
                <TableRow key={name}>
                  <TableCell component="th" scope="row" sx={{ width: 280 }}>
                    {name}
                  </TableCell>
                  <TableCell>{value}</TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
        {partnership.zzkCase && (
          <Typography sx={{ mt: 2 }}>
            {t('partnerships.zzk.case')} {partnership.zzkCase.caseCode}: {partnership.zzkCase.problems.map((p) => label(PROBLEM_CATEGORIES[p])).join(', ')}
          </Typography>
        )}
      </Paper>
      <Paper sx={{ p: 2 }}>
        <MembersSection partnership={partnership} onChanged={refresh} />
      </Paper>
      <Paper sx={{ p: 2 }}>
        <TeamSection partnership={partnership} onChanged={refresh} />
      </Paper>
      <Paper sx={{ p: 2 }}>
        <OffersSection partnership={partnership} onChanged={refresh} />
      </Paper>
      {partnership.kind !== 'zzk' && (
        <Paper sx={{ p: 2 }}>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="h6" component="h2">
              {t('partnerships.zzk.title')}
            </Typography>
            <Button startIcon={<AddIcon />} component={RouterLink} to={`/partnerstwa/nowe?rodzaj=zzk&nadrzedne=${encodeURIComponent(partnership.id)}`}>
              {t('partnerships.zzk.add')}
            </Button>
          </Stack>
          <Divider sx={{ my: 1 }} />
          {partnership.children.length === 0 ? (
            <Typography color="text.secondary">{t('partnerships.zzk.none')}</Typography>
          ) : (
            <List dense>
              {partnership.children.map((child) => (
                <ListItem key={child.id} disablePadding>
                  <ListItemButton component={RouterLink} to={`/partnerstwa/${child.id}`}>
                    <ListItemText primary={child.name} secondary={child.caseCode} />
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          )}
        </Paper>
      )}
    </Stack>
  );
}
