/**
 * Zaświadczenia: certificates of participation. Issuing numbers every participant present on at least one day
 * who has none for the event yet, "<sequence>/<year>" continuing the year's highest number, in one transaction
 * (the table's unique constraints guard the numbering). Printed one per page; kept in a register of issued
 * certificates, printable as a table.
 */
import type { Knex } from 'knex';
import type { CertificateRegisterRow, ExportedFile, IssuedCertificate } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { escapeHtml, printDocumentHtml } from '../documents';
import { ServiceError } from '../errors';
import { newId, nowIso } from '../ids';
import {
  byPolishName,
  eventSetting,
  eventTypeLabel,
  eventTypeLocative,
  hoursText,
  keepYearTogether,
  loadEvent,
  logoImg,
  pdfFile,
  projectLogoDataUrl,
  readSetting,
  SETTING_KEYS,
  shorten,
} from './common';
import { formatCount } from '../language/plural';
import { eventDays, formatDayDots, formatDayInWords, formatEventDates, warsawDay, warsawToday } from './warsaw';

const CERTIFICATE_FORMS = ['zaświadczenie', 'zaświadczenia', 'zaświadczeń'] as const;

export interface IssueCertificatesOptions {
  eventId: string;
  /** YYYY-MM-DD; today (Warsaw) when not given. The year of issue is the year of the numbering. */
  issuedOn?: string | null;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string } | null;
  return !!e && (e.code === '23505' || (e.code === 'SQLITE_CONSTRAINT' && /UNIQUE/i.test(e.message ?? '')));
}

interface RawCertificate {
  id: string;
  number: string;
  year: number;
  sequence: number;
  issued_on: string;
  event_id: string;
  person_id: string;
  first_name: string;
  last_name: string;
}

function toIssued(row: RawCertificate): IssuedCertificate {
  return {
    id: row.id,
    number: row.number,
    year: Number(row.year),
    sequence: Number(row.sequence),
    issuedOn: row.issued_on,
    eventId: row.event_id,
    personId: row.person_id,
    personName: `${row.first_name} ${row.last_name}`,
  };
}

async function issueOnce(db: Knex, eventId: string, issuedOn: string): Promise<IssuedCertificate[]> {
  return db.transaction(async (trx) => {
    // A write before any read: SQLite then takes the write lock now, waiting (busy timeout) for another PC's
    // issuing to finish, instead of failing later when a read transaction cannot become a write one.
    await trx('certificates').whereRaw('1 = 0').update({ sequence: trx.raw('??', ['sequence']) });
    const event = await loadEvent(trx, eventId);
    if (event.status === 'cancelled') throw new ServiceError('validation', 'Wydarzenie zostało odwołane: nie wydaje się dla niego zaświadczeń.');
    const firstDay = eventDays(event.startsAt, event.endsAt)[0]!;
    if (issuedOn < firstDay) {
      throw new ServiceError('validation', `Data wydania zaświadczenia nie może być wcześniejsza niż pierwszy dzień wydarzenia (${formatDayDots(firstDay)}).`, {
        issuedOn: 'Data wydania jest wcześniejsza niż wydarzenie',
      });
    }

    const candidates = (await trx('event_participants as ep')
      .join('people as p', 'p.id', 'ep.person_id')
      .where('ep.event_id', eventId)
      .whereExists((q) => q.select(trx.raw('1')).from('attendance as a').whereRaw('a.participant_id = ep.id').andWhere('a.status', 'present'))
      .whereNotExists((q) => q.select(trx.raw('1')).from('certificates as c').whereRaw('c.event_id = ep.event_id').andWhereRaw('c.person_id = ep.person_id'))
      .select('ep.person_id', 'p.first_name', 'p.last_name')) as { person_id: string; first_name: string; last_name: string }[];
    if (candidates.length === 0) return [];

    const people = candidates.map((c) => ({ personId: c.person_id, firstName: c.first_name, lastName: c.last_name })).sort(byPolishName);
    const year = Number(issuedOn.slice(0, 4));
    const highest = (await trx('certificates').where({ year }).max({ max: 'sequence' }).first()) as { max: number | string | null } | undefined;
    let sequence = Number(highest?.max ?? 0);
    const createdAt = nowIso();
    const rows = people.map((person) => {
      sequence += 1;
      return {
        id: newId('cer'),
        number: `${sequence}/${year}`,
        year,
        sequence,
        issued_on: issuedOn,
        event_id: eventId,
        person_id: person.personId,
        created_at: createdAt,
      };
    });
    for (let i = 0; i < rows.length; i += 400) await trx('certificates').insert(rows.slice(i, i + 400));
    return rows.map((row, i) =>
      toIssued({ ...row, first_name: people[i]!.firstName, last_name: people[i]!.lastName }),
    );
  });
}

/**
 * Numbers a certificate for every participant marked present on at least one day who has none for this event
 * yet, in Polish order of names; returns the ones issued now (none when everyone has one).
 */
export async function issueCertificates(db: Knex, options: IssueCertificatesOptions, today: string = warsawToday()): Promise<IssuedCertificate[]> {
  const issuedOn = options.issuedOn ?? today;
  // Two offices' workstations on one PostgreSQL server may take the same next number at once: the unique
  // constraint refuses the second, which then numbers again from the new highest.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await issueOnce(db, options.eventId, issuedOn);
    } catch (error) {
      if (attempt < 4 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// The register

export interface CertificateRegisterQuery {
  year?: number | null;
  eventId?: string | null;
}

/** Issued certificates by year and number, with the person and the event. */
export async function certificateRegister(db: Knex, query: CertificateRegisterQuery = {}): Promise<CertificateRegisterRow[]> {
  const q = db('certificates as c')
    .join('people as p', 'p.id', 'c.person_id')
    .join('events as e', 'e.id', 'c.event_id')
    .select('c.id', 'c.number', 'c.year', 'c.sequence', 'c.issued_on', 'c.event_id', 'c.person_id', 'p.first_name', 'p.last_name', 'e.title', 'e.type', 'e.starts_at', 'e.ends_at')
    .orderBy([{ column: 'c.year' }, { column: 'c.sequence' }]);
  if (query.year) q.where('c.year', query.year);
  if (query.eventId) q.where('c.event_id', query.eventId);
  const rows = (await q) as (RawCertificate & { title: string; type: string; starts_at: string; ends_at: string })[];
  return rows.map((row) => ({
    ...toIssued(row),
    eventTitle: row.title,
    eventType: row.type,
    eventStartsOn: warsawDay(row.starts_at),
    eventEndsOn: eventDays(row.starts_at, row.ends_at).at(-1)!,
    eventDates: formatEventDates(row.starts_at, row.ends_at),
  }));
}

export async function printCertificateRegister(ctx: ServiceContext, query: CertificateRegisterQuery = {}): Promise<ExportedFile> {
  const rows = await certificateRegister(ctx.db, query);
  const heading = `REJESTR WYDANYCH ZAŚWIADCZEŃ${query.year ? ` – ${query.year} r.` : ''}`;
  const style = `<style>
table.cr { table-layout: fixed; font-size: 9pt; }
table.cr th { text-align: center; vertical-align: middle; font-size: 8.5pt; }
table.cr td.cr-r { text-align: right; }
.cr-type { font-size: 8pt; color: #333; }
.cr-summary { margin-top: 3mm; }
</style>`;
  const body = [
    style,
    `<h1>${escapeHtml(heading)}</h1>`,
    rows.length === 0
      ? '<p>Nie wydano jeszcze żadnego zaświadczenia.</p>'
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
  const title = `Rejestr wydanych zaświadczeń${query.year ? ` ${query.year}` : ''}`;
  return pdfFile(`rejestr zaświadczeń${query.year ? ` ${query.year}` : ''}`, await ctx.printPdf(printDocumentHtml({ title, bodyHtml: body, footerText: title })));
}

// ---------------------------------------------------------------------------------------------------------
// The certificates

export interface PrintCertificatesOptions {
  eventId: string;
  monochrome?: boolean;
  /** The town of issue; the setting `office.city` when not given, else a dotted line to fill in by hand. */
  placeOfIssue?: string | null;
}

/** One A4 page per certificate of the event, in the order of their numbers. */
export async function printCertificates(ctx: ServiceContext, options: PrintCertificatesOptions): Promise<ExportedFile> {
  const event = await loadEvent(ctx.db, options.eventId);
  const certificates = await certificateRegister(ctx.db, { eventId: event.id });
  if (certificates.length === 0) {
    throw new ServiceError('validation', 'Dla tego wydarzenia nie wydano jeszcze zaświadczeń: najpierw wydaj zaświadczenia uczestnikom obecnym na wydarzeniu.');
  }
  const setting = await eventSetting(ctx.db, event);
  const logo = await projectLogoDataUrl(ctx, event.projectId, options.monochrome ?? false);
  const place = options.placeOfIssue?.trim() || (await readSetting(ctx.db, SETTING_KEYS.officeCity));
  const hours = hoursText(event);

  const style = `<style>
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

  const fact = (label: string, value: string | null) => (value ? `<p><span class="cert-label">${escapeHtml(label)}:</span> ${keepYearTogether(escapeHtml(value))}</p>` : '');
  const sections = certificates.map((certificate) => {
    const issued = `${place ? escapeHtml(place) : '……………………………'}, ${keepYearTogether(escapeHtml(formatDayInWords(certificate.issuedOn)))}`;
    return `<section class="cert">
${logoImg(logo, 'cert-logo')}
<h1 class="cert-title">ZAŚWIADCZENIE nr ${escapeHtml(certificate.number)}</h1>
<p class="cert-lead">Zaświadcza się, że Pani/Pan</p>
<p class="cert-name">${escapeHtml(certificate.personName)}</p>
<p class="cert-text">wziął/wzięła udział ${escapeHtml(eventTypeLocative(event.type))}</p>
<p class="cert-event">„${escapeHtml(event.title)}”</p>
<div class="cert-facts">
${fact('Organizator', setting.organiserName ?? setting.officeName)}
${fact(setting.dates.includes('–') ? 'W dniach' : 'W dniu', setting.dates)}
${fact('Miejsce', event.place)}
${fact('Wymiar', hours)}
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
  return pdfFile(`zaświadczenia ${shorten(event.title, 90)}`, await ctx.printPdf(printDocumentHtml({ title, bodyHtml: [style, ...sections].join('\n') })));
}
