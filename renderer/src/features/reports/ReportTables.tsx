/** The summary's tables, as in the printed document: events, coaching and supervision, teams, places, indicators, chronicle, plan. */
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, ReportSummary } from '../../../../preload/contract';
import { cellText, summaryTables, type SummaryCell, type SummaryColumn, type SummaryTable } from '../../../../preload/contract/reportTables';
import { formatDate, formatNumber } from '../../i18n/format';

const SCREEN = { number: (value: number) => formatNumber(value, 2), day: formatDate };

/** A table longer than this shows its first rows until asked for the rest: MUI draws 2 000 rows in seconds. */
const LONG_TABLE = 30;
const FIRST_ROWS = 20;

/** A titled table; numbers are right-aligned and written the Polish way, the totals in bold. */
function TitledTable({ table }: { table: SummaryTable }) {
  const { t } = useTranslation();
  const id = useId();
  const [whole, setWhole] = useState(false);
  const long = table.rows.length > LONG_TABLE;
  const rows = long && !whole ? table.rows.slice(0, FIRST_ROWS) : table.rows;
  const toggle = long && (
    <TableRow>
      <TableCell colSpan={table.columns.length}>
        <Button size="small" onClick={() => setWhole(!whole)}>
          {whole ? t('reports.tables.showFirst', { rows: FIRST_ROWS }) : t('reports.tables.showRest', { rows: formatNumber(table.rows.length - FIRST_ROWS, 0) })}
        </Button>
      </TableCell>
    </TableRow>
  );
  const bold = { fontWeight: 700 };
  const cell = (column: SummaryColumn, value: SummaryCell, i: number, sx?: typeof bold) => (
    <TableCell key={i} align={column.align} sx={sx}>
      {cellText(column.kind, value, SCREEN) ?? t('reports.tables.none')}
    </TableCell>
  );
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h3" gutterBottom>
        {table.title}
      </Typography>
      <TableContainer>
        <Table size="small" aria-labelledby={id}>
          <TableHead>
            <TableRow>
              {table.columns.map((column, i) => (
                <TableCell key={i} align={column.align} sx={bold}>
                  {column.header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, r) => (
              <TableRow key={r}>{row.map((value, i) => cell(table.columns[i]!, value, i))}</TableRow>
            ))}
            {toggle}
            {table.totals && <TableRow>{table.totals.map((value, i) => cell(table.columns[i]!, value, i, bold))}</TableRow>}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

/** The tables with rows, as the printed document has them (in English when the interface is). */
export function ReportTables({ summary }: { summary: ReportSummary }) {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'pl';
  return (
    <Stack spacing={3}>
      {summaryTables(summary, language)
        .filter((table) => table.rows.length > 0)
        .map((table) => (
          <TitledTable key={table.key} table={table} />
        ))}
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
