/**
 * Dokumentacja fotograficzna: chosen photos, two to a page, each with its caption under it (as seed 004's photo
 * report: "Spotkanie G-PZK w Gminie Wodzisław") and the day it was taken. The summary (PDF and DOCX) and the event's
 * folder print the same section.
 */
import { formatDayDots } from '../../language';
import { imageDataUrl, keepYearTogether } from '../html';
import { escapeHtml } from '../render';

export interface PrintedPhoto {
  bytes: Uint8Array;
  /** What the photo shows; without a caption, the event's title stands for it. */
  caption: string | null;
  /** The event the photo was taken at. */
  eventTitle: string;
  /** The day it was taken, else the event's first day (YYYY-MM-DD). */
  day: string;
}

export const PHOTOS_HEADING = 'Dokumentacja fotograficzna';

/** The caption line as printed: the caption (or the event's title), then the day. */
export function photoCaption(photo: Pick<PrintedPhoto, 'caption' | 'eventTitle' | 'day'>): string {
  return `${photo.caption ?? photo.eventTitle} (${formatDayDots(photo.day)} r.)`;
}

/** The second line, naming the event where the caption does not already stand for it. */
export function photoEventLine(photo: Pick<PrintedPhoto, 'caption' | 'eventTitle'>): string | null {
  return photo.caption ? `Wydarzenie: ${photo.eventTitle}` : null;
}

const STYLE = `<style>
/* A page of its own, even as the document's last block (which the page CSS otherwise keeps with what precedes it). */
main > section.photos { break-before: page !important; page-break-before: always !important; }
figure.photo { margin: 0 0 6mm; text-align: center; break-inside: avoid; page-break-inside: avoid; }
figure.photo img { max-width: 100%; max-height: 105mm; object-fit: contain; border: 0.4pt solid #999; }
figure.photo figcaption { margin-top: 1.5mm; font-size: 10pt; text-align: center; }
figure.photo .photo-event { font-size: 8.5pt; color: #333; }
</style>`;

/**
 * The photo section as HTML (starting on a new page), or nothing without photos. `ofOneEvent`: the document is about
 * the photos' event (its folder), so no line names it.
 */
export function photoSectionHtml(photos: readonly PrintedPhoto[], options: { ofOneEvent?: boolean } = {}): string {
  if (photos.length === 0) return '';
  const figures = photos.map((photo) => {
    const event = options.ofOneEvent ? null : photoEventLine(photo);
    return `<figure class="photo"><img src="${escapeHtml(imageDataUrl(photo.bytes))}" alt="${escapeHtml(photo.caption ?? photo.eventTitle)}"><figcaption>${keepYearTogether(escapeHtml(photoCaption(photo)))}${event ? `<br><span class="photo-event">${escapeHtml(event)}</span>` : ''}</figcaption></figure>`;
  });
  return `${STYLE}<section class="photos"><h2>${escapeHtml(PHOTOS_HEADING)}</h2>\n${figures.join('\n')}</section>`;
}
