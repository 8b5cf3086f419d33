/** The summary's tables, as in the printed document: events, coaching and supervision, teams, places, indicators, chronicle, plan. */
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPE_KEYS, EVENT_TYPES, PARTNERSHIP_KIND_KEYS, PARTNERSHIP_KINDS, SESSION_MODES, type EventFigures, type ReportSummary } from '../../../../preload/contract';
import { useLabel } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';

type Cell = string | number | null;

/** A titled table; numbers are right-aligned and written the Polish way. */
function SummaryTable({ title, headers, rows, footer }: { title: string; headers: string[]; rows: Cell[][]; footer?: Cell[] }) {
  const { t } = useTranslation();
  const id = useId();
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number' || row[i] === null));
  const cell = (value: Cell, i: number, header = false) => (
    <TableCell key={i} align={numeric[i] ? 'right' : 'left'} sx={header ? { fontWeight: 700 } : undefined}>
      {value === null || value === '' ? t('reports.tables.none') : typeof value === 'number' ? formatNumber(value, 2) : value}
    </TableCell>
  );
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h3" gutterBottom>
        {title}
      </Typography>
      <TableContainer>
        <Table size="small" aria-labelledby={id}>
          <TableHead>
            <TableRow>{headers.map((header, i) => cell(header, i, true))}</TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, r) => (
              <TableRow key={r}>{row.map((value, i) => cell(value, i))}</TableRow>
            ))}
            {footer && <TableRow>{footer.map((value, i) => cell(value, i, true))}</TableRow>}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

const figuresCells = (f: EventFigures): Cell[] => [f.count, f.hours.clock, f.hours.didactic, f.clockEquivalent, f.participants, f.attendances];

export function ReportTables({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const label = useLabel();
  const h = (key: string) => t(`reports.tables.${key}`);
  const figureHeaders = [h('count'), h('clockHours'), h('didacticHours'), h('clockEquivalent'), h('participants'), h('attendances')];
  const types = EVENT_TYPE_KEYS.filter((type) => summary.events[type].count > 0);
  const sessions = (['coaching', 'supervision'] as const).flatMap((type) =>
    (['individual', 'group'] as const).filter((mode) => summary[type][mode].count > 0).map((mode) => ({ type, mode, figures: summary[type][mode] })),
  );

  return (
    <Stack spacing={3}>
      {types.length > 0 && (
        <SummaryTable
          title={h('events')}
          headers={[h('type'), ...figureHeaders]}
          rows={types.map((type) => [label(EVENT_TYPES[type]), ...figuresCells(summary.events[type])])}
          footer={[h('total'), ...figuresCells(summary.eventTotals)]}
        />
      )}
      {sessions.length > 0 && (
        <SummaryTable
          title={h('sessionsTitle')}
          headers={[h('form'), h('mode'), h('sessions'), h('clockHours'), h('didacticHours'), h('clockEquivalent'), h('people')]}
          rows={sessions.map(({ type, mode, figures }) => [h(type), label(SESSION_MODES[mode]), figures.count, figures.hours.clock, figures.hours.didactic, figures.clockEquivalent, figures.participants])}
        />
      )}
      <SummaryTable
        title={h('partnerships')}
        headers={[h('type'), h('formedCount'), h('activeCount'), h('initiatedCount')]}
        rows={PARTNERSHIP_KIND_KEYS.map((kind) => [label(PARTNERSHIP_KINDS[kind]), summary.partnerships[kind].formed, summary.partnerships[kind].active, summary.partnerships[kind].initiated])}
      />
      {summary.formedPartnerships.length > 0 && (
        <SummaryTable
          title={h('formed')}
          headers={[h('territory'), h('leader'), h('partner'), h('team'), h('date')]}
          rows={summary.formedPartnerships.map((p) => [p.territory, p.leaderName, p.strategicPartnerName, `${p.name} (${PARTNERSHIP_KINDS[p.kind].short})`, formatDate(p.formedOn)])}
        />
      )}
      {summary.signedAgreements.length > 0 && (
        <SummaryTable
          title={h('agreements')}
          headers={[h('number'), h('signedOn'), h('jsts')]}
          rows={summary.signedAgreements.map((a) => [a.number, formatDate(a.signedOn), (a.jsts.length > 0 ? a.jsts : a.parties).join(', ')])}
        />
      )}
      {summary.gminas.length > 0 && (
        <SummaryTable
          title={h('gminas')}
          headers={[h('gmina'), h('powiat'), h('voivodeship'), h('events_'), h('hours'), h('participants'), h('attendances')]}
          rows={summary.gminas.map((g) => [g.name, g.powiatName, g.voivodeshipName, g.events, g.clockEquivalent, g.participants, g.attendances])}
        />
      )}
      {summary.voivodeships.length > 0 && (
        <SummaryTable
          title={h('voivodeships')}
          headers={[h('voivodeship'), h('events_'), h('hours'), h('participants'), h('formedCount'), h('activeCount'), h('agreementsCount')]}
          rows={summary.voivodeships.map((v) => [v.name, v.events, v.clockEquivalent, v.participants, v.partnershipsFormed, v.partnershipsActive, v.agreementsSigned])}
        />
      )}
      {summary.indicators.length > 0 && (
        <SummaryTable
          title={h('indicators')}
          headers={[h('projectName'), h('code'), h('indicator'), h('target'), h('achieved'), h('percent'), h('basis')]}
          rows={summary.indicators.map((i) => [i.projectName, i.code, i.name, i.target, i.achieved, i.percent, i.basis ?? t('reports.charts.notComputed')])}
        />
      )}
      {summary.plan.events.length > 0 && (
        <SummaryTable
          title={h('planned')}
          headers={[h('date'), h('type'), h('title'), h('place')]}
          rows={summary.plan.events.map((e) => [
            e.startDay === e.endDay ? formatDate(e.startDay) : `${formatDate(e.startDay)} – ${formatDate(e.endDay)}`,
            label(EVENT_TYPES[e.type]),
            e.title,
            e.territoryName ?? e.place,
          ])}
        />
      )}
    </Stack>
  );
}

/** The chronicle as the seeds write it: "CZERWIEC – 21 czerwca 2018 r. odbyła się konferencja…". */
export function Chronicle({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const id = useId();
  if (summary.chronicle.length === 0) return null;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h3" gutterBottom>
        {t('reports.tables.chronicle')}
      </Typography>
      <Stack spacing={1.5}>
        {summary.chronicle.map((month) => (
          <Typography key={month.month} variant="body2">
            <strong>{month.heading}</strong> – {month.sentences.join(' ')}
          </Typography>
        ))}
      </Stack>
    </Paper>
  );
}
