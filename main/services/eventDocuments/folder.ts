/**
 * Teczka wydarzenia: what an inspection of an ESF project asks to see of one event, as one PDF — a cover (the event,
 * its dates and place, the project under its logo strip with the co-financing line, and what the folder holds with
 * its pages), the attendance list as the app prints it, the signed scans (PDF pages as they are, JPG/PNG scans as
 * full A4 pages), other documents kept with the event, the event's certificate register and the captioned photos.
 * Every stored file is read (and its checksum verified) before anything is printed, so a missing or damaged file is
 * refused at once, by its name.
 */
import { PDFDocument } from 'pdf-lib';
import { quoted, type ExportedFile } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { documentFile, keepYearTogether, shorten } from '../documents/html';
import { certificateRegisterDocument } from '../documents/kinds';
import { factLine } from '../documents/kinds/event';
import { photoSectionHtml, type PrintedPhoto } from '../documents/kinds/photos';
import { escapeHtml, pageNumbersHtml, printDocumentHtml, withoutPageNumbers } from '../documents/render';
import { ServiceError } from '../errors';
import { attachmentBytes, attachmentRows, type AttachmentRow } from '../events';
import { eventTypeLabel, formatCount, hoursText, warsawDay } from '../language';
import { projectLogoDataUrl } from '../projects';
import { attendanceListHtml } from './attendanceList';
import { certificateRegister } from './certificates';
import { eventSetting, loadEvent } from './eventData';

export interface EventFolderOptions {
  eventId: string;
  /** Told what is being done, step by step (a folder with many scans takes a while). */
  onProgress?: (message: string) => void;
}

interface LoadedFile {
  row: AttachmentRow;
  bytes: Uint8Array;
}

interface FolderPart {
  title: string;
  pdf: PDFDocument;
}

const PAGE_FORMS = ['strona', 'strony', 'stron'] as const;
const A4 = { width: 595.28, height: 841.89 };
const SCAN_MARGIN = 28; // points, about 10 mm

function isPdf(row: AttachmentRow): boolean {
  return /\.pdf$/i.test(row.path);
}

/** A stored PDF opened for copying its pages; a damaged or encrypted one is refused by its name. */
async function openPdf(file: LoadedFile, eventTitle: string): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(file.bytes);
  } catch (error) {
    const encrypted = /encrypt/i.test(String(error));
    throw new ServiceError(
      'validation',
      encrypted
        ? `Plik „${file.row.name}” wydarzenia ${quoted(eventTitle)} jest zaszyfrowanym PDF-em, którego stron nie można dołączyć do teczki. Zapisz skan bez hasła i dołącz go ponownie.`
        : `Plik „${file.row.name}” wydarzenia ${quoted(eventTitle)} jest uszkodzony i nie da się go odczytać jako PDF. Dołącz skan ponownie.`,
    );
  }
}

/** A JPG or PNG scan as one A4 page (landscape for a landscape scan), the image fitted within a narrow margin. */
async function imagePage(target: PDFDocument, file: LoadedFile, eventTitle: string): Promise<void> {
  let image;
  try {
    image = /\.png$/i.test(file.row.path) ? await target.embedPng(file.bytes) : await target.embedJpg(file.bytes);
  } catch {
    throw new ServiceError('validation', `Plik „${file.row.name}” wydarzenia ${quoted(eventTitle)} jest uszkodzony i nie da się go odczytać jako obrazu. Dołącz skan ponownie.`);
  }
  const landscape = image.width > image.height;
  const page = target.addPage(landscape ? [A4.height, A4.width] : [A4.width, A4.height]);
  const { width, height } = page.getSize();
  const scale = Math.min((width - 2 * SCAN_MARGIN) / image.width, (height - 2 * SCAN_MARGIN) / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: (width - w) / 2, y: (height - h) / 2, width: w, height: h });
}

/** The scans (or other documents) as one part: each PDF's pages in order, each image as a page. */
async function scansPart(files: LoadedFile[], eventTitle: string): Promise<PDFDocument> {
  const part = await PDFDocument.create();
  for (const file of files) {
    if (isPdf(file.row)) {
      const source = await openPdf(file, eventTitle);
      for (const page of await part.copyPages(source, source.getPageIndices())) part.addPage(page);
    } else {
      await imagePage(part, file, eventTitle);
    }
  }
  return part;
}

/** A document of the folder, printed without its own page numbers: the folder numbers its pages as one. */
async function printed(ctx: ServiceContext, html: string): Promise<PDFDocument> {
  return PDFDocument.load(await ctx.printPdf(withoutPageNumbers(html)));
}

/** "Strona n z N" on every page of the folder, the scans' included, at the bottom right as on every printed page. */
async function numberPages(ctx: ServiceContext, folder: PDFDocument): Promise<void> {
  const numbers = await PDFDocument.load(await ctx.printPdf(pageNumbersHtml(folder.getPageCount())));
  const stamps = await folder.embedPages(numbers.getPages());
  folder.getPages().forEach((page, i) => {
    const stamp = stamps[i]!;
    page.drawPage(stamp, { x: page.getWidth() - stamp.width, y: 0 });
  });
}

/** Where each part begins and ends in the folder, the cover being `coverPages` long. */
function contentsRows(parts: FolderPart[], coverPages: number): string {
  let next = coverPages + 1;
  return parts
    .map((part, i) => {
      const count = part.pdf.getPageCount();
      const pages = count === 1 ? `s. ${next}` : `s. ${next}–${next + count - 1}`;
      next += count;
      return `<tr><td class="tw-r">${i + 1}.</td><td>${escapeHtml(part.title)}</td><td class="tw-r">${pages}</td></tr>`;
    })
    .join('\n');
}

export async function eventFolderPdf(ctx: ServiceContext, options: EventFolderOptions): Promise<ExportedFile> {
  const progress = options.onProgress ?? (() => {});
  const event = await loadEvent(ctx.db, options.eventId);
  const rows = await attachmentRows(ctx.db, event.id);

  progress(`Sprawdzanie plików wydarzenia (${formatCount(rows.length, ['plik', 'pliki', 'plików'])})…`);
  const files: LoadedFile[] = [];
  for (const row of rows) {
    try {
      files.push({ row, bytes: await attachmentBytes(ctx.filesDir, row) });
    } catch (error) {
      if (error instanceof ServiceError) throw new ServiceError(error.code, `Teczki wydarzenia ${quoted(event.title)} nie można utworzyć. ${error.message}`);
      throw error;
    }
  }
  const scans = files.filter((file) => file.row.kind === 'signed_list');
  const others = files.filter((file) => file.row.kind === 'other');
  const photos = files.filter((file) => file.row.kind === 'photo');

  const setting = await eventSetting(ctx.db, event);
  const logoDataUrl = await projectLogoDataUrl(ctx, event.projectId, false);
  const parts: FolderPart[] = [];

  progress('Drukowanie listy obecności…');
  parts.push({ title: 'Lista obecności', pdf: await printed(ctx, (await attendanceListHtml(ctx, { eventId: event.id, blankRows: 0 })).html) });

  if (scans.length > 0) {
    progress(`Dołączanie podpisanych list obecności (${formatCount(scans.length, ['skan', 'skany', 'skanów'])})…`);
    parts.push({ title: `${scans.length === 1 ? 'Podpisana lista obecności – skan' : 'Podpisane listy obecności – skany'} (${scans.map((file) => file.row.name).join(', ')})`, pdf: await scansPart(scans, event.title) });
  }
  if (others.length > 0) {
    progress('Dołączanie innych dokumentów…');
    parts.push({ title: `Inne dokumenty (${others.map((file) => file.row.name).join(', ')})`, pdf: await scansPart(others, event.title) });
  }

  progress('Drukowanie rejestru zaświadczeń…');
  const certificates = await certificateRegister(ctx.db, { eventId: event.id });
  const register = certificateRegisterDocument({ rows: certificates, year: null, scope: `wydarzenie ${quoted(event.title)}` });
  parts.push({ title: `Rejestr wydanych zaświadczeń (${formatCount(certificates.length, ['zaświadczenie', 'zaświadczenia', 'zaświadczeń'])})`, pdf: await printed(ctx, register.html) });

  if (photos.length > 0) {
    progress(`Drukowanie dokumentacji fotograficznej (${formatCount(photos.length, ['zdjęcie', 'zdjęcia', 'zdjęć'])})…`);
    const printedPhotos: PrintedPhoto[] = photos.map((file) => ({ bytes: file.bytes, caption: file.row.caption, eventTitle: event.title, day: file.row.taken_on ?? warsawDay(event.startsAt) }));
    const title = `Dokumentacja fotograficzna – ${event.title}`;
    const html = printDocumentHtml({ title, bodyHtml: photoSectionHtml(printedPhotos, { ofOneEvent: true }), footerText: shorten(`Teczka wydarzenia: ${event.title}`, 70) });
    parts.push({ title: `Dokumentacja fotograficzna (${formatCount(photos.length, ['zdjęcie', 'zdjęcia', 'zdjęć'])})`, pdf: await printed(ctx, html) });
  }

  progress('Składanie teczki…');
  const coverHtml = (coverPages: number) => {
    const fact = (label: string, value: string | null) => factLine('tw-label', label, value);
    const body = [
      `<style>
.tw-clause { font-size: 8.5pt; text-align: center; margin: 0 0 6mm; }
h1.tw-title { font-size: 18pt; letter-spacing: 0.08em; margin: 18mm 0 4mm; }
.tw-event { text-align: center; font-size: 14pt; font-weight: 700; margin: 0 0 8mm; }
.tw-facts p { margin: 0 0 1.2mm; text-align: left; }
.tw-label { font-weight: 700; }
table.tw { margin-top: 8mm; }
table.tw td.tw-r { text-align: right; white-space: nowrap; }
</style>`,
      setting.project?.clause ? `<p class="tw-clause">${escapeHtml(setting.project.clause)}</p>` : '',
      '<h1 class="tw-title">TECZKA WYDARZENIA</h1>',
      `<p class="tw-event">${escapeHtml(event.title)}</p>`,
      `<div class="tw-facts">${[
        factLine('tw-label', 'Rodzaj', eventTypeLabel(event.type)),
        fact('Termin', `${setting.dates}, godz. ${setting.time}`),
        fact('Miejsce', event.place),
        fact('Liczba godzin', hoursText(event)),
        fact('Organizator', setting.organiserName ?? setting.officeName),
        fact('Projekt', setting.project?.name ?? null),
        fact('Partnerstwo', setting.partnershipName),
      ].join('')}</div>`,
      '<h2>Zawartość teczki</h2>',
      `<table class="tw"><thead><tr><th>Lp.</th><th>Dokument</th><th>Strony</th></tr></thead><tbody>${contentsRows(parts, coverPages)}</tbody></table>`,
      `<p>${keepYearTogether(escapeHtml(`Teczka zawiera ${formatCount(coverPages + parts.reduce((sum, part) => sum + part.pdf.getPageCount(), 0), PAGE_FORMS)} (z okładką).`))}</p>`,
    ].join('\n');
    const title = `Teczka wydarzenia – ${event.title}`;
    return printDocumentHtml({ title, bodyHtml: body, logoDataUrl, footerText: shorten(`Teczka wydarzenia: ${event.title}`, 70) });
  };
  let cover = await printed(ctx, coverHtml(1));
  // A long table of contents may take the cover over a page: the page numbers then move with it.
  if (cover.getPageCount() > 1) cover = await printed(ctx, coverHtml(cover.getPageCount()));

  const folder = await PDFDocument.create();
  folder.setTitle(`Teczka wydarzenia – ${event.title}`);
  folder.setLanguage('pl-PL');
  folder.setCreator('Kooperator');
  for (const part of [cover, ...parts.map((p) => p.pdf)]) {
    for (const page of await folder.copyPages(part, part.getPageIndices())) folder.addPage(page);
  }
  await numberPages(ctx, folder);
  progress('Gotowe.');
  return documentFile(shorten(`teczka wydarzenia – ${event.title}`, 100), 'pdf', await folder.save());
}
