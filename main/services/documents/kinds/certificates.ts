/**
 * Zaświadczenia: certificates of participation, one A4 page each in the order of their numbers: the logo strip,
 * the number, the person, the event and its facts, the place and date of issue and the organiser's signature.
 */
import { FORMS_OF_ADDRESS, pastTenseOf } from '../../../../preload/contract';
import { eventTypeLocative, formatDayInWords } from '../../language';
import { keepYearTogether, logoImg, shorten } from '../html';
import type { PrintedDocument } from '../printable';
import { escapeHtml, printDocumentHtml } from '../render';
import { factLine, type EventSetting, type PrintedEvent } from './event';

export interface CertificatesData {
  event: PrintedEvent;
  setting: EventSetting;
  /**
   * Each with the person's form of address (null: not known, worded neutrally) and the days and hours the person
   * attended, in words.
   */
  certificates: readonly { number: string; issuedOn: string; personName: string; formOfAddress: 'ms' | 'mr' | null; daysText: string; hoursText: string | null }[];
  /** The town of issue; a dotted line to fill in by hand when null. */
  placeOfIssue: string | null;
  logoDataUrl: string | null;
}

const STYLE = `<style>
.cert { height: 246mm; display: flex; flex-direction: column; text-align: center; overflow: hidden; }
.cert + .cert { break-before: page; page-break-before: always; }
.cert-logo { margin: 0 0 8mm; }
.cert-logo img { max-width: 100%; max-height: 28mm; }
h1.cert-title { font-size: 22pt; letter-spacing: 0.06em; margin: 10mm 0 12mm; }
.cert p { text-align: center; }
.cert-lead { font-size: 12pt; margin: 0 0 4mm; }
.cert-name { font-size: 20pt; font-weight: 700; margin: 0 0 6mm; }
.cert-text { font-size: 12pt; margin: 0 0 2mm; }
.cert-event { font-size: 15pt; font-weight: 700; margin: 0 0 9mm; }
.cert-facts { font-size: 11.5pt; margin: 0 auto; }
.cert-facts p { margin: 0 0 2mm; }
.cert-label { font-weight: 700; }
.cert-foot { margin-top: auto; display: flex; justify-content: space-between; align-items: flex-end; gap: 10mm; font-size: 10.5pt; }
.cert-issued, .cert-sign { width: 75mm; text-align: center; }
.cert-line { border-bottom: 0.6pt dotted #000; height: 14mm; margin-bottom: 1.2mm; }
.cert-small { font-size: 8.5pt; }
.cert-clause { font-size: 8pt; margin: 8mm 0 0; }
</style>`;

/**
 * „Zaświadcza się, że Pani / Anna Nowak / wzięła udział w …”, „… Pan / Jan Kowalski / wziął udział …”; where the form of
 * address is not known, a wording that agrees with no sex: „Zaświadcza się, że / Jan Kowalski / jest osobą, która
 * wzięła udział w …” (never „Pani/Pan”, „wziął/wzięła”).
 */
export function certificateWording(formOfAddress: 'ms' | 'mr' | null, eventType: string): { lead: string; text: string } {
  const where = eventTypeLocative(eventType);
  const took = pastTenseOf(formOfAddress, { ms: 'wzięła', mr: 'wziął' });
  if (took === null) return { lead: 'Zaświadcza się, że', text: `jest osobą, która wzięła udział ${where}` };
  return { lead: `Zaświadcza się, że ${FORMS_OF_ADDRESS[formOfAddress!].pl}`, text: `${took} udział ${where}` };
}

export function certificatesDocument({ event, setting, certificates, placeOfIssue, logoDataUrl }: CertificatesData): PrintedDocument {
  const fact = (label: string, value: string | null) => factLine('cert-label', label, value);
  const sections = certificates.map((certificate) => {
    const wording = certificateWording(certificate.formOfAddress, event.type);
    const issued = `${placeOfIssue ? escapeHtml(placeOfIssue) : '……………………………'}, ${keepYearTogether(escapeHtml(formatDayInWords(certificate.issuedOn)))}`;
    return `<section class="cert">
${logoImg(logoDataUrl, 'cert-logo')}
<h1 class="cert-title">ZAŚWIADCZENIE nr ${escapeHtml(certificate.number)}</h1>
<p class="cert-lead">${escapeHtml(wording.lead)}</p>
<p class="cert-name">${escapeHtml(certificate.personName)}</p>
<p class="cert-text">${escapeHtml(wording.text)}</p>
<p class="cert-event">„${escapeHtml(event.title)}”</p>
<div class="cert-facts">
${fact('Organizator', setting.organiserName ?? setting.officeName)}
${fact(/[–,]| i /.test(certificate.daysText) ? 'W dniach' : 'W dniu', certificate.daysText)}
${fact('Miejsce', event.place)}
${fact('Wymiar', certificate.hoursText)}
${fact('Projekt', setting.project?.name ?? null)}
</div>
<div class="cert-foot">
<div class="cert-issued">${issued}<br><span class="cert-small">miejscowość i data wydania</span></div>
<div class="cert-sign"><div class="cert-line"></div><span class="cert-small">podpis i pieczęć organizatora</span></div>
</div>
${setting.project?.clause ? `<p class="cert-clause">${escapeHtml(setting.project.clause)}</p>` : ''}
</section>`;
  });

  const title = `Zaświadczenia – ${event.title}`;
  return { title, fileStem: `zaświadczenia ${shorten(event.title, 90)}`, html: printDocumentHtml({ title, bodyHtml: [STYLE, ...sections].join('\n') }) };
}
