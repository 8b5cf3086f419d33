/**
 * Writing a checked exchange document: an idempotent upsert, record by record. A record the register already
 * holds unchanged is not touched (it keeps its version and timestamps); a changed one is rewritten with its
 * version + 1; a new one is added. Lists inside a record (phases, members, participants…) are the file's: what
 * the file no longer lists is removed from that record. Records the file does not mention are left alone.
 * Runs inside the caller's transaction.
 *
 * The audit log gets an `import` entry for every record of the registers the import adds (all its values) or
 * changes (the changed values before and after), in the same transaction; child rows the file no longer lists
 * get `delete` entries. An event's participants and attendance marks are one column of the event's entry
 * (`participants`, each with its marks by day) rather than an entry per row: see ImportLog.
 */
import type { Knex } from 'knex';
import {
  AUDIT_TABLES,
  CERTIFICATE_NUMBER_PATTERN,
  EXCHANGE_ENTITIES,
  EXCHANGE_RECORD_SCHEMAS,
  MACROREGION_NUMBERS,
  PARTNERSHIP_KIND_CODES,
  type ExchangeCount,
  type ExchangeEntity,
  type ExchangeRecord,
} from '../../../preload/contract';
import { AUDIT_LOG, auditRow, diffOf, parentOf, snapshotOf, withContext, type AuditChange } from '../audit';
import { leaderList } from '../events/auditSnapshot';
import { projectDetails } from '../projects/auditSnapshot';
import { DEFAULT_TEMPLATES } from '../documents/template';
import { newId } from '../ids';
import { isBuiltInTemplate, OFFICE_NAME_SETTING, OFFICE_VOIVODESHIP_SETTING } from './exportDocument';
import {
  groupBy,
  insertRows,
  rowsWhereIn,
  sameRow,
  sameRows,
  type AgreementRow,
  type AttendanceRow,
  type CaseRow,
  type CertificateRow,
  type EventRow,
  type GoalRow,
  type IndicatorRow,
  type InstitutionRow,
  type LeaderRow,
  type MemberRow,
  type OfferRow,
  type ParticipantRow,
  type PartnershipRow,
  type PartyRow,
  type PersonRow,
  type PhaseRow,
  type ProjectRow,
  type Row,
  type SeriesRow,
  type TargetRow,
  type TemplateRow,
} from './rows';
import { eventDays, toStoredInstant } from './time';
import type { CheckedFile } from './validate';
import { agreementSearchText, eventSearchText, institutionSearchText, partnershipSearchText, personSearchText } from '../searchText';

type Outcome = keyof ExchangeCount;
export type ExchangeCounts = Record<ExchangeEntity, ExchangeCount>;

export function emptyCounts(): ExchangeCounts {
  return Object.fromEntries(EXCHANGE_ENTITIES.map((entity) => [entity, { added: 0, updated: 0, unchanged: 0 }])) as ExchangeCounts;
}

/** Whether changes of a table are audited (series and certificates are not). */
const isAudited = (table: string) => Object.hasOwn(AUDIT_TABLES, table);

/**
 * The import's audit entries, collected and inserted in bulk with the rows they describe. Participants and marks
 * are values of their event's entry, not entries of their own: at 500 000 marks an entry per participant and per
 * mark (989 642 entries against 77 714) took 1.7 times the import's CPU time (docs/exchange-format.md, "Audit"),
 * while the event's entry keeps the same values — who took part, from which institution, each day's status —
 * before and after.
 */
class ImportLog {
  private entries: AuditChange[] = [];

  constructor(
    private readonly userName: string,
    private readonly at: string,
  ) {}

  /** A record added (`before` null: all its values) or changed (the changed values); nothing when nothing changed. */
  imported(table: string, id: string, before: Row | null, after: Row): void {
    if (!isAudited(table)) return;
    const parent = parentOf(table, after);
    if (before === null) {
      this.entries.push({ table, recordId: id, parent, action: 'import', before: null, after: snapshotOf(after) });
      return;
    }
    const diff = diffOf(before, after);
    if (diff) this.entries.push({ table, recordId: id, parent, action: 'import', ...withContext(table, before, diff) });
  }

  /** A child row the file no longer lists, removed from its record. */
  removed(table: string, before: Row): void {
    if (isAudited(table)) this.entries.push({ table, recordId: String(before.id), parent: parentOf(table, before), action: 'delete', before: snapshotOf(before), after: null });
  }

  get size(): number {
    return this.entries.length;
  }

  async flush(db: Knex): Promise<void> {
    if (this.entries.length === 0) return;
    const rows = this.entries.map((change) => auditRow(change, this.at, this.userName));
    this.entries = [];
    await insertRows(db, AUDIT_LOG, rows);
  }
}

/**
 * Rows collected while records are compared, written in foreign-key order whenever a few thousand have gathered
 * (and at the end of each step), so memory holds a bounded batch, never a whole step's 400 000 participants.
 */
const FLUSH_AT = 4000;

class Inserts {
  private readonly rows = new Map<string, Row[]>();
  private pending = 0;

  constructor(
    private readonly db: Knex,
    readonly log: ImportLog,
  ) {}

  add(table: string, row: Row): void {
    const list = this.rows.get(table);
    if (list) list.push(row);
    else this.rows.set(table, [row]);
    this.pending++;
  }

  /** Writes what is pending once a batch has gathered; `order` lists every table pending, parents first. */
  async flushIfFull(order: string[]): Promise<void> {
    if (this.pending + this.log.size >= FLUSH_AT) await this.flush(order);
  }

  async flush(order: string[]): Promise<void> {
    for (const table of order) {
      const rows = this.rows.get(table);
      this.rows.delete(table);
      if (rows) await insertRows(this.db, table, rows);
    }
    if (this.rows.size) throw new Error(`rows of ${[...this.rows.keys()].join(', ')} left unwritten`);
    this.pending = 0;
    await this.log.flush(this.db);
  }
}

/** What every step writes with: the transaction, the pending inserts (with the audit entries), the import's time. */
interface Writing {
  db: Knex;
  inserts: Inserts;
  now: string;
}

/** Values of a record that are not its columns (a person's roles, an event's participants), for its audit entry. */
interface Details {
  before?: Row;
  after?: Row;
}

/**
 * Inserts a new record (queued with the step's inserts, or at once when `queue` is false: rows that later rows
 * of the same step refer to), updates a changed one (version + 1), leaves an unchanged one alone.
 */
async function upsert(
  w: Writing,
  table: string,
  id: string,
  wanted: Row,
  extra: Row,
  stored: (Row & { version: number }) | undefined,
  partsChanged: boolean,
  details: Details = {},
  queue = true,
): Promise<Outcome> {
  if (!stored) {
    const row = { id, version: 1, ...wanted, ...extra, created_at: w.now, updated_at: w.now };
    if (queue) w.inserts.add(table, row);
    else await w.db(table).insert(row);
    w.inserts.log.imported(table, id, null, { ...wanted, ...details.after });
    return 'added';
  }
  if (!partsChanged && sameRow(stored, wanted)) return 'unchanged';
  await w
    .db(table)
    .where({ id })
    .update({ ...wanted, ...extra, version: stored.version + 1, updated_at: w.now });
  w.inserts.log.imported(table, id, { ...stored, ...details.before }, { ...wanted, ...details.after });
  return 'updated';
}

/** Keyed parts of a record (by id): removes, updates and adds so the stored parts become `wanted`; true if any changed. */
async function syncParts(w: Writing, table: string, stored: Row[], wanted: Row[], onInsert: Row = {}): Promise<boolean> {
  const storedById = new Map(stored.map((row) => [row.id as string, row]));
  const wantedIds = new Set(wanted.map((row) => row.id as string));
  let changed = false;
  const gone = stored.filter((row) => !wantedIds.has(row.id as string));
  if (gone.length) {
    changed = true;
    for (let i = 0; i < gone.length; i += 500) await w.db(table).whereIn('id', gone.slice(i, i + 500).map((row) => row.id as string)).delete();
    for (const row of gone) w.inserts.log.removed(table, row);
  }
  for (const row of wanted) {
    const before = storedById.get(row.id as string);
    if (!before) {
      changed = true;
      w.inserts.add(table, { ...row, ...onInsert });
      w.inserts.log.imported(table, row.id as string, null, row);
    } else if (!sameRow(before, row)) {
      changed = true;
      await w.db(table).where({ id: row.id as string }).update(row);
      w.inserts.log.imported(table, row.id as string, before, row);
    }
  }
  return changed;
}

const byKey = <T>(key: (row: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Records per chunk: the register's rows for a chunk are read at once, then the chunk is compared and queued. */
const CHUNK = 500;

/** A list's records, parsed again (they passed the check), `size` at a time. */
function* chunksOf<E extends ExchangeEntity>(file: CheckedFile, entity: E, size = CHUNK): Generator<ExchangeRecord<E>[]> {
  const schema = EXCHANGE_RECORD_SCHEMAS[entity];
  let chunk: ExchangeRecord<E>[] = [];
  for (const item of file.source.items(entity)) {
    chunk.push(schema.parse(item) as ExchangeRecord<E>);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/**
 * Writes a checked file inside the caller's transaction, list by list in foreign-key order (institutions, people,
 * projects, templates, partnerships, agreements, series, events, certificates), reading each list from the file
 * again a chunk at a time.
 */
export async function writeDocument(db: Knex, doc: CheckedFile, now: string, userName: string): Promise<ExchangeCounts> {
  const counts = emptyCounts();
  const count = (entity: ExchangeEntity, outcome: Outcome) => counts[entity][outcome]++;
  const inserts = new Inserts(db, new ImportLog(userName, now));
  const w: Writing = { db, inserts, now };
  const exportDay = doc.exportedAt.slice(0, 10);

  // Office: written only where the register has none. ----------------------------------------------------
  for (const [key, value] of [
    [OFFICE_NAME_SETTING, doc.office.name],
    [OFFICE_VOIVODESHIP_SETTING, doc.office.voivodeshipTeryt],
  ] as const) {
    if (value && !(await db('settings').where({ key }).first('key'))) await db('settings').insert({ key, value });
  }

  // Institutions -------------------------------------------------------------------------------------------
  for (const chunk of chunksOf(doc, 'institutions')) {
    const storedInstitutions = new Map((await rowsWhereIn<InstitutionRow>(db, 'institutions', 'id', chunk.map((value) => value.id))).map((row) => [row.id, row]));
    for (const value of chunk) {
      const wanted = {
        name: value.name,
        short_name: value.shortName,
        type: value.type,
        teryt_code: value.teryt,
        street: value.address?.street ?? null,
        postal_code: value.address?.postalCode ?? null,
        city: value.address?.city ?? null,
        nip: value.nip,
        regon: value.regon,
        email: value.email,
        phone: value.phone,
        website: value.website,
        notes: value.notes,
        active: value.active,
      };
      const search = { search_text: institutionSearchText(value.name, value.shortName, value.address?.city) };
      count('institutions', await upsert(w, 'institutions', value.id, wanted, search, storedInstitutions.get(value.id) as never, false));
      await inserts.flushIfFull(['institutions']);
    }
  }
  await inserts.flush(['institutions']);

  // People ----------------------------------------------------------------------------------------------------
  for (const chunk of chunksOf(doc, 'people')) {
    const personIds = chunk.map((value) => value.id);
    const storedPeople = new Map((await rowsWhereIn<PersonRow>(db, 'people', 'id', personIds)).map((row) => [row.id, row]));
    const storedRoles = groupBy(await rowsWhereIn<{ person_id: string; role: string }>(db, 'person_roles', 'person_id', personIds), (row) => row.person_id);
    for (const value of chunk) {
      const wanted = {
        first_name: value.firstName,
        last_name: value.lastName,
        institution_id: value.institutionId,
        position: value.position,
        email: value.email,
        phone: value.phone,
        notes: value.notes,
      };
      const search = { search_text: personSearchText(value.firstName, value.lastName, value.position) };
      const stored = storedPeople.get(value.id);
      const before = (storedRoles.get(value.id) ?? []).map((row) => row.role).sort();
      const rolesChanged = stored !== undefined && before.join(' ') !== value.roles.join(' ');
      if (rolesChanged) await db('person_roles').where({ person_id: value.id }).delete();
      if (!stored || rolesChanged) for (const role of value.roles) inserts.add('person_roles', { person_id: value.id, role });
      const roles = { before: { roles: before }, after: { roles: [...value.roles].sort() } };
      count('people', await upsert(w, 'people', value.id, wanted, search, stored as never, rolesChanged, roles));
      await inserts.flushIfFull(['people', 'person_roles']);
    }
  }
  await inserts.flush(['people', 'person_roles']);

  // Projects with their phases, indicators and targets per phase ------------------------------------------------
  for (const chunk of chunksOf(doc, 'projects')) {
    const projectIds = chunk.map((value) => value.id);
    const storedProjects = new Map((await rowsWhereIn<ProjectRow>(db, 'projects', 'id', projectIds)).map((row) => [row.id, row]));
    const storedPhases = groupBy((await rowsWhereIn<PhaseRow>(db, 'project_phases', 'project_id', projectIds)).sort((a, b) => a.position - b.position), (row) => row.project_id);
    const storedIndicators = groupBy((await rowsWhereIn<IndicatorRow>(db, 'project_indicators', 'project_id', projectIds)).sort((a, b) => a.position - b.position), (row) => row.project_id);
    const storedTargets = groupBy(
      await rowsWhereIn<TargetRow>(db, 'indicator_phase_targets', 'indicator_id', [...storedIndicators.values()].flat().map((row) => row.id)),
      (row) => row.indicator_id,
    );
    for (const value of chunk) {
      const wanted = {
        name: value.name,
        macroregion: value.macroregion === null ? null : MACROREGION_NUMBERS[value.macroregion],
        gmina_kind: value.gminaKind,
        start_date: value.startDate,
        end_date: value.endDate,
        cofinancing_clause: value.cofinancingClause,
        notes: value.notes,
      };
      const stored = storedProjects.get(value.id);
      const phasesBefore = storedPhases.get(value.id) ?? [];
      const indicatorsBefore = storedIndicators.get(value.id) ?? [];
      const phases = value.phases.map((phase, i) => ({
        id: phase.id ?? phasesBefore[i]?.id ?? newId('faz'),
        project_id: value.id,
        position: i,
        name: phase.name,
        start_date: phase.startDate,
        end_date: phase.endDate,
      }));
      const indicators = value.indicators.map((indicator, i) => ({
        id: indicator.id ?? indicatorsBefore.find((row) => row.code.toLocaleLowerCase('pl') === indicator.code.toLocaleLowerCase('pl'))?.id ?? newId('wsk'),
        project_id: value.id,
        position: i,
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        target: indicator.target,
      }));
      const targets = value.indicators
        .flatMap((indicator, i) => indicator.phaseTargets.map((target) => ({ indicator_id: indicators[i]!.id, phase_id: phases[target.phaseIndex]!.id, target: target.target })))
        .sort(byKey((row) => `${row.indicator_id} ${row.phase_id}`));
      const targetsBefore = indicatorsBefore.flatMap((row) => storedTargets.get(row.id) ?? []).sort(byKey((row) => `${row.indicator_id} ${row.phase_id}`));
      const partsChanged =
        stored !== undefined && (!sameRows(phasesBefore, phases) || !sameRows(indicatorsBefore, indicators) || !sameRows(targetsBefore, targets));
      if (stored && partsChanged) {
        if (indicatorsBefore.length) await db('indicator_phase_targets').whereIn('indicator_id', indicatorsBefore.map((row) => row.id)).delete();
        await db('project_indicators').where({ project_id: value.id }).delete();
        await db('project_phases').where({ project_id: value.id }).delete();
      }
      const projectValues = { before: projectDetails(phasesBefore as unknown as Row[], indicatorsBefore as unknown as Row[]), after: projectDetails(phases, indicators) };
      count('projects', await upsert(w, 'projects', value.id, wanted, {}, stored as never, partsChanged, projectValues));
      if (!stored || partsChanged) {
        for (const row of phases) inserts.add('project_phases', row);
        for (const row of indicators) inserts.add('project_indicators', row);
        for (const row of targets) inserts.add('indicator_phase_targets', row);
      }
      await inserts.flushIfFull(['projects', 'project_phases', 'project_indicators', 'indicator_phase_targets']);
    }
  }
  await inserts.flush(['projects', 'project_phases', 'project_indicators', 'indicator_phase_targets']);

  // Document templates ------------------------------------------------------------------------------------------
  for (const chunk of chunksOf(doc, 'templates')) {
    const storedTemplates = new Map((await rowsWhereIn<TemplateRow>(db, 'document_templates', 'id', chunk.map((value) => value.id))).map((row) => [row.id, row]));
    for (const value of chunk) {
      const stored = storedTemplates.get(value.id);
      const becomesDefault = value.isDefault && !(stored && stored.is_default);
      if (becomesDefault) await db('document_templates').where({ kind: value.kind, is_default: true }).update({ is_default: false });
      const wanted = { kind: value.kind, name: value.name, body: value.body, ...(stored && !becomesDefault ? {} : { is_default: value.isDefault }) };
      count('templates', await upsert(w, 'document_templates', value.id, wanted, {}, stored as never, becomesDefault, {}, false));
    }
  }

  // Partnerships: PZK and G-PZK before the ZZKs under them ---------------------------------------------------------
  // All of them at once (a register has hundreds): the ZZKs are written after every PZK and G-PZK.
  const allPartnerships = [...chunksOf(doc, 'partnerships')].flat();
  const partnershipIds = allPartnerships.map((value) => value.id);
  const storedPartnerships = new Map((await rowsWhereIn<PartnershipRow>(db, 'partnerships', 'id', partnershipIds)).map((row) => [row.id, row]));
  const storedMembers = groupBy(await rowsWhereIn<MemberRow>(db, 'partnership_members', 'partnership_id', partnershipIds), (row) => row.partnership_id);
  const storedOffers = groupBy(await rowsWhereIn<OfferRow>(db, 'service_offers', 'partnership_id', partnershipIds), (row) => row.partnership_id);
  const storedCases = new Map((await rowsWhereIn<CaseRow>(db, 'zzk_cases', 'partnership_id', partnershipIds)).map((row) => [row.partnership_id, row]));
  const caseIds = [...storedCases.values()].map((row) => row.id);
  const storedProblems = groupBy(await rowsWhereIn<{ case_id: string; category: string }>(db, 'zzk_case_problems', 'case_id', caseIds), (row) => row.case_id);
  const storedGoals = groupBy((await rowsWhereIn<GoalRow>(db, 'zzk_goals', 'case_id', caseIds)).sort((a, b) => a.position - b.position), (row) => row.case_id);
  const ordered = allPartnerships.sort((a, b) => Number(a.kind === 'ZZK') - Number(b.kind === 'ZZK'));
  const partnershipParts: (() => Promise<void>)[] = [];
  for (const value of ordered) {
    const kind = PARTNERSHIP_KIND_CODES[value.kind];
    const wanted = {
      kind,
      name: value.name,
      project_id: value.projectId,
      teryt_code: value.teryt,
      leader_institution_id: value.leaderInstitutionId,
      strategic_partner_institution_id: value.strategicPartnerInstitutionId,
      animator_person_id: value.animatorPersonId,
      parent_partnership_id: value.parentId,
      initiated_on: value.initiatedOn,
      formalised_on: value.formedOn,
      ended_on: value.endedOn,
      notes: value.notes,
    };
    const search = { search_text: partnershipSearchText(kind, value.name, value.zzkCase?.code) };
    const stored = storedPartnerships.get(value.id);

    const membersBefore = storedMembers.get(value.id) ?? [];
    const defaultFrom = value.formedOn ?? value.initiatedOn ?? exportDay;
    const members = value.members.map((member) => {
      const from = member.from ?? defaultFrom;
      return {
        id: member.id ?? membersBefore.find((row) => row.institution_id === member.institutionId && row.joined_on === from)?.id ?? newId('mem'),
        partnership_id: value.id,
        institution_id: member.institutionId,
        representative_person_id: member.personId,
        joined_on: from,
        left_on: member.to,
        declaration_signed_on: member.declarationSignedOn,
      };
    });
    const offersBefore = storedOffers.get(value.id) ?? [];
    const offers = value.serviceOffers.map((offer) => ({
      id: offer.id ?? offersBefore.find((row) => row.institution_id === offer.institutionId && row.service === offer.service)?.id ?? newId('off'),
      partnership_id: value.id,
      institution_id: offer.institutionId,
      service: offer.service,
      target_group: offer.targetGroup,
      contact: offer.contact,
      terms: offer.terms,
    }));
    const caseBefore = storedCases.get(value.id);

    // Whether anything of the partnership changed decides its version; parts are written after its row exists.
    let partsChanged = false;
    if (stored) {
      const membersById = new Map(membersBefore.map((row) => [row.id, row]));
      partsChanged ||= membersBefore.length !== members.length || members.some((row) => !membersById.has(row.id) || !sameRow(membersById.get(row.id)!, row));
      const offersById = new Map(offersBefore.map((row) => [row.id, row]));
      partsChanged ||= offersBefore.length !== offers.length || offers.some((row) => !offersById.has(row.id) || !sameRow(offersById.get(row.id)!, row));
      partsChanged ||= Boolean(caseBefore) !== Boolean(value.zzkCase);
      if (caseBefore && value.zzkCase) {
        const zzk = value.zzkCase;
        partsChanged ||=
          !sameRow(caseBefore, { case_code: zzk.code, has_ipw: zzk.hasIpw, opened_on: zzk.openedOn, closed_on: zzk.closedOn, outcome: zzk.outcome }) ||
          (storedProblems.get(caseBefore.id) ?? []).map((row) => row.category).sort().join(' ') !== [...zzk.problems].sort().join(' ') ||
          !sameRows(
            storedGoals.get(caseBefore.id) ?? [],
            zzk.goals.map((goal, i) => ({ id: goal.id ?? storedGoals.get(caseBefore.id)?.[i]?.id ?? '', position: i + 1, description: goal.description, status: goal.status })),
          );
      }
    }
    count('partnerships', await upsert(w, 'partnerships', value.id, wanted, search, stored as never, partsChanged, {}, false));
    if (stored && !partsChanged) continue;

    partnershipParts.push(async () => {
      await syncParts(w, 'partnership_members', membersBefore as unknown as Row[], members, { created_at: now });
      // Offers are records with a version of their own.
      const offersById = new Map(offersBefore.map((row) => [row.id, row]));
      const keep = new Set(offers.map((row) => row.id));
      const gone = offersBefore.filter((row) => !keep.has(row.id));
      if (gone.length) await db('service_offers').whereIn('id', gone.map((row) => row.id)).delete();
      for (const row of gone) inserts.log.removed('service_offers', row as unknown as Row);
      for (const offer of offers) {
        const { id, ...fields } = offer;
        await upsert(w, 'service_offers', id, fields, {}, offersById.get(id) as never, false);
      }
      const caseDetails = (row: CaseRow) => ({
        problems: (storedProblems.get(row.id) ?? []).map((problem) => problem.category).sort(),
        goals: (storedGoals.get(row.id) ?? []).map((goal) => ({ description: goal.description, status: goal.status })),
      });
      if (!value.zzkCase) {
        if (caseBefore) {
          await db('zzk_cases').where({ id: caseBefore.id }).delete();
          inserts.log.removed('zzk_cases', { ...caseBefore, ...caseDetails(caseBefore) });
        }
        return;
      }
      const zzk = value.zzkCase;
      const caseId = zzk.id ?? caseBefore?.id ?? newId('zzk');
      const caseFields = { partnership_id: value.id, case_code: zzk.code, has_ipw: zzk.hasIpw, opened_on: zzk.openedOn, closed_on: zzk.closedOn, outcome: zzk.outcome };
      const goalsBefore = caseBefore ? (storedGoals.get(caseBefore.id) ?? []) : [];
      const goals = zzk.goals.map((goal, i) => ({ id: goal.id ?? goalsBefore[i]?.id ?? newId('goal'), case_id: caseId, position: i + 1, description: goal.description, status: goal.status }));
      const problemsBefore = caseBefore ? (storedProblems.get(caseBefore.id) ?? []).map((row) => row.category).sort() : [];
      const problemsChanged = problemsBefore.join(' ') !== [...zzk.problems].sort().join(' ');
      const goalsChanged = !sameRows(goalsBefore, goals);
      const caseValues = {
        before: caseBefore ? caseDetails(caseBefore) : {},
        after: { problems: [...zzk.problems].sort(), goals: goals.map((goal) => ({ description: goal.description, status: goal.status })) },
      };
      await upsert(w, 'zzk_cases', caseId, caseFields, {}, caseBefore as never, problemsChanged || goalsChanged, caseValues, false);
      if (problemsChanged) {
        await db('zzk_case_problems').where({ case_id: caseId }).delete();
        for (const category of zzk.problems) inserts.add('zzk_case_problems', { case_id: caseId, category });
      }
      if (goalsChanged) {
        await db('zzk_goals').where({ case_id: caseId }).delete();
        for (const goal of goals) inserts.add('zzk_goals', goal);
      }
    });
  }
  for (const write of partnershipParts) {
    await write();
    await inserts.flushIfFull(['partnership_members', 'service_offers', 'zzk_case_problems', 'zzk_goals']);
  }
  await inserts.flush(['partnership_members', 'service_offers', 'zzk_case_problems', 'zzk_goals']);

  // Agreements with their parties ---------------------------------------------------------------------------------
  let builtInTemplateId: string | null = null;
  const builtInAgreementTemplate = async (): Promise<string> => {
    if (builtInTemplateId) return builtInTemplateId;
    const candidates = ((await db('document_templates').where({ kind: 'agreement' }).orderBy('id').select('*')) as TemplateRow[]).filter(isBuiltInTemplate);
    const chosen = candidates.find((row) => row.is_default) ?? candidates[0];
    if (chosen) return (builtInTemplateId = chosen.id);
    builtInTemplateId = newId('szb');
    await db('document_templates').insert({ id: builtInTemplateId, version: 1, kind: 'agreement', ...DEFAULT_TEMPLATES.agreement, is_default: false, created_at: now, updated_at: now });
    return builtInTemplateId;
  };
  for (const chunk of chunksOf(doc, 'agreements')) {
    const agreementIds = chunk.map((value) => value.id);
    const storedAgreements = new Map((await rowsWhereIn<AgreementRow>(db, 'agreements', 'id', agreementIds)).map((row) => [row.id, row]));
    const storedParties = groupBy((await rowsWhereIn<PartyRow>(db, 'agreement_parties', 'agreement_id', agreementIds)).sort((a, b) => a.position - b.position), (row) => row.agreement_id);
    const makeParties = chunk.filter((value) => !value.partyDetails);
    const units = new Map(
      (await rowsWhereIn<{ code: string; name: string; level: string }>(db, 'territorial_units', 'code', makeParties.map((value) => value.teryt ?? ''))).map((row) => [row.code, row]),
    );
    // A party made from an institution of the file takes its details; they are in the register by now, as the file gave them.
    const fileInstitutions = new Map(
      (
        await rowsWhereIn<InstitutionRow>(
          db,
          'institutions',
          'id',
          makeParties.flatMap((value) => value.parties).filter((id) => doc.institutionIds.has(id)),
        )
      ).map((row) => [row.id, { name: row.name, nip: row.nip, regon: row.regon, address: { street: row.street, postalCode: row.postal_code, city: row.city } }]),
    );
    for (const value of chunk) {
      const stored = storedAgreements.get(value.id);
      let templateId = value.templateId;
      if (value.builtInTemplate) {
        const current = stored?.template_id ? ((await db('document_templates').where({ id: stored.template_id }).first()) as TemplateRow | undefined) : undefined;
        templateId = current && current.kind === 'agreement' && isBuiltInTemplate(current) ? current.id : await builtInAgreementTemplate();
      }
      const partiesBefore = storedParties.get(value.id) ?? [];
      const details =
        value.partyDetails ??
        [
          ...(value.teryt && units.get(value.teryt) ? [unitParty(units.get(value.teryt)!)] : []),
          ...value.parties.map((institutionId) => institutionParty(institutionId, fileInstitutions.get(institutionId))),
        ];
      const parties = await Promise.all(
        details.map(async (party, i) => {
          const named = party.name ?? (await storedInstitutionName(db, party.institutionId));
          return {
            id: party.id ?? partiesBefore[i]?.id ?? newId('str'),
            agreement_id: value.id,
            position: i,
            kind: party.kind,
            teryt_code: party.kind === 'institution' ? null : party.teryt,
            institution_id: party.institutionId,
            acting_through_institution_id: party.actingThroughInstitutionId,
            name: named,
            address: party.address,
            nip: party.nip,
            regon: party.regon,
            representative_name: party.representativeName,
            representative_function: party.representativeFunction,
          };
        }),
      );
      const number = value.number ?? value.id;
      const wanted = {
        number,
        project_id: value.projectId,
        partnership_id: value.partnershipId,
        template_id: templateId,
        subject: value.subject,
        status: value.status,
        drafted_on: value.draftedOn,
        signed_on: value.signedOn,
        valid_until: value.validUntil,
        terminated_on: value.terminatedOn,
        notes: value.notes,
      };
      const search = { search_text: agreementSearchText(number, parties.map((party) => party.name)) };
      const partsChanged = stored !== undefined && !sameRows(partiesBefore, parties);
      if (stored && partsChanged) await db('agreement_parties').where({ agreement_id: value.id }).delete();
      const partyValues = (rows: Row[]) => rows.map((party) => snapshotOf({ ...party, agreement_id: undefined }));
      const partiesValues = { before: { parties: partyValues(partiesBefore as unknown as Row[]) }, after: { parties: partyValues(parties) } };
      count('agreements', await upsert(w, 'agreements', value.id, wanted, search, stored as never, partsChanged, partiesValues));
      if (!stored || partsChanged) for (const party of parties) inserts.add('agreement_parties', party);
      await inserts.flushIfFull(['agreements', 'agreement_parties']);
    }
  }
  await inserts.flush(['agreements', 'agreement_parties']);

  // Event series ------------------------------------------------------------------------------------------------------
  for (const chunk of chunksOf(doc, 'eventSeries')) {
    const storedSeries = new Map((await rowsWhereIn<SeriesRow>(db, 'event_series', 'id', chunk.map((value) => value.id))).map((row) => [row.id, row]));
    for (const value of chunk) {
      count('eventSeries', await upsert(w, 'event_series', value.id, { rule: value.rule }, {}, storedSeries.get(value.id) as never, false));
      await inserts.flushIfFull(['event_series']);
    }
  }
  await inserts.flush(['event_series']);

  // Events with leaders, participants and attendance per day -------------------------------------------------------------
  const marksKey = (marks: { day: string; status: string }[]) => marks.map((mark) => `${mark.day}=${mark.status}`).sort().join(' ');
  const eventTables = ['events', 'event_leaders', 'event_participants', 'attendance'];
  // Smaller chunks: an event brings its participants and their marks.
  for (const chunk of chunksOf(doc, 'events', 100)) {
    const eventIds = chunk.map((value) => value.id);
    const storedEvents = new Map((await rowsWhereIn<EventRow>(db, 'events', 'id', eventIds)).map((row) => [row.id, row]));
    const storedLeaders = groupBy(await rowsWhereIn<LeaderRow>(db, 'event_leaders', 'event_id', eventIds), (row) => row.event_id);
    const storedParticipantRows = await rowsWhereIn<ParticipantRow>(db, 'event_participants', 'event_id', eventIds);
    const storedParticipants = groupBy(storedParticipantRows, (row) => row.event_id);
    const storedAttendance = groupBy(await rowsWhereIn<AttendanceRow>(db, 'attendance', 'participant_id', storedParticipantRows.map((row) => row.id)), (row) => row.participant_id);
    for (const value of chunk) {
      const startsAt = toStoredInstant(value.start);
      const endsAt = toStoredInstant(value.end);
      const wanted = {
        title: value.title,
        type: value.type,
        status: value.status,
        project_id: value.projectId,
        partnership_id: value.partnershipId,
        teryt_code: value.teryt,
        place: value.place,
        organiser_institution_id: value.organiserInstitutionId,
        starts_at: startsAt,
        ends_at: endsAt,
        hours: value.hours,
        hour_unit: value.hourUnit,
        mode: value.mode,
        notes: value.notes,
        series_id: value.seriesId,
        detached_from_series: value.detachedFromSeries,
      };
      const search = { search_text: eventSearchText(value.title, value.place) };
      const stored = storedEvents.get(value.id);
      const days = eventDays(startsAt, endsAt);

      const leadersBefore = (storedLeaders.get(value.id) ?? []).map((row) => `${row.person_id} ${row.role}`).sort();
      const leaders = value.leaders.map((leader) => `${leader.personId} ${leader.role}`).sort();
      const leadersChanged = stored !== undefined && leadersBefore.join('\n') !== leaders.join('\n');

      const participantsBefore = new Map((storedParticipants.get(value.id) ?? []).map((row) => [row.person_id, row]));
      const wantedPeople = new Set(value.participants.map((participant) => participant.personId));
      const gone = [...participantsBefore.values()].filter((row) => !wantedPeople.has(row.person_id));
      let participantsChanged = gone.length > 0;
      const writes: (() => Promise<void>)[] = [];
      // The audit entry's values, built only when the entry shows participants (a new event, or one whose people changed).
      const participantsAfter: Parameters<typeof participantValues>[] = [];
      for (const participant of value.participants) {
        const marks = participant.attendanceByDay
          ? Object.entries(participant.attendanceByDay).map(([day, status]) => ({ day, status }))
          : participant.attendance
            ? days.map((day) => ({ day, status: participant.attendance! }))
            : [];
        const fields = { institution_id: participant.institutionId, walk_in: participant.walkIn, hours: participant.hours };
        participantsAfter.push([participant.personId, fields, marks]);
        const before = participantsBefore.get(participant.personId);
        if (!before) {
          participantsChanged = true;
          const id = newId('ucz');
          inserts.add('event_participants', { id, event_id: value.id, person_id: participant.personId, ...fields, created_at: now });
          for (const mark of marks) inserts.add('attendance', { participant_id: id, ...mark });
          continue;
        }
        const fieldsChanged = !sameRow(before, fields);
        const marksChanged = marksKey(storedAttendance.get(before.id) ?? []) !== marksKey(marks);
        if (!fieldsChanged && !marksChanged) continue;
        participantsChanged = true;
        writes.push(async () => {
          if (fieldsChanged) await db('event_participants').where({ id: before.id }).update(fields);
          if (marksChanged) {
            await db('attendance').where({ participant_id: before.id }).delete();
            for (const mark of marks) inserts.add('attendance', { participant_id: before.id, ...mark });
          }
        });
      }
      const details: Details = {};
      if (!stored || leadersChanged || participantsChanged) {
        details.after = {
          leaders: leaderList(value.leaders.map((leader) => ({ person_id: leader.personId, role: leader.role }))),
          participants: sortedByPerson(participantsAfter.map((values) => participantValues(...values))),
        };
      }
      if (stored && (leadersChanged || participantsChanged)) {
        details.before = {
          leaders: leaderList(storedLeaders.get(value.id) ?? []),
          participants: sortedByPerson([...participantsBefore.values()].map((row) => participantValues(row.person_id, row, storedAttendance.get(row.id) ?? []))),
        };
      }
      count('events', await upsert(w, 'events', value.id, wanted, search, stored as never, leadersChanged || participantsChanged, details));
      if (gone.length) await db('event_participants').whereIn('id', gone.map((row) => row.id)).delete();
      for (const write of writes) await write();
      if (leadersChanged) await db('event_leaders').where({ event_id: value.id }).delete();
      if (!stored || leadersChanged) for (const leader of value.leaders) inserts.add('event_leaders', { event_id: value.id, person_id: leader.personId, role: leader.role });
      await inserts.flushIfFull(eventTables);
    }
  }
  await inserts.flush(eventTables);

  // Certificates -----------------------------------------------------------------------------------------------------------
  for (const chunk of chunksOf(doc, 'certificates')) {
    const storedCertificates = new Map((await rowsWhereIn<CertificateRow>(db, 'certificates', 'id', chunk.map((value) => value.id))).map((row) => [row.id, row]));
    for (const value of chunk) {
      const match = CERTIFICATE_NUMBER_PATTERN.exec(value.number);
      const wanted = {
        number: value.number,
        year: value.year ?? Number(match![2]),
        sequence: value.sequence ?? Number(match![1]),
        issued_on: value.issuedOn,
        event_id: value.eventId,
        person_id: value.personId,
      };
      const stored = storedCertificates.get(value.id);
      if (!stored) {
        inserts.add('certificates', { id: value.id, ...wanted, created_at: now });
        count('certificates', 'added');
      } else if (sameRow(stored, wanted)) {
        count('certificates', 'unchanged');
      } else {
        await db('certificates').where({ id: value.id }).update(wanted);
        count('certificates', 'updated');
      }
      await inserts.flushIfFull(['certificates']);
    }
  }
  await inserts.flush(['certificates']);
  return counts;
}

/** A participant as their event's audit entry keeps them: only the values they have, marks by day. */
type ParticipantValues = Row & { person_id: string };

function participantValues(
  personId: string,
  fields: { institution_id: string | null; walk_in: boolean | number | null | undefined; hours: number | null },
  marks: { day: string; status: string }[],
): ParticipantValues {
  const values: ParticipantValues = { person_id: personId };
  if (fields.institution_id) values.institution_id = fields.institution_id;
  if (fields.walk_in === true || fields.walk_in === 1) values.walk_in = true;
  if (fields.hours !== null && fields.hours !== undefined) values.hours = Number(fields.hours);
  if (marks.length) values.attendance = Object.fromEntries([...marks].sort((a, b) => (a.day < b.day ? -1 : 1)).map((mark) => [mark.day, mark.status]));
  return values;
}

const sortedByPerson = (list: ParticipantValues[]) => list.sort((a, b) => (a.person_id < b.person_id ? -1 : a.person_id > b.person_id ? 1 : 0));

interface PartyDraft {
  id?: string;
  kind: string;
  teryt: string | null;
  institutionId: string | null;
  actingThroughInstitutionId: string | null;
  name: string | null;
  address: string | null;
  nip: string | null;
  regon: string | null;
  representativeName: string | null;
  representativeFunction: string | null;
}

/** "śląskie" → "Śląskie", "bielsko-bialski" → "Bielsko-Bialski". */
function capitalised(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase('pl') + part.slice(1))
    .join('-');
}

/** The JST an agreement is with, as a party (when the file gives no party details). */
function unitParty(unit: { code: string; name: string; level: string }): PartyDraft {
  const kind = unit.level === 'voivodeship' ? 'voivodeship' : unit.level === 'powiat' ? 'powiat' : 'gmina';
  const name = kind === 'voivodeship' ? `Województwo ${capitalised(unit.name)}` : kind === 'powiat' ? `Powiat ${capitalised(unit.name)}` : `Gmina ${unit.name}`;
  return { kind, teryt: unit.code, institutionId: null, actingThroughInstitutionId: null, name, address: null, nip: null, regon: null, representativeName: null, representativeFunction: null };
}

function institutionParty(
  institutionId: string,
  inFile: { name: string; nip: string | null; regon: string | null; address: { street: string | null; postalCode: string | null; city: string | null } | null } | undefined,
): PartyDraft {
  const address = inFile?.address ? [inFile.address.street, [inFile.address.postalCode, inFile.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  return {
    kind: 'institution',
    teryt: null,
    institutionId,
    actingThroughInstitutionId: null,
    name: inFile?.name ?? null,
    address: address || null,
    nip: inFile?.nip ?? null,
    regon: inFile?.regon ?? null,
    representativeName: null,
    representativeFunction: null,
  };
}

async function storedInstitutionName(db: Knex, id: string | null): Promise<string> {
  const row = id ? ((await db('institutions').where({ id }).first('name')) as { name: string } | undefined) : undefined;
  return row?.name ?? id ?? '';
}
