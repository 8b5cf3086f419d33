/** Rejestr wydanych zaświadczeń: the issued certificates as a table by year and number. */
import type { CertificateRegisterRow } from '../../../../preload/contract';
import { eventTypeLabel, formatCount, formatDayDots } from '../../language';
import { keepYearTogether } from '../html';
import type { PrintedDocument } from '../printable';
import { escapeHtml, printDocumentHtml } from '../render';

const CERTIFICATE_FORMS = ['zaświadczenie', 'zaświadczenia', 'zaświadczeń'] as const;

export interface CertificateRegisterData {
  rows: readonly Pick<CertificateRegisterRow, 'number' | 'issuedOn' | 'personName' | 'eventTitle' | 'eventType' | 'eventDates'>[];
  /** The year the register is limited to, if any. */
  year: number | null;
  /** What else it is limited to, in words ("projekt „Razem”"), if anything. */
  scope?: string | null;
}

const STYLE = `<style>
table.cr { table-layout: fixed; font-size: 9pt; }
table.cr th { text-align: center; vertical-align: middle; font-size: 8.5pt; }
table.cr td.cr-r { text-align: right; }
.cr-type { font-size: 8pt; color: #333; }
.cr-summary { margin-top: 3mm; }
</style>`;

export function certificateRegisterDocument({ rows, year, scope }: CertificateRegisterData): PrintedDocument {
  const heading = `REJESTR WYDANYCH ZAŚWIADCZEŃ${year ? ` – ${year} r.` : ''}`;
  const body = [
    STYLE,
    `<h1>${escapeHtml(heading)}</h1>`,
    scope ? `<p>Zakres: ${escapeHtml(scope)}.</p>` : '',
    rows.length === 0
      ? `<p>${scope || year ? 'W tym zakresie nie wydano żadnego zaświadczenia.' : 'Nie wydano jeszcze żadnego zaświadczenia.'}</p>`
      : `<table class="cr"><colgroup><col style="width:9mm"><col style="width:25mm"><col style="width:21mm"><col style="width:36mm"><col><col style="width:36mm"></colgroup>
<thead><tr><th>Lp.</th><th>Nr zaświad&shy;czenia</th><th>Data wydania</th><th>Imię i nazwisko</th><th>Wydarzenie</th><th>Termin wydarzenia</th></tr></thead>
<tbody>${rows
          .map(
            (row, i) =>
              `<tr><td class="cr-r">${i + 1}.</td><td>${escapeHtml(row.number)}</td><td>${formatDayDots(row.issuedOn)}</td><td>${escapeHtml(row.personName)}</td><td>${escapeHtml(row.eventTitle)}<br><span class="cr-type">${escapeHtml(eventTypeLabel(row.eventType))}</span></td><td>${keepYearTogether(escapeHtml(row.eventDates))}</td></tr>`,
          )
          .join('\n')}</tbody></table>
<p class="cr-summary">Wydano ${escapeHtml(formatCount(rows.length, CERTIFICATE_FORMS))}.</p>`,
  ].join('\n');
  const title = `Rejestr wydanych zaświadczeń${year ? ` ${year}` : ''}`;
  return { title, fileStem: `rejestr zaświadczeń${year ? ` ${year}` : ''}`, html: printDocumentHtml({ title, bodyHtml: body, footerText: title }) };
}
