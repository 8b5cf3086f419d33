/**
 * "Historia udziału" on a person's page: the events they were registered for (attendance, hours, certificate) and
 * those they led, newest first, with totals — what an office checks before issuing a paper or answering a question.
 */
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EVENT_LEADER_ROLES, EVENT_STATUSES, EVENT_TYPES, formatHours, type EventLeaderRole } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { useLabel } from '../../i18n';
import { formatEventTime } from '../events/warsawTime';

export function PersonHistorySection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const language = i18n.language.startsWith('en') ? 'en' : 'pl';
  const history = useQuery({ queryKey: ['people', 'history', personId], queryFn: () => call('people.history', { id: personId }) });
  if (history.error) return <Alert severity="error">{messageOf(history.error)}</Alert>;
  if (!history.data) return null;
  const { participations, led, totals } = history.data;
  const eventLink = (id: string, title: string) => (
    <Link component={RouterLink} to={`/wydarzenia/${id}`}>
      {title}
    </Link>
  );

  return (
    <Stack spacing={2} component="section" aria-labelledby="person-history-title" sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" id="person-history-title">
        {t('people.history.title')}
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Table size="small" aria-label={t('people.history.totalsTitle')}>
          <TableBody>
            {(
              [
                [t('people.history.registered'), String(totals.registered)],
                [t('people.history.attended'), String(totals.attended)],
                [t('people.history.clockHours'), formatNumber(totals.clockHours, 2)],
                [t('people.history.certificates'), String(totals.certificates)],
                [t('people.history.led'), String(totals.led)],
                [t('people.history.ledClockHours'), formatNumber(totals.ledClockHours, 2)],
              ] as const
            ).map(([name, value]) => (
              <TableRow key={name}>
                <TableCell component="th" scope="row" sx={{ width: '50%' }}>
                  {name}
                </TableCell>
                <TableCell>{value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      {participations.length === 0 ? (
        <Typography color="text.secondary">{t('people.history.none')}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('people.history.participations')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('people.history.event')}</TableCell>
                <TableCell>{t('people.history.when')}</TableCell>
                <TableCell>{t('people.history.status')}</TableCell>
                <TableCell>{t('people.history.presence')}</TableCell>
                <TableCell>{t('people.history.hours')}</TableCell>
                <TableCell>{t('people.history.certificate')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {participations.map((row) => (
                <TableRow key={row.eventId}>
                  <TableCell component="th" scope="row">
                    {eventLink(row.eventId, row.title)}
                    <Typography variant="caption" component="div" color="text.secondary">
                      {label(EVENT_TYPES[row.type])}
                    </Typography>
                  </TableCell>
                  <TableCell>{formatEventTime(row.startsAt, row.endsAt)}</TableCell>
                  <TableCell>{label(EVENT_STATUSES[row.status])}</TableCell>
                  <TableCell>{row.daysPresent === null ? t('people.history.notMarked') : t('people.history.daysPresent', { present: row.daysPresent, days: row.days })}</TableCell>
                  <TableCell>{row.hours === null ? '—' : formatHours(row.hours, row.hourUnit, language)}</TableCell>
                  <TableCell>{row.certificateNumber ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {led.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('people.history.ledTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('people.history.event')}</TableCell>
                <TableCell>{t('people.history.when')}</TableCell>
                <TableCell>{t('people.history.role')}</TableCell>
                <TableCell>{t('people.history.hours')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {led.map((row) => (
                <TableRow key={`${row.eventId} ${row.role}`}>
                  <TableCell component="th" scope="row">
                    {eventLink(row.eventId, row.title)}
                  </TableCell>
                  <TableCell>{formatEventTime(row.startsAt, row.endsAt)}</TableCell>
                  <TableCell>{row.role in EVENT_LEADER_ROLES ? label(EVENT_LEADER_ROLES[row.role as EventLeaderRole]) : row.role}</TableCell>
                  <TableCell>{row.hours === null ? '—' : formatHours(row.hours, row.hourUnit, language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}
