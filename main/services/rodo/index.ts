/**
 * Personal data under RODO (GDPR): everything kept about one person, exported (art. 15) as JSON or PDF; a person
 * anonymised (art. 17) so that nobody can tell who they were while every count stays as it was (their
 * participations, attendance marks and certificates keep their rows, only the identity goes); the retention period
 * after a project's end (ESF rules: 10 years by default) with the list of people whose period has ended; and the
 * information clause printed under attendance lists.
 */
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import {
  ANONYMISED_FIRST_NAME,
  RODO_DEFAULT_RETENTION_YEARS,
  RODO_SETTING_KEYS,
  type AuditValues,
  type ExportedFile,
  type Person,
  type RodoDuePerson,
  type RodoExportFormat,
  type RodoPersonData,
  type RodoSettings,
  type RodoSettingsSave,
} from '../../../preload/contract';
import { auditAboutPerson, claimWriteLock, redactPersonInAudit } from '../audit';
import type { ServiceContext } from '../context';
import { personSearchText } from '../searchText';
import { documentFile, pdfFile } from '../documents';
import { rodoExportDocument, rodoExportFileStem } from '../documents/kinds';
import { defaultRodoClause } from '../eventDocuments/rodo';
import { warsawToday } from '../language';
import { officeName, readSetting } from '../office';
import { notFound, ServiceError, staleVersion } from '../errors';
import { nowIso } from '../ids';
import { comparePeople, getPerson } from '../people';
import { updateVersioned, type RecordKind } from '../versioned';

const PEOPLE: RecordKind = { table: 'people', what: 'osoba' };

/** The columns that tell who a person is; anonymising clears them (names become the anonymous ones). */
const IDENTITY_COLUMNS = ['first_name', 'last_name', 'form_of_address', 'position', 'email', 'phone', 'notes'];

// ---------------------------------------------------------------------------------------------------------
// Settings

async function writeSetting(db: Knex, key: string, value: string | null): Promise<void> {
  if (value === null) await db('settings').where({ key }).delete();
  else await db('settings').insert({ key, value }).onConflict('key').merge();
}

async function retentionYears(db: Knex): Promise<number> {
  const stored = await readSetting(db, RODO_SETTING_KEYS.retentionYears);
  const years = stored && /^\d{1,2}$/.test(stored) ? Number(stored) : NaN;
  return years >= 1 ? years : RODO_DEFAULT_RETENTION_YEARS;
}

async function defaultClause(db: Knex): Promise<string> {
  return defaultRodoClause(await officeName(db), null);
}

export async function getRodoSettings(db: Knex): Promise<RodoSettings> {
  const own = await readSetting(db, RODO_SETTING_KEYS.clause);
  const fallback = await defaultClause(db);
  return { retentionYears: await retentionYears(db), clause: own ?? fallback, clauseIsOwn: own !== null, defaultClause: fallback };
}

/**
 * Saves the retention years and the clause. A blank clause, or the default one unchanged, is not stored: attendance
 * lists then print the default, which names the office and the event's project.
 */
export async function saveRodoSettings(db: Knex, input: RodoSettingsSave): Promise<RodoSettings> {
  const fallback = await defaultClause(db);
  const clause = input.clause && input.clause.replace(/\r\n/g, '\n').trim() !== fallback.trim() ? input.clause.replace(/\r\n/g, '\n') : null;
  await db.transaction(async (trx) => {
    await writeSetting(trx, RODO_SETTING_KEYS.retentionYears, String(input.retentionYears));
    await writeSetting(trx, RODO_SETTING_KEYS.clause, clause);
  });
  return getRodoSettings(db);
}

// ---------------------------------------------------------------------------------------------------------
// Retention

/** A calendar day `years` later (29 February becomes 28 February in a common year). */
export function addYears(day: string, years: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const last = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(date, last)).padStart(2, '0')}`;
}

interface Activity {
  person_id: string;
  n: number | string;
  ended: number | string;
  last_end: string | null;
}

/** Per person: how many rows, how many of them in a project with an end date, and the latest end. */
async function activityOf(db: Knex, table: 'event_participants' | 'event_leaders'): Promise<Map<string, Activity>> {
  const rows: Activity[] = await db(`${table} as x`)
    .join('events as e', 'e.id', 'x.event_id')
    .leftJoin('projects as pr', 'pr.id', 'e.project_id')
    .groupBy('x.person_id')
    .select('x.person_id')
    .count({ n: '*' })
    .count({ ended: 'pr.end_date' })
    .max({ last_end: 'pr.end_date' });
  return new Map(rows.map((row) => [row.person_id, row]));
}

/**
 * People whose data the office has no reason to keep any more: they took part in events, every one of them (and
 * every one they led) belongs to a project that ended more than the retention years before `today`; they are not
 * the office's own staff, not the current representative of a member institution, a person still in a team nor the
 * animator of a working partnership, and not anonymised yet. Each with the day their retention period ended, earliest first.
 */
export async function rodoDue(db: Knex, today: string | null): Promise<RodoDuePerson[]> {
  const day = today ?? warsawToday();
  const years = await retentionYears(db);
  const participations = await activityOf(db, 'event_participants');
  const leading = await activityOf(db, 'event_leaders');
  const staff = new Set((await db('person_roles').where({ role: 'staff' }).pluck('person_id')) as string[]);
  const representatives = new Set((await db('partnership_members').whereNull('left_on').whereNotNull('representative_person_id').pluck('representative_person_id')) as string[]);
  const animators = new Set((await db('partnerships').whereNull('ended_on').whereNotNull('animator_person_id').pluck('animator_person_id')) as string[]);
  // People still in a team keep their data while they are there.
  for (const id of (await db('partnership_team_people').whereNull('to_on').pluck('person_id')) as string[]) representatives.add(id);

  const candidates: { personId: string; lastEnd: string; participations: number }[] = [];
  for (const [personId, taking] of participations) {
    if (staff.has(personId) || representatives.has(personId) || animators.has(personId)) continue;
    const led = leading.get(personId);
    if (Number(taking.ended) !== Number(taking.n) || (led && Number(led.ended) !== Number(led.n))) continue;
    const lastEnd = [taking.last_end, led?.last_end].filter((end): end is string => Boolean(end)).sort().at(-1);
    if (!lastEnd || addYears(lastEnd, years) >= day) continue;
    candidates.push({ personId, lastEnd, participations: Number(taking.n) });
  }

  const due: RodoDuePerson[] = [];
  for (let i = 0; i < candidates.length; i += 500) {
    const chunk = candidates.slice(i, i + 500);
    const people: { id: string; version: number; first_name: string; last_name: string; institution_name: string | null }[] = await db('people as p')
      .leftJoin('institutions as i', 'i.id', 'p.institution_id')
      .whereIn(
        'p.id',
        chunk.map((c) => c.personId),
      )
      .whereNot('p.first_name', ANONYMISED_FIRST_NAME)
      .select('p.id', 'p.version', 'p.first_name', 'p.last_name', { institution_name: 'i.name' });
    const byId = new Map(people.map((person) => [person.id, person]));
    for (const candidate of chunk) {
      const person = byId.get(candidate.personId);
      if (!person) continue;
      const project = (await db('projects as pr')
        .whereIn('pr.id', db('events as e').join('event_participants as ep', 'ep.event_id', 'e.id').where('ep.person_id', candidate.personId).whereNotNull('e.project_id').select('e.project_id'))
        .where('pr.end_date', candidate.lastEnd)
        .orderBy('pr.name')
        .first('pr.name')) as { name: string } | undefined;
      due.push({
        personId: person.id,
        version: Number(person.version),
        firstName: person.first_name,
        lastName: person.last_name,
        institutionName: person.institution_name,
        participations: candidate.participations,
        lastProjectName: project?.name ?? '',
        lastProjectEnd: candidate.lastEnd,
        retentionEndedOn: addYears(candidate.lastEnd, years),
      });
    }
  }
  return due.sort((a, b) => a.retentionEndedOn.localeCompare(b.retentionEndedOn) || comparePeople(a, b));
}

// ---------------------------------------------------------------------------------------------------------
// Anonymisation

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function anonymousCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)]).join('');
}

export function isAnonymised(person: Pick<Person, 'firstName'>): boolean {
  return person.firstName === ANONYMISED_FIRST_NAME;
}

/** Every first and last name the person had, from their record and its history: the phrases to blank. */
async function namesInHistory(db: Knex, personId: string, current: { first_name: string; last_name: string }): Promise<{ first: Set<string>; last: Set<string> }> {
  const first = new Set([current.first_name]);
  const last = new Set([current.last_name]);
  const rows: { before_json: string | null; after_json: string | null }[] = await db('audit_log').where({ table_name: 'people', record_id: personId }).select('before_json', 'after_json');
  for (const row of rows) {
    for (const text of [row.before_json, row.after_json]) {
      if (!text) continue;
      try {
        const values = JSON.parse(text) as AuditValues;
        if (typeof values.first_name === 'string') first.add(values.first_name);
        if (typeof values.last_name === 'string') last.add(values.last_name);
      } catch {
        // an entry that is not JSON names nobody
      }
    }
  }
  return { first, last };
}

/**
 * Removes a person's identity: the names become "Osoba zanonimizowana" and a short code, e-mail, phone, position and
 * notes are cleared, the search text is rebuilt; the institution, roles, participations, attendance and certificates
 * stay, so every report counts as before. The audit log's entries about the person lose the identity too.
 */
export async function anonymisePerson(db: Knex, personId: string, version: number): Promise<Person> {
  await db.transaction(async (trx) => {
    await claimWriteLock(trx);
    const row = (await trx('people').where({ id: personId }).first()) as
      | { version: number; first_name: string; last_name: string; email: string | null; phone: string | null }
      | undefined;
    if (!row) throw notFound(PEOPLE.what);
    if (Number(row.version) !== version) throw staleVersion(PEOPLE.what);
    if (row.first_name === ANONYMISED_FIRST_NAME) throw new ServiceError('conflict', 'Dane tej osoby zostały już zanonimizowane.');
    let code = anonymousCode();
    while (await trx('people').where({ first_name: ANONYMISED_FIRST_NAME, last_name: code }).first('id')) code = anonymousCode();
    const anonymous = {
      first_name: ANONYMISED_FIRST_NAME,
      last_name: code,
      form_of_address: null,
      position: null,
      email: null,
      phone: null,
      notes: null,
      search_text: personSearchText(ANONYMISED_FIRST_NAME, code, null),
    };
    const { first, last } = await namesInHistory(trx, personId, row);
    await updateVersioned(trx, PEOPLE, personId, version, anonymous, { after: { rodo: 'anonimizacja' } });
    // Free text elsewhere in the log may name the person: their full names (both orders) and e-mail go too.
    const phrases = [...first].flatMap((f) => [...last].flatMap((l) => [`${f} ${l}`, `${l} ${f}`]));
    if (row.email) phrases.push(row.email);
    await redactPersonInAudit(trx, personId, IDENTITY_COLUMNS, anonymous, phrases);
  });
  return getPerson(db, personId);
}

// ---------------------------------------------------------------------------------------------------------
// Export of one person's data

export async function personData(db: Knex, personId: string): Promise<RodoPersonData> {
  const person = await getPerson(db, personId);
  const memberships: { partnership_id: string; partnership_name: string; institution_name: string; joined_on: string; left_on: string | null; declaration_signed_on: string | null }[] =
    await db('partnership_members as m')
      .join('partnerships as p', 'p.id', 'm.partnership_id')
      .join('institutions as i', 'i.id', 'm.institution_id')
      .where('m.representative_person_id', personId)
      .orderBy('m.joined_on')
      .select('m.partnership_id', { partnership_name: 'p.name', institution_name: 'i.name' }, 'm.joined_on', 'm.left_on', 'm.declaration_signed_on');
  const animatorOf: { id: string; name: string }[] = await db('partnerships').where({ animator_person_id: personId }).orderBy('name').select('id', 'name');
  const teamRoles: { partnership_id: string; partnership_name: string; institution_name: string; role: string; from_on: string; to_on: string | null }[] = await db('partnership_team_people as t')
    .join('partnerships as p', 'p.id', 't.partnership_id')
    .join('partnership_members as m', 'm.id', 't.member_id')
    .join('institutions as i', 'i.id', 'm.institution_id')
    .where('t.person_id', personId)
    .orderBy('t.from_on')
    .orderBy('t.id')
    .select('t.partnership_id', { partnership_name: 'p.name', institution_name: 'i.name' }, 't.role', 't.from_on', 't.to_on');
  const participations: {
    id: string;
    event_id: string;
    title: string;
    type: string;
    status: string;
    starts_at: string;
    ends_at: string;
    place: string | null;
    project_name: string | null;
    institution_name: string | null;
    walk_in: boolean | number;
    hours: number | null;
  }[] = await db('event_participants as ep')
    .join('events as e', 'e.id', 'ep.event_id')
    .leftJoin('projects as pr', 'pr.id', 'e.project_id')
    .leftJoin('institutions as i', 'i.id', 'ep.institution_id')
    .where('ep.person_id', personId)
    .orderBy('e.starts_at')
    .select('ep.id', 'ep.event_id', 'e.title', 'e.type', 'e.status', 'e.starts_at', 'e.ends_at', 'e.place', { project_name: 'pr.name', institution_name: 'i.name' }, 'ep.walk_in', 'ep.hours');
  const marks: { participant_id: string; day: string; status: string }[] = await db('attendance as a')
    .join('event_participants as ep', 'ep.id', 'a.participant_id')
    .where('ep.person_id', personId)
    .orderBy('a.day')
    .select('a.participant_id', 'a.day', 'a.status');
  const leaderRoles: { event_id: string; title: string; starts_at: string; role: string }[] = await db('event_leaders as l')
    .join('events as e', 'e.id', 'l.event_id')
    .where('l.person_id', personId)
    .orderBy('e.starts_at')
    .select('l.event_id', 'e.title', 'e.starts_at', 'l.role');
  const certificates: { number: string; issued_on: string; title: string }[] = await db('certificates as c')
    .join('events as e', 'e.id', 'c.event_id')
    .where('c.person_id', personId)
    .orderBy('c.year')
    .orderBy('c.sequence')
    .select('c.number', 'c.issued_on', 'e.title');
  return {
    exportedAt: nowIso(),
    person: {
      id: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      formOfAddress: person.formOfAddress,
      position: person.position,
      email: person.email,
      phone: person.phone,
      notes: person.notes,
      roles: person.roles,
      institution: person.institutionId ? { id: person.institutionId, name: person.institutionName ?? '' } : null,
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
    },
    memberships: memberships.map((m) => ({
      partnershipId: m.partnership_id,
      partnershipName: m.partnership_name,
      institutionName: m.institution_name,
      joinedOn: m.joined_on,
      leftOn: m.left_on,
      declarationSignedOn: m.declaration_signed_on,
    })),
    animatorOf: animatorOf.map((p) => ({ partnershipId: p.id, partnershipName: p.name })),
    teamRoles: teamRoles.map((t) => ({ partnershipId: t.partnership_id, partnershipName: t.partnership_name, institutionName: t.institution_name, role: t.role, fromOn: t.from_on, toOn: t.to_on })),
    participations: participations.map((p) => ({
      eventId: p.event_id,
      title: p.title,
      type: p.type,
      status: p.status,
      startsAt: p.starts_at,
      endsAt: p.ends_at,
      place: p.place,
      projectName: p.project_name,
      institutionName: p.institution_name,
      walkIn: Boolean(p.walk_in),
      hours: p.hours === null ? null : Number(p.hours),
      attendance: marks.filter((mark) => mark.participant_id === p.id).map((mark) => ({ day: mark.day, status: mark.status })),
    })),
    leaderRoles: leaderRoles.map((l) => ({ eventId: l.event_id, title: l.title, startsAt: l.starts_at, role: l.role })),
    certificates: certificates.map((c) => ({ number: c.number, issuedOn: c.issued_on, eventTitle: c.title })),
    audit: await auditAboutPerson(db, personId),
  };
}

export async function exportPersonData(ctx: ServiceContext, personId: string, format: RodoExportFormat): Promise<ExportedFile> {
  const data = await personData(ctx.db, personId);
  if (format === 'json') return documentFile(rodoExportFileStem(data), 'json', Buffer.from(JSON.stringify(data, null, 2), 'utf8'));
  return pdfFile(ctx, rodoExportDocument(data));
}
