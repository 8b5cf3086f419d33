/**
 * The coaching and supervision register as files: XLSX (a sheet of participants, a sheet of coaches and
 * supervisors, each with its totals row) and PDF (both tables, the period in the heading).
 */
import type { Knex } from 'knex';
import { EVENT_LEADER_ROLES, type CoachingRegister, type CoachingRegisterQuery, type EventLeaderRole, type ExportedFile } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { escapeHtml, pdfFile, printDocumentHtml, type PrintedDocument } from '../documents';
import { formatDayDots, formatNumberPl } from '../language';
import { loadExcelJs } from '../tabular';
import { coachingRegister } from './register';

const KIND_TITLES = { both: 'coachingu i superwizji', coaching: 'coachingu', supervision: 'superwizji' } as const;

function titleOf(register: CoachingRegister): string {
  return `Rejestr ${KIND_TITLES[register.type ?? 'both']}`;
}

function periodOf(register: CoachingRegister): string {
  return `od ${formatDayDots(register.from)} do ${formatDayDots(register.to)}`;
}

const roleLabel = (role: string) => (role in EVENT_LEADER_ROLES ? EVENT_LEADER_ROLES[role as EventLeaderRole].pl : role);
const fileStem = (register: CoachingRegister) => `rejestr ${KIND_TITLES[register.type ?? 'both']} ${register.from} – ${register.to}`;

export async function exportCoachingRegisterXlsx(db: Knex, query: CoachingRegisterQuery): Promise<ExportedFile> {
  const register = await coachingRegister(db, query);
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Kooperator';
  const sheet = (name: string, headers: string[], rows: (string | number | null)[][], totals: (string | number | null)[]) => {
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
    ws.addRow([`${titleOf(register)} ${periodOf(register)} (godziny zegarowe)`]).font = { bold: true };
    ws.addRow([]);
    ws.addRow(headers).font = { bold: true };
    for (const row of rows) ws.addRow(row);
    ws.addRow(totals).font = { bold: true };
    ws.columns.forEach((column, index) => {
      column.width = index < 2 ? 36 : index === 2 ? 16 : 14;
    });
  };
  sheet(
    'Uczestnicy',
    ['Imię i nazwisko', 'Instytucja', 'Indywidualne', 'Grupowe', 'Razem', 'Liczba sesji'],
    register.rows.map((row) => [row.name, row.institutionName, row.individualHours, row.groupHours, row.totalHours, row.sessions]),
    ['Razem', null, register.totals.individualHours, register.totals.groupHours, register.totals.totalHours, register.totals.sessions],
  );
  sheet(
    'Coachowie i superwizorzy',
    ['Imię i nazwisko', 'Instytucja', 'Rola', 'Indywidualne', 'Grupowe', 'Razem', 'Liczba sesji'],
    register.leaders.map((row) => [row.name, row.institutionName, roleLabel(row.role), row.individualHours, row.groupHours, row.totalHours, row.sessions]),
    ['Razem', null, null, register.leaderTotals.individualHours, register.leaderTotals.groupHours, register.leaderTotals.totalHours, register.leaderTotals.sessions],
  );
  return { fileName: `${fileStem(register)}.xlsx`, contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

const STYLE = `<style>
table.reg { table-layout: fixed; font-size: 9pt; margin-bottom: 6mm; }
table.reg th { text-align: center; vertical-align: middle; font-size: 8.5pt; }
table.reg td.n { text-align: right; }
table.reg tr.total td { font-weight: bold; }
</style>`;

const hours = (value: number) => formatNumberPl(value);

export function coachingRegisterDocument(register: CoachingRegister): PrintedDocument {
  const title = titleOf(register);
  const participants = register.rows.length === 0
    ? '<p>W tym okresie nikt nie uczestniczył w sesjach.</p>'
    : `<table class="reg"><colgroup><col><col><col style="width:24mm"><col style="width:20mm"><col style="width:18mm"><col style="width:16mm"></colgroup>
<thead><tr><th>Imię i nazwisko</th><th>Instytucja</th><th>Indywidualne</th><th>Grupowe</th><th>Razem</th><th>Sesje</th></tr></thead>
<tbody>${register.rows
        .map((row) => `<tr><td>${escapeHtml(row.name)}</td><td>${escapeHtml(row.institutionName ?? '—')}</td><td class="n">${hours(row.individualHours)}</td><td class="n">${hours(row.groupHours)}</td><td class="n">${hours(row.totalHours)}</td><td class="n">${row.sessions}</td></tr>`)
        .join('\n')}
<tr class="total"><td colspan="2">Razem</td><td class="n">${hours(register.totals.individualHours)}</td><td class="n">${hours(register.totals.groupHours)}</td><td class="n">${hours(register.totals.totalHours)}</td><td class="n">${register.totals.sessions}</td></tr></tbody></table>`;
  const leaders = register.leaders.length === 0
    ? '<p>W tym okresie nie wskazano prowadzących sesje.</p>'
    : `<table class="reg"><colgroup><col><col><col style="width:22mm"><col style="width:24mm"><col style="width:20mm"><col style="width:18mm"><col style="width:16mm"></colgroup>
<thead><tr><th>Imię i nazwisko</th><th>Instytucja</th><th>Rola</th><th>Indywidualne</th><th>Grupowe</th><th>Razem</th><th>Sesje</th></tr></thead>
<tbody>${register.leaders
        .map((row) => `<tr><td>${escapeHtml(row.name)}</td><td>${escapeHtml(row.institutionName ?? '—')}</td><td>${escapeHtml(roleLabel(row.role))}</td><td class="n">${hours(row.individualHours)}</td><td class="n">${hours(row.groupHours)}</td><td class="n">${hours(row.totalHours)}</td><td class="n">${row.sessions}</td></tr>`)
        .join('\n')}
<tr class="total"><td colspan="3">Razem</td><td class="n">${hours(register.leaderTotals.individualHours)}</td><td class="n">${hours(register.leaderTotals.groupHours)}</td><td class="n">${hours(register.leaderTotals.totalHours)}</td><td class="n">${register.leaderTotals.sessions}</td></tr></tbody></table>`;
  const body = [
    STYLE,
    `<h1>${escapeHtml(title.toUpperCase())}</h1>`,
    `<p>Okres: ${escapeHtml(periodOf(register))}. Godziny zegarowe (60 min); liczone są tylko sesje odbyte.</p>`,
    '<h2>Uczestnicy</h2>',
    participants,
    '<h2>Coachowie i superwizorzy</h2>',
    leaders,
  ].join('\n');
  return { title, fileStem: fileStem(register), html: printDocumentHtml({ title, bodyHtml: body, footerText: `${title} ${periodOf(register)}` }) };
}

export async function exportCoachingRegisterPdf(ctx: ServiceContext, query: CoachingRegisterQuery): Promise<ExportedFile> {
  return pdfFile(ctx, coachingRegisterDocument(await coachingRegister(ctx.db, query)));
}
