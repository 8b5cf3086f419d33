/**
 * Zaświadczenia: certificates of participation. Issuing numbers every participant who meets the event's rule
 * (certificateRule.ts: 80% of its hours unless the event or its project says otherwise) and has none for it yet, "<sequence>/<year>" continuing the year's highest number, in one transaction
 * (the table's unique constraints guard the numbering). Kept in a register of issued certificates; both
 * printed by their document kinds (documents/kinds).
 */
import type { Knex } from 'knex';
import type { CertificateRegisterRow, ExportedFile, IssuedCertificate } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { certificateRegisterDocument, certificatesDocument } from '../documents/kinds';
import { pdfFile, type PrintedDocument } from '../documents';
import { ServiceError } from '../errors';
import { newId, nowIso } from '../ids';
import { eventDays, eventTypeLabel, formatDayDots, formatEventDates, hoursText, warsawDay, warsawToday } from '../language';
import { datedXlsxFile, writeXlsx } from '../tabular';
import { OFFICE_CITY_SETTING_KEY, readSetting } from '../office';
import { projectLogoDataUrl } from '../projects';
import { certificateOf } from './certificateRow';
import { attendanceOf, attendees, certificateRuleOf, reasonLeftOut } from './certificateRule';
import { eventSetting, loadEvent } from './eventData';
import type { CertificateRow, PersonRow } from '../../../db/rows';

export interface IssueCertificatesOptions {
  eventId: string;
  /** YYYY-MM-DD; today (Warsaw) when not given. The year of issue is the year of the numbering. */
  issuedOn?: string | null;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string } | null;
  return !!e && (e.code === '23505' || (e.code === 'SQLITE_CONSTRAINT' && /UNIQUE/i.test(e.message ?? '')));
}

type RawCertificate = CertificateRow & Pick<PersonRow, 'first_name' | 'last_name'>;

function toIssued(row: RawCertificate): IssuedCertificate {
  return { ...certificateOf(row), personName: `${row.first_name} ${row.last_name}` };
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

    // Those who meet the event's rule (its own, its project's or 80% of the hours) and have none for it yet.
    const rule = await certificateRuleOf(trx, event);
    const days = eventDays(event.startsAt, event.endsAt);
    const issued = new Set(((await trx('certificates').where({ event_id: eventId }).select('person_id')) as { person_id: string }[]).map((row) => row.person_id));
    const people = (await attendees(trx, eventId)).filter((a) => !issued.has(a.personId) && reasonLeftOut(rule, event, days, a) === null);
    if (people.length === 0) return [];

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
 * Numbers a certificate for every participant who meets the event's rule and has none for this event yet, in Polish
 * order of names; returns the ones issued now (none when everyone who qualifies has one).
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
  projectId?: string | null;
}

/** Issued certificates by year and number, with the person, the event and its project. */
export async function certificateRegister(db: Knex, query: CertificateRegisterQuery = {}): Promise<CertificateRegisterRow[]> {
  const q = db('certificates as c')
    .join('people as p', 'p.id', 'c.person_id')
    .join('events as e', 'e.id', 'c.event_id')
    .leftJoin('projects as pr', 'pr.id', 'e.project_id')
    .select(
      'c.id',
      'c.number',
      'c.year',
      'c.sequence',
      'c.issued_on',
      'c.event_id',
      'c.person_id',
      'p.first_name',
      'p.last_name',
      'e.title',
      'e.type',
      'e.starts_at',
      'e.ends_at',
      'e.project_id',
      { project_name: 'pr.name' },
    )
    .orderBy([{ column: 'c.year' }, { column: 'c.sequence' }]);
  if (query.year) q.where('c.year', query.year);
  if (query.eventId) q.where('c.event_id', query.eventId);
  if (query.projectId) q.where('e.project_id', query.projectId);
  const rows = (await q) as (RawCertificate & { title: string; type: string; starts_at: string; ends_at: string; project_id: string | null; project_name: string | null })[];
  return rows.map((row) => ({
    ...toIssued(row),
    eventTitle: row.title,
    eventType: row.type,
    eventStartsOn: warsawDay(row.starts_at),
    eventEndsOn: eventDays(row.starts_at, row.ends_at).at(-1)!,
    eventDates: formatEventDates(row.starts_at, row.ends_at),
    projectId: row.project_id ?? null,
    projectName: row.project_name ?? null,
  }));
}

/** What the register is limited to, in words for its heading: "projekt „Razem”", "wydarzenie „Szkolenie…”". */
async function registerScope(db: Knex, query: CertificateRegisterQuery): Promise<string | null> {
  const parts: string[] = [];
  if (query.projectId) {
    const project: { name: string } | undefined = await db('projects').where({ id: query.projectId }).first('name');
    if (project) parts.push(`projekt „${project.name}”`);
  }
  if (query.eventId) {
    const event: { title: string } | undefined = await db('events').where({ id: query.eventId }).first('title');
    if (event) parts.push(`wydarzenie „${event.title}”`);
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

export async function printCertificateRegister(ctx: ServiceContext, query: CertificateRegisterQuery = {}): Promise<ExportedFile> {
  const rows = await certificateRegister(ctx.db, query);
  return pdfFile(ctx, certificateRegisterDocument({ rows, year: query.year ?? null, scope: await registerScope(ctx.db, query) }));
}

/** The register as a spreadsheet: one row per certificate, dates as real dates, the filters in the file's name. */
export async function exportCertificateRegister(db: Knex, query: CertificateRegisterQuery = {}): Promise<ExportedFile> {
  const rows = await certificateRegister(db, query);
  const bytes = await writeXlsx(
    query.year ? `Zaświadczenia ${query.year}` : 'Zaświadczenia',
    [
      { header: 'Lp.', kind: 'number' },
      { header: 'Nr zaświadczenia', kind: 'text' },
      { header: 'Data wydania', kind: 'date' },
      { header: 'Imię i nazwisko' },
      { header: 'Wydarzenie' },
      { header: 'Rodzaj wydarzenia' },
      { header: 'Początek wydarzenia', kind: 'date' },
      { header: 'Koniec wydarzenia', kind: 'date' },
      { header: 'Projekt' },
    ],
    rows.map((row, index) => [index + 1, row.number, row.issuedOn, row.personName, row.eventTitle, eventTypeLabel(row.eventType), row.eventStartsOn, row.eventEndsOn, row.projectName]),
  );
  const base64 = Buffer.from(bytes).toString('base64');
  return query.year ? { fileName: `rejestr zaświadczeń ${query.year}.xlsx`, contentBase64: base64 } : datedXlsxFile('rejestr zaświadczeń', bytes);
}

// ---------------------------------------------------------------------------------------------------------
// The certificates

export interface PrintCertificatesOptions {
  eventId: string;
  monochrome?: boolean;
  /** The town of issue; the setting `office.city` when not given, else a dotted line to fill in by hand. */
  placeOfIssue?: string | null;
}

/** The certificates' one HTML, for the PDF and for paper: one A4 page each, in the order of their numbers. */
export async function certificatesHtml(ctx: ServiceContext, options: PrintCertificatesOptions): Promise<PrintedDocument> {
  const event = await loadEvent(ctx.db, options.eventId);
  const certificates = await certificateRegister(ctx.db, { eventId: event.id });
  if (certificates.length === 0) {
    throw new ServiceError('validation', 'Dla tego wydarzenia nie wydano jeszcze zaświadczeń: najpierw wydaj zaświadczenia uczestnikom obecnym na wydarzeniu.');
  }
  const setting = await eventSetting(ctx.db, event);
  const logoDataUrl = await projectLogoDataUrl(ctx, event.projectId, options.monochrome ?? false);
  const placeOfIssue = options.placeOfIssue?.trim() || (await readSetting(ctx.db, OFFICE_CITY_SETTING_KEY));
  // Each certificate states the days and hours its person attended, and addresses them by their form of address.
  const days = eventDays(event.startsAt, event.endsAt);
  const byPerson = new Map((await attendees(ctx.db, event.id)).map((a) => [a.personId, a]));
  const stated = certificates.map((certificate) => {
    const attendee = byPerson.get(certificate.personId);
    const attended = attendee && attendee.presentDays.some((day) => days.includes(day)) ? attendanceOf(event, days, attendee) : null;
    return {
      ...certificate,
      formOfAddress: attendee?.formOfAddress ?? null,
      // Attendance cleared after issuing: the certificate still prints, with the event's own dates and hours.
      daysText: attended?.daysText ?? setting.dates,
      hoursText: attended ? attended.hoursText : hoursText(event),
    };
  });
  return certificatesDocument({ event, setting, certificates: stated, placeOfIssue, logoDataUrl });
}

export async function printCertificates(ctx: ServiceContext, options: PrintCertificatesOptions): Promise<ExportedFile> {
  return pdfFile(ctx, await certificatesHtml(ctx, options));
}
