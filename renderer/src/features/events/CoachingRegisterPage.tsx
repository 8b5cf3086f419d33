/** The coaching and supervision register: clock hours per person in a period, individual and group, held sessions only. */
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import TableViewIcon from '@mui/icons-material/TableView';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_LEADER_ROLES, EVENT_TYPES, PER_PERSON_HOUR_TYPES, type EventLeaderRole } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { saveExportedFile } from '../../api/files';
import { DateField } from '../../components/DateField';
import { ActionAlert, useActions } from '../../components/useAction';
import { formatNumber } from '../../i18n/format';
import { useLabel } from '../../i18n';
import { EventsTabs } from './EventsTabs';
import { isDate, warsawToday } from './warsawTime';

type Kind = (typeof PER_PERSON_HOUR_TYPES)[number] | 'both';

const hours = (value: number) => formatNumber(value, 2);

export function CoachingRegisterPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const today = warsawToday();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [kind, setKind] = useState<Kind>('both');
  const valid = isDate(from) && isDate(to) && from <= to;
  const query = { from, to, type: kind === 'both' ? undefined : kind };
  const register = useQuery({ queryKey: ['events', 'coachingRegister', query], queryFn: () => call('events.coachingRegister', query), enabled: valid, placeholderData: keepPreviousData });
  const { busy, message, setMessage, run } = useActions<'xlsx' | 'pdf'>();
  const download = (format: 'xlsx' | 'pdf') =>
    run(format, async () => saveExportedFile(await call(format === 'xlsx' ? 'events.coachingRegisterXlsx' : 'events.coachingRegisterPdf', query)));
  const roleLabel = (role: string) => (role in EVENT_LEADER_ROLES ? label(EVENT_LEADER_ROLES[role as EventLeaderRole]) : role);

  return (
    <>
      <EventsTabs value="coaching" />
      <Stack spacing={2}>
        <Typography variant="h5" component="h1">
          {t('events.coaching.title')}
        </Typography>
        <Typography color="text.secondary">{t('events.coaching.hint')}</Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <DateField label={t('events.coaching.from')} value={from} onChange={setFrom} />
          <DateField label={t('events.coaching.to')} value={to} onChange={setTo} error={isDate(from) && isDate(to) && to < from ? t('events.filters.rangeError') : undefined} />
          <TextField select label={t('events.coaching.kind')} value={kind} onChange={(event) => setKind(event.target.value as Kind)} sx={{ minWidth: 260 }} helperText=" ">
            <MenuItem value="both">{t('events.coaching.both')}</MenuItem>
            {PER_PERSON_HOUR_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {label(EVENT_TYPES[type])}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button startIcon={<TableViewIcon />} variant="outlined" disabled={!valid} loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>
            {t('events.coaching.xlsx')}
          </Button>
          <Button startIcon={<PictureAsPdfIcon />} variant="outlined" disabled={!valid} loading={busy === 'pdf'} onClick={() => void download('pdf')}>
            {t('events.coaching.pdf')}
          </Button>
        </Stack>
        <ActionAlert message={message} onClose={() => setMessage(null)} />
        {register.error && <Alert severity="error">{messageOf(register.error)}</Alert>}
        {register.data && register.data.rows.length === 0 && <Alert severity="info">{t('events.coaching.empty')}</Alert>}
        {register.data && register.data.rows.length > 0 && (
          <Typography variant="h6" component="h2">
            {t('events.coaching.participantsTitle')}
          </Typography>
        )}
        {register.data && register.data.rows.length > 0 && (
          <Paper>
            <HoursTable
              label={t('events.coaching.title')}
              rows={register.data.rows.map((row) => ({ key: row.personId, ...row }))}
              totals={register.data.totals}
              totalsLabel={t('events.coaching.totals')}
            />
            <Typography variant="body2" color="text.secondary" sx={{ p: 2 }} data-testid="coaching-delivered">
              {t('events.coaching.delivered', {
                individual: hours(register.data.delivered.individualHours),
                group: hours(register.data.delivered.groupHours),
                total: hours(register.data.delivered.totalHours),
                sessions: register.data.delivered.sessions,
              })}
            </Typography>
          </Paper>
        )}
        {register.data && (
          <>
            <Typography variant="h6" component="h2">
              {t('events.coaching.leadersTitle')}
            </Typography>
            <Typography color="text.secondary">{t('events.coaching.leadersHint')}</Typography>
            {register.data.leaders.length === 0 ? (
              <Alert severity="info">{t('events.coaching.leadersEmpty')}</Alert>
            ) : (
              <Paper>
                <HoursTable
                  label={t('events.coaching.leadersTitle')}
                  rows={register.data.leaders.map((row) => ({ key: `${row.personId} ${row.role}`, ...row, role: roleLabel(row.role) }))}
                  totals={register.data.leaderTotals}
                  totalsLabel={t('events.coaching.leaderTotals')}
                  withRole
                />
              </Paper>
            )}
          </>
        )}
      </Stack>
    </>
  );
}

interface HoursFigures {
  individualHours: number;
  groupHours: number;
  totalHours: number;
  sessions: number;
}

/** One of the register's tables: a row per person (with the role, for coaches and supervisors) and a totals row. */
function HoursTable(props: {
  label: string;
  rows: (HoursFigures & { key: string; name: string; institutionName: string | null; role?: string })[];
  totals: HoursFigures;
  totalsLabel: string;
  withRole?: boolean;
}) {
  const { t } = useTranslation();
  const figures = (row: HoursFigures) => (
    <>
      <TableCell align="right">{hours(row.individualHours)}</TableCell>
      <TableCell align="right">{hours(row.groupHours)}</TableCell>
      <TableCell align="right">{hours(row.totalHours)}</TableCell>
      <TableCell align="right">{row.sessions}</TableCell>
    </>
  );
  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          <TableCell>{t('events.coaching.person')}</TableCell>
          <TableCell>{t('events.coaching.institution')}</TableCell>
          {props.withRole && <TableCell>{t('events.coaching.role')}</TableCell>}
          <TableCell align="right">{t('events.coaching.individual')}</TableCell>
          <TableCell align="right">{t('events.coaching.group')}</TableCell>
          <TableCell align="right">{t('events.coaching.total')}</TableCell>
          <TableCell align="right">{t('events.coaching.sessions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell component="th" scope="row">
              {row.name}
            </TableCell>
            <TableCell>{row.institutionName ?? '—'}</TableCell>
            {props.withRole && <TableCell>{row.role}</TableCell>}
            {figures(row)}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter sx={{ '& .MuiTableCell-root': { fontWeight: 600, color: 'text.primary', fontSize: '0.875rem' } }}>
        <TableRow>
          <TableCell component="th" scope="row" colSpan={props.withRole ? 3 : 2}>
            {props.totalsLabel}
          </TableCell>
          {figures(props.totals)}
        </TableRow>
      </TableFooter>
    </Table>
  );
}
