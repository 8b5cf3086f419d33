/**
 * Lista obecności: the attendance list of an event, signed by each participant on each day. The ESF logo strip
 * and the co-financing clause, the event's facts, one signature column per Warsaw calendar day, the registered
 * participants in Polish order and blank rows for walk-ins; the header row repeats on every page (a real
 * <thead>), rows never split; the leaders' signatures and the office's RODO clause at the foot.
 */
import { eventDays, eventTypeLabel, formatDayDots, hoursText } from '../../language';
import { shorten, textToHtml } from '../html';
import type { PrintedDocument } from '../printable';
import { escapeHtml, printDocumentHtml } from '../render';
import { factLine, type EventSetting, type PrintedEvent } from './event';

/** More days than this do not fit as signature columns on a landscape A4 page. */
export const MAX_ATTENDANCE_DAYS = 8;

export interface AttendanceListData {
  event: PrintedEvent;
  setting: EventSetting;
  /** In Polish order, each with the roles they lead in. */
  leaders: readonly { name: string; roleLabel: string }[];
  /** In Polish order of names. */
  participants: readonly { name: string; institutionName: string | null }[];
  /** The office's RODO clause, printed under the list. */
  clause: string;
  logoDataUrl: string | null;
  /** Empty numbered rows after the registered participants, for people who come unannounced (0–50). */
  blankRows: number;
}

// Widths in millimetres: the page's printable width less the fixed columns is shared by the day columns.
const PRINTABLE_WIDTH = { portrait: 210 - 20 - 18, landscape: 297 - 20 - 18 };
const FIXED = { portrait: { lp: 11, name: 45, institution: 45 }, landscape: { lp: 11, name: 55, institution: 60 } };

export function attendanceListDocument({ event, setting, leaders, participants, clause, logoDataUrl, blankRows: wanted }: AttendanceListData): PrintedDocument {
  const days = eventDays(event.startsAt, event.endsAt);
  const blankRows = Math.max(0, Math.min(50, Math.trunc(wanted)));
  const orientation = days.length >= 3 ? 'landscape' : 'portrait';
  const fixed = FIXED[orientation];
  const dayWidth = (PRINTABLE_WIDTH[orientation] - fixed.lp - fixed.name - fixed.institution) / days.length;
  const narrow = dayWidth < 34;

  const style = `<style>
${orientation === 'landscape' ? '@page { size: A4 landscape; }' : ''}
.al-clause { font-size: 8.5pt; text-align: center; margin: 0 0 4mm; }
.logo-strip + main .al-clause { margin-top: -3mm; }
h1.al-title { font-size: 15pt; letter-spacing: 0.08em; margin: 0 0 2mm; }
.al-event { text-align: center; font-size: 12.5pt; font-weight: 700; margin: 0 0 3mm; }
.al-facts { margin: 0 0 3mm; font-size: 10pt; }
.al-facts p { margin: 0 0 0.6mm; text-align: left; }
.al-label { font-weight: 700; }
table.al { table-layout: fixed; font-size: 9.5pt; margin: 2mm 0 0; }
table.al th { text-align: center; vertical-align: middle; font-size: ${narrow ? '7pt' : '8.5pt'}; line-height: 1.25; }
table.al th.al-day { ${narrow ? 'padding-left: 1mm; padding-right: 1mm;' : 'white-space: nowrap;'} }
table.al td { height: 8.5mm; vertical-align: middle; padding-top: 0.5mm; padding-bottom: 0.5mm; line-height: 1.2; overflow-wrap: anywhere; }
table.al td.al-lp { text-align: right; }
.al-rodo { break-inside: avoid; page-break-inside: avoid; }
.al-leaders { break-inside: avoid; page-break-inside: avoid; margin: 9mm 0 5mm; display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 6mm 14mm; }
.al-sign { width: 72mm; text-align: center; font-size: 9pt; line-height: 1.3; }
.al-sign .al-line { border-bottom: 0.6pt dotted #000; height: 12mm; margin-bottom: 1.2mm; }
.al-rodo p { font-size: 7.5pt; line-height: 1.3; margin: 0 0 1.2mm; }
</style>`;

  const fact = (label: string, value: string | null) => factLine('al-label', label, value);
  const facts = [
    fact('Rodzaj', eventTypeLabel(event.type)),
    fact('Termin', `${setting.dates}, godz. ${setting.time}`),
    fact('Miejsce', event.place),
    fact('Liczba godzin', hoursText(event)),
    fact('Organizator', setting.organiserName ?? setting.officeName),
    fact('Projekt', setting.project?.name ?? null),
    fact('Partnerstwo', setting.partnershipName),
    fact('Prowadzący', leaders.length > 0 ? leaders.map((leader) => leader.name).join(', ') : null),
  ].join('');

  const colgroup = `<colgroup><col style="width:${fixed.lp}mm"><col style="width:${fixed.name}mm"><col style="width:${fixed.institution}mm">${days.map(() => `<col style="width:${dayWidth.toFixed(2)}mm">`).join('')}</colgroup>`;
  const dayHeader = (day: string) => (narrow ? `Podpis –<br>${formatDayDots(day)}` : `Podpis – ${formatDayDots(day)}`);
  const head = `<thead><tr><th>Lp.</th><th>Imię i nazwisko</th><th>Instytucja</th>${days.map((day) => `<th class="al-day">${dayHeader(day)}</th>`).join('')}</tr></thead>`;
  const signatureCells = days.map(() => '<td></td>').join('');
  const rows = [
    ...participants.map((p, i) => `<tr><td class="al-lp">${i + 1}.</td><td>${escapeHtml(p.name)}</td><td>${escapeHtml(p.institutionName ?? '')}</td>${signatureCells}</tr>`),
    ...Array.from({ length: blankRows }, (_, i) => `<tr class="al-blank"><td class="al-lp">${participants.length + i + 1}.</td><td></td><td></td>${signatureCells}</tr>`),
  ];

  const signatures =
    leaders.length > 0
      ? leaders.map((leader) => `<div class="al-sign"><div class="al-line"></div>${escapeHtml(leader.name)}<br>(${escapeHtml(leader.roleLabel)})</div>`).join('')
      : '<div class="al-sign"><div class="al-line"></div>podpis prowadzącego</div>';

  const body = [
    style,
    setting.project?.clause ? `<p class="al-clause">${escapeHtml(setting.project.clause)}</p>` : '',
    '<h1 class="al-title">LISTA OBECNOŚCI</h1>',
    `<p class="al-event">${escapeHtml(event.title)}</p>`,
    `<div class="al-facts">${facts}</div>`,
    `<table class="al">${colgroup}${head}<tbody>${rows.join('\n')}</tbody></table>`,
    `<div class="al-leaders">${signatures}</div>`,
    `<div class="al-rodo">${textToHtml(clause)}</div>`,
  ].join('\n');

  const title = `Lista obecności – ${event.title}`;
  return {
    title,
    fileStem: shorten(title, 100),
    html: printDocumentHtml({ title, bodyHtml: body, logoDataUrl, footerText: shorten(`Lista obecności: ${event.title}`, 70) }),
  };
}
