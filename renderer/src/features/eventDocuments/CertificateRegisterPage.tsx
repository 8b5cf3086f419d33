/**
 * Rejestr wydanych zaświadczeń: every certificate by year and number, filtered by year, event and project, and
 * downloaded as XLSX or PDF — the register an office keeps for its auditors.
 */
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import TableViewIcon from '@mui/icons-material/TableView';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { CertificateRegisterRow } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { saveExportedFile } from '../../api/files';
import { ActionAlert, useActions } from '../../components/useAction';
import { EventsTabs } from '../events/EventsTabs';
import { formatDay, warsawToday } from '../events/warsawTime';

const ALL = '';
/** A select whose empty value reads "wszystkie …" instead of looking blank. */
const SHOW_EMPTY = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;

/** The distinct values of the rows, in first-seen order. */
function distinct<T>(rows: CertificateRegisterRow[], pick: (row: CertificateRegisterRow) => T | null, key: (value: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) {
    const value = pick(row);
    if (value !== null && !seen.has(key(value))) seen.set(key(value), value);
  }
  return [...seen.values()];
}

export function CertificateRegisterPage() {
  const { t } = useTranslation();
  const thisYear = Number(warsawToday().slice(0, 4));
  // Opened from an event's page (?wydarzenie=…): that event's certificates, whatever their year.
  const [params] = useSearchParams();
  const [year, setYear] = useState<string>(params.get('wydarzenie') ? ALL : String(thisYear));
  const [eventId, setEventId] = useState(params.get('wydarzenie') ?? ALL);
  const [projectId, setProjectId] = useState(ALL);
  const { busy, message, setMessage, run } = useActions<'xlsx' | 'pdf'>();
  const everything = useQuery({ queryKey: ['eventDocuments', 'certificateRegister', {}], queryFn: () => call('eventDocuments.certificateRegister', {}) });
  const query = { year: year === ALL ? null : Number(year), eventId: eventId || null, projectId: projectId || null };
  const register = useQuery({ queryKey: ['eventDocuments', 'certificateRegister', query], queryFn: () => call('eventDocuments.certificateRegister', query), placeholderData: keepPreviousData });

  const all = everything.data ?? [];
  const years = [...new Set([thisYear, ...all.map((row) => row.year)])].sort((a, b) => b - a);
  const inYear = all.filter((row) => year === ALL || row.year === Number(year));
  const events = distinct(inYear, (row) => ({ id: row.eventId, title: row.eventTitle, dates: row.eventDates }), (event) => event.id);
  const projects = distinct(all, (row) => (row.projectId ? { id: row.projectId, name: row.projectName ?? '' } : null), (project) => project.id);
  const rows = register.data ?? [];

  const download = (format: 'xlsx' | 'pdf') =>
    run(format, async () => saveExportedFile(await call(format === 'xlsx' ? 'eventDocuments.certificateRegisterXlsx' : 'eventDocuments.certificateRegisterPdf', query)));

  return (
    <>
      <EventsTabs value="certificates" />
      <Stack spacing={2}>
        <Typography variant="h5" component="h1">
          {t('eventDocuments.register.title')}
        </Typography>
        <Typography color="text.secondary">{t('eventDocuments.register.hint')}</Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField
            select
            slotProps={SHOW_EMPTY}
            label={t('eventDocuments.register.year')}
            value={year}
            onChange={(event) => {
              setYear(event.target.value);
              setEventId(ALL);
            }}
            sx={{ minWidth: 140 }}
          >
            <MenuItem value={ALL}>{t('eventDocuments.register.allYears')}</MenuItem>
            {years.map((value) => (
              <MenuItem key={value} value={String(value)}>
                {value}
              </MenuItem>
            ))}
          </TextField>
          <TextField select slotProps={SHOW_EMPTY} label={t('eventDocuments.register.event')} value={eventId} onChange={(event) => setEventId(event.target.value)} sx={{ minWidth: 320, flexGrow: 1 }}>
            <MenuItem value={ALL}>{t('eventDocuments.register.allEvents')}</MenuItem>
            {events.map((event) => (
              <MenuItem key={event.id} value={event.id}>
                {event.title} ({event.dates})
              </MenuItem>
            ))}
          </TextField>
          <TextField select slotProps={SHOW_EMPTY} label={t('eventDocuments.register.project')} value={projectId} onChange={(event) => setProjectId(event.target.value)} sx={{ minWidth: 240 }}>
            <MenuItem value={ALL}>{t('eventDocuments.register.allProjects')}</MenuItem>
            {projects.map((project) => (
              <MenuItem key={project.id} value={project.id}>
                {project.name}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography role="status" sx={{ flexGrow: 1 }}>
            {t('eventDocuments.register.count', { count: rows.length })}
          </Typography>
          <Button startIcon={<TableViewIcon />} variant="outlined" loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>
            {t('eventDocuments.register.xlsx')}
          </Button>
          <Button startIcon={<PictureAsPdfIcon />} variant="outlined" loading={busy === 'pdf'} onClick={() => void download('pdf')}>
            {t('eventDocuments.register.pdf')}
          </Button>
        </Stack>
        <ActionAlert message={message} onClose={() => setMessage(null)} />
        {register.error && <Alert severity="error">{messageOf(register.error)}</Alert>}
        {register.data && rows.length === 0 && <Alert severity="info">{t('eventDocuments.register.empty')}</Alert>}
        {rows.length > 0 && (
          <TableContainer component={Paper}>
            <Table size="small" aria-label={t('eventDocuments.register.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('eventDocuments.register.number')}</TableCell>
                  <TableCell>{t('eventDocuments.register.issuedOn')}</TableCell>
                  <TableCell>{t('eventDocuments.register.person')}</TableCell>
                  <TableCell>{t('eventDocuments.register.event')}</TableCell>
                  <TableCell>{t('eventDocuments.register.dates')}</TableCell>
                  <TableCell>{t('eventDocuments.register.project')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id}>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                      {row.number}
                    </TableCell>
                    <TableCell>{formatDay(row.issuedOn)}</TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={`/osoby/${row.personId}`}>
                        {row.personName}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={`/wydarzenia/${row.eventId}`}>
                        {row.eventTitle}
                      </Link>
                    </TableCell>
                    <TableCell>{row.eventDates}</TableCell>
                    <TableCell>{row.projectName ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Stack>
    </>
  );
}
