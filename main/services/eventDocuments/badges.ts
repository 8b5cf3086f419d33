/**
 * Identyfikatory: name badges for an event's participants, four to an A4 page (2 × 2) with dashed cut lines:
 * the logo strip, the name in large type, the institution and the event's title.
 */
import type { ExportedFile } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { escapeHtml, printDocumentHtml } from '../documents';
import { ServiceError } from '../errors';
import { eventParticipants, loadEvent, logoImg, pdfFile, projectLogoDataUrl, shorten } from './common';

export const BADGES_PER_PAGE = 4;

export interface BadgesOptions {
  eventId: string;
  monochrome?: boolean;
}

export async function printBadges(ctx: ServiceContext, options: BadgesOptions): Promise<ExportedFile> {
  const event = await loadEvent(ctx.db, options.eventId);
  const participants = await eventParticipants(ctx.db, event.id);
  if (participants.length === 0) throw new ServiceError('validation', 'Wydarzenie nie ma jeszcze uczestników: dodaj ich, zanim wydrukujesz identyfikatory.');
  const logo = await projectLogoDataUrl(ctx, event.projectId, options.monochrome ?? false);

  const style = `<style>
table.badges { table-layout: fixed; width: 170mm; margin: 0 auto; border-collapse: collapse; font-size: 11pt; }
table.badges + table.badges { break-before: page; page-break-before: always; }
table.badges td { width: 85mm; height: 122mm; padding: 0; border: 0.6pt dashed #777; vertical-align: top; }
.badge { height: 122mm; box-sizing: border-box; padding: 6mm 6mm 7mm; display: flex; flex-direction: column; align-items: center; text-align: center; overflow: hidden; }
.badge-logo img { max-width: 73mm; max-height: 16mm; }
.badge-name { margin: auto 0 4mm; font-size: 22pt; font-weight: 700; line-height: 1.15; text-align: center; overflow-wrap: anywhere; }
.badge-institution { margin: 0 0 auto; font-size: 12pt; line-height: 1.25; text-align: center; }
.badge-event { margin: 4mm 0 0; font-size: 9.5pt; font-style: italic; line-height: 1.25; text-align: center; }
</style>`;

  const badge = (p: (typeof participants)[number] | undefined) =>
    p
      ? `<td><div class="badge">${logoImg(logo, 'badge-logo')}<p class="badge-name">${escapeHtml(p.firstName)}<br>${escapeHtml(p.lastName)}</p><p class="badge-institution">${escapeHtml(p.institutionName ?? '')}</p><p class="badge-event">${escapeHtml(shorten(event.title, 140))}</p></div></td>`
      : '<td></td>';

  const pages: string[] = [];
  for (let i = 0; i < participants.length; i += BADGES_PER_PAGE) {
    const four = participants.slice(i, i + BADGES_PER_PAGE);
    pages.push(`<table class="badges"><tbody><tr>${badge(four[0])}${badge(four[1])}</tr><tr>${badge(four[2])}${badge(four[3])}</tr></tbody></table>`);
  }
  const title = `Identyfikatory – ${event.title}`;
  return pdfFile(`identyfikatory ${shorten(event.title, 90)}`, await ctx.printPdf(printDocumentHtml({ title, bodyHtml: [style, ...pages].join('\n') })));
}
