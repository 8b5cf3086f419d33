/**
 * Identyfikatory: name badges for an event's leaders and participants, four to an A4 page (2 × 2) with dashed cut
 * lines: the logo strip, a leader's role, the name in large type, the institution and the event's title.
 */
import { logoImg, shorten } from '../html';
import type { PrintedDocument } from '../printable';
import { escapeHtml, printDocumentHtml } from '../render';

export const BADGES_PER_PAGE = 4;

export interface BadgesData {
  event: { title: string };
  /** Leaders with their role (printed above the name), then participants (role null). */
  participants: readonly { firstName: string; lastName: string; institutionName: string | null; role?: string | null }[];
  logoDataUrl: string | null;
}

const STYLE = `<style>
table.badges { table-layout: fixed; width: 170mm; margin: 0 auto; border-collapse: collapse; font-size: 11pt; }
table.badges + table.badges { break-before: page; page-break-before: always; }
table.badges td { width: 85mm; height: 122mm; padding: 0; border: 0.6pt dashed #777; vertical-align: top; }
.badge { height: 122mm; box-sizing: border-box; padding: 6mm 6mm 7mm; display: flex; flex-direction: column; align-items: center; text-align: center; overflow: hidden; }
.badge-logo img { max-width: 73mm; max-height: 16mm; }
.badge-role { margin: auto 0 2mm; font-size: 13pt; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; text-align: center; }
.badge-role + .badge-name { margin-top: 0; }
.badge-name { margin: auto 0 4mm; font-size: 22pt; font-weight: 700; line-height: 1.15; text-align: center; overflow-wrap: anywhere; }
.badge-institution { margin: 0 0 auto; font-size: 12pt; line-height: 1.25; text-align: center; }
.badge-event { margin: 4mm 0 0; font-size: 9.5pt; font-style: italic; line-height: 1.25; text-align: center; }
</style>`;

export function badgesDocument({ event, participants, logoDataUrl }: BadgesData): PrintedDocument {
  const badge = (p: BadgesData['participants'][number] | undefined) =>
    p
      ? `<td><div class="badge">${logoImg(logoDataUrl, 'badge-logo')}${p.role ? `<p class="badge-role">${escapeHtml(p.role)}</p>` : ''}<p class="badge-name">${escapeHtml(p.firstName)}<br>${escapeHtml(p.lastName)}</p><p class="badge-institution">${escapeHtml(p.institutionName ?? '')}</p><p class="badge-event">${escapeHtml(shorten(event.title, 140))}</p></div></td>`
      : '<td></td>';

  const pages: string[] = [];
  for (let i = 0; i < participants.length; i += BADGES_PER_PAGE) {
    const four = participants.slice(i, i + BADGES_PER_PAGE);
    pages.push(`<table class="badges"><tbody><tr>${badge(four[0])}${badge(four[1])}</tr><tr>${badge(four[2])}${badge(four[3])}</tr></tbody></table>`);
  }
  const title = `Identyfikatory – ${event.title}`;
  return { title, fileStem: `identyfikatory ${shorten(event.title, 90)}`, html: printDocumentHtml({ title, bodyHtml: [STYLE, ...pages].join('\n') }) };
}
