/**
 * The register → an exchange document. Records are sorted by id (lists inside a record by their own order), so
 * the same data always gives the same document. Filters keep the file self-consistent: whatever a record that
 * is in the file refers to is in the file too.
 */
import type { Knex } from 'knex';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  PARTNERSHIP_KIND_CODES,
  PROBLEM_CATEGORY_KEYS,
  attendanceSummary,
  type AttendanceStatus,
  type ExchangeDocument,
  type ExchangeExportQuery,
} from '../../../preload/contract';
import { DEFAULT_TEMPLATES } from '../documents/template';
import {
  groupBy,
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
  type SeriesRow,
  type TargetRow,
  type TemplateRow,
} from './rows';
import { eventDays, toWarsawIso, warsawDay } from './time';

export const OFFICE_NAME_SETTING = 'office.name';
export const OFFICE_VOIVODESHIP_SETTING = 'office.voivodeshipTeryt';

type Doc = ExchangeDocument;
type Item<K extends keyof Doc> = NonNullable<Doc[K]> extends (infer T)[] ? T : never;

/** `{ key: value }` when there is a value, `{}` otherwise: optional keys are left out rather than null. */
function opt<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const MACROREGION_OF: Record<string, 1 | 2 | 3> = { I: 1, II: 2, III: 3 };
const KIND_CODE_OF: Record<string, keyof typeof PARTNERSHIP_KIND_CODES> = { pzk: 'PZK', gpzk: 'G-PZK', zzk: 'ZZK' };

/** A template of the app's own, unchanged: every installation has one, so it is not carried in the file. */
export function isBuiltInTemplate(row: { kind: string; name: string; body: string }): boolean {
  const builtIn = (DEFAULT_TEMPLATES as Record<string, { name: string; body: string } | undefined>)[row.kind];
  return builtIn !== undefined && builtIn.name === row.name && builtIn.body === row.body;
}

interface Tables {
  settings: Map<string, string>;
  institutions: InstitutionRow[];
  people: PersonRow[];
  roles: { person_id: string; role: string }[];
  projects: ProjectRow[];
  phases: PhaseRow[];
  indicators: IndicatorRow[];
  targets: TargetRow[];
  templates: TemplateRow[];
  partnerships: PartnershipRow[];
  members: MemberRow[];
  offers: OfferRow[];
  cases: CaseRow[];
  problems: { case_id: string; category: string }[];
  goals: GoalRow[];
  agreements: AgreementRow[];
  parties: PartyRow[];
  series: SeriesRow[];
  events: EventRow[];
  leaders: LeaderRow[];
  participants: ParticipantRow[];
  attendance: AttendanceRow[];
  certificates: CertificateRow[];
}

async function readTables(db: Knex): Promise<Tables> {
  const all = async <T>(table: string, ...order: string[]): Promise<T[]> => {
    const q = db(table).select('*');
    for (const column of order) q.orderBy(column);
    return (await q) as T[];
  };
  const settings = new Map(((await db('settings').select('key', 'value')) as { key: string; value: string }[]).map((row) => [row.key, row.value]));
  return {
    settings,
    institutions: await all('institutions', 'id'),
    people: await all('people', 'id'),
    roles: await all('person_roles', 'person_id', 'role'),
    projects: await all('projects', 'id'),
    phases: await all('project_phases', 'project_id', 'position', 'id'),
    indicators: await all('project_indicators', 'project_id', 'position', 'id'),
    targets: await all('indicator_phase_targets', 'indicator_id', 'phase_id'),
    templates: await all('document_templates', 'id'),
    partnerships: await all('partnerships', 'id'),
    members: await all('partnership_members', 'partnership_id', 'joined_on', 'id'),
    offers: await all('service_offers', 'partnership_id', 'id'),
    cases: await all('zzk_cases', 'id'),
    problems: await all('zzk_case_problems', 'case_id', 'category'),
    goals: await all('zzk_goals', 'case_id', 'position', 'id'),
    agreements: await all('agreements', 'id'),
    parties: await all('agreement_parties', 'agreement_id', 'position', 'id'),
    series: await all('event_series', 'id'),
    events: await all('events', 'id'),
    leaders: await all('event_leaders', 'event_id', 'person_id', 'role'),
    participants: await all('event_participants', 'event_id', 'person_id'),
    attendance: await all('attendance', 'participant_id', 'day'),
    certificates: await all('certificates', 'id'),
  };
}

/** The gmina or powiat an agreement is with: its gmina party, else its powiat, else its partnership's unit. */
function agreementTeryt(parties: PartyRow[], partnership: PartnershipRow | undefined, institutions: Map<string, InstitutionRow>): string | null {
  for (const kind of ['gmina', 'powiat']) {
    const party = parties.find((p) => p.kind === kind && p.teryt_code);
    if (party) return party.teryt_code;
  }
  if (partnership?.teryt_code) return partnership.teryt_code;
  const voivodeship = parties.find((p) => p.kind === 'voivodeship' && p.teryt_code);
  if (voivodeship) return voivodeship.teryt_code;
  for (const party of parties) {
    const teryt = party.institution_id ? institutions.get(party.institution_id)?.teryt_code : null;
    if (teryt) return teryt;
  }
  return null;
}

/** What is in the file: every id of each kind of record. */
interface Scope {
  institutions: Set<string>;
  people: Set<string>;
  projects: Set<string>;
  templates: Set<string>;
  partnerships: Set<string>;
  agreements: Set<string>;
  series: Set<string>;
  events: Set<string>;
  certificates: Set<string>;
}

function selectScope(t: Tables, query: ExchangeExportQuery): Scope {
  const scope: Scope = {
    institutions: new Set(),
    people: new Set(),
    projects: new Set(),
    templates: new Set(),
    partnerships: new Set(),
    agreements: new Set(),
    series: new Set(),
    events: new Set(),
    certificates: new Set(),
  };
  const institutions = new Map(t.institutions.map((row) => [row.id, row]));
  const people = new Map(t.people.map((row) => [row.id, row]));
  const partnerships = new Map(t.partnerships.map((row) => [row.id, row]));
  const events = new Map(t.events.map((row) => [row.id, row]));
  const agreements = new Map(t.agreements.map((row) => [row.id, row]));
  const membersOf = groupBy(t.members, (row) => row.partnership_id);
  const offersOf = groupBy(t.offers, (row) => row.partnership_id);
  const partiesOf = groupBy(t.parties, (row) => row.agreement_id);
  const leadersOf = groupBy(t.leaders, (row) => row.event_id);
  const participantsOf = groupBy(t.participants, (row) => row.event_id);
  const builtIn = new Set(t.templates.filter(isBuiltInTemplate).map((row) => row.id));

  const addInstitution = (id: string | null) => {
    if (id && institutions.has(id)) scope.institutions.add(id);
  };
  const addPerson = (id: string | null) => {
    if (!id || scope.people.has(id) || !people.has(id)) return;
    scope.people.add(id);
    addInstitution(people.get(id)!.institution_id);
  };
  const addProject = (id: string | null) => {
    if (id) scope.projects.add(id);
  };
  const addPartnership = (id: string | null) => {
    if (!id || scope.partnerships.has(id) || !partnerships.has(id)) return;
    scope.partnerships.add(id);
    const row = partnerships.get(id)!;
    addProject(row.project_id);
    addInstitution(row.leader_institution_id);
    addInstitution(row.strategic_partner_institution_id);
    addPerson(row.animator_person_id);
    addPartnership(row.parent_partnership_id);
    for (const member of membersOf.get(id) ?? []) {
      addInstitution(member.institution_id);
      addPerson(member.representative_person_id);
    }
    for (const offer of offersOf.get(id) ?? []) addInstitution(offer.institution_id);
  };
  const addAgreement = (id: string) => {
    if (scope.agreements.has(id)) return;
    scope.agreements.add(id);
    const row = agreements.get(id)!;
    addProject(row.project_id);
    addPartnership(row.partnership_id);
    if (row.template_id && !builtIn.has(row.template_id)) scope.templates.add(row.template_id);
    for (const party of partiesOf.get(id) ?? []) {
      addInstitution(party.institution_id);
      addInstitution(party.acting_through_institution_id);
    }
  };
  const addEvent = (id: string) => {
    if (scope.events.has(id)) return;
    scope.events.add(id);
    const row = events.get(id)!;
    addProject(row.project_id);
    addPartnership(row.partnership_id);
    addInstitution(row.organiser_institution_id);
    if (row.series_id) scope.series.add(row.series_id);
    for (const leader of leadersOf.get(id) ?? []) addPerson(leader.person_id);
    for (const participant of participantsOf.get(id) ?? []) {
      addPerson(participant.person_id);
      addInstitution(participant.institution_id);
    }
  };

  const inTerritory = (code: string | null | undefined) => query.teryt === null || (code ?? '').startsWith(query.teryt);
  const inDates = (row: EventRow) => (query.from === null || warsawDay(row.ends_at) >= query.from) && (query.to === null || warsawDay(row.starts_at) <= query.to);

  if (query.teryt === null) {
    // The whole register; only events (and their certificates) may be limited by dates.
    for (const row of t.institutions) scope.institutions.add(row.id);
    for (const row of t.people) addPerson(row.id);
    for (const row of t.projects) scope.projects.add(row.id);
    for (const row of t.templates) if (!builtIn.has(row.id)) scope.templates.add(row.id);
    for (const row of t.partnerships) addPartnership(row.id);
    for (const row of t.agreements) addAgreement(row.id);
    if (query.from === null && query.to === null) for (const row of t.series) scope.series.add(row.id);
  } else {
    for (const row of t.institutions) if (inTerritory(row.teryt_code)) addInstitution(row.id);
    for (const row of t.people) if (row.institution_id && scope.institutions.has(row.institution_id)) addPerson(row.id);
    for (const row of t.partnerships) if (inTerritory(row.teryt_code)) addPartnership(row.id);
    for (const row of t.agreements) {
      const parties = partiesOf.get(row.id) ?? [];
      const partnership = row.partnership_id ? partnerships.get(row.partnership_id) : undefined;
      const territorial = parties.some((party) => party.kind !== 'institution' && party.kind !== 'voivodeship' && inTerritory(party.teryt_code));
      if (territorial || inTerritory(agreementTeryt(parties, partnership, institutions)) || (partnership && inTerritory(partnership.teryt_code))) addAgreement(row.id);
    }
  }
  for (const row of t.events) {
    const partnership = row.partnership_id ? partnerships.get(row.partnership_id) : undefined;
    if (inDates(row) && inTerritory(row.teryt_code ?? partnership?.teryt_code)) addEvent(row.id);
  }
  for (const row of t.certificates) {
    if (!scope.events.has(row.event_id)) continue;
    scope.certificates.add(row.id);
    addPerson(row.person_id);
  }
  return scope;
}

function buildDocument(t: Tables, scope: Scope, now: Date): ExchangeDocument {
  const institutions = new Map(t.institutions.map((row) => [row.id, row]));
  const partnershipRows = new Map(t.partnerships.map((row) => [row.id, row]));
  const rolesOf = groupBy(t.roles, (row) => row.person_id);
  const phasesOf = groupBy(t.phases, (row) => row.project_id);
  const indicatorsOf = groupBy(t.indicators, (row) => row.project_id);
  const targetsOf = groupBy(t.targets, (row) => row.indicator_id);
  const membersOf = groupBy(t.members, (row) => row.partnership_id);
  const offersOf = groupBy(t.offers, (row) => row.partnership_id);
  const caseOf = new Map(t.cases.map((row) => [row.partnership_id, row]));
  const problemsOf = groupBy(t.problems, (row) => row.case_id);
  const goalsOf = groupBy(t.goals, (row) => row.case_id);
  const partiesOf = groupBy(t.parties, (row) => row.agreement_id);
  const leadersOf = groupBy(t.leaders, (row) => row.event_id);
  const participantsOf = groupBy(t.participants, (row) => row.event_id);
  const attendanceOf = groupBy(t.attendance, (row) => row.participant_id);
  const builtIn = new Set(t.templates.filter(isBuiltInTemplate).map((row) => row.id));

  const projects = t.projects
    .filter((row) => scope.projects.has(row.id))
    .map((row): Item<'projects'> => {
      const phases = phasesOf.get(row.id) ?? [];
      const phaseIndex = new Map(phases.map((phase, i) => [phase.id, i]));
      return {
        id: row.id,
        name: row.name,
        macroregion: row.macroregion ? (MACROREGION_OF[row.macroregion] ?? null) : null,
        ...opt('gminaKind', row.gmina_kind as Item<'projects'>['gminaKind']),
        startDate: row.start_date,
        endDate: row.end_date,
        ...opt('cofinancingClause', row.cofinancing_clause),
        ...opt('notes', row.notes),
        phases: phases.map((phase) => ({ id: phase.id, name: phase.name, startDate: phase.start_date, endDate: phase.end_date })),
        indicators: (indicatorsOf.get(row.id) ?? []).map((indicator) => {
          const targets = (targetsOf.get(indicator.id) ?? [])
            .filter((target) => phaseIndex.has(target.phase_id))
            .map((target) => ({ phaseIndex: phaseIndex.get(target.phase_id)!, target: Number(target.target) }))
            .sort((a, b) => a.phaseIndex - b.phaseIndex);
          return {
            id: indicator.id,
            code: indicator.code,
            name: indicator.name,
            unit: indicator.unit,
            target: indicator.target === null ? null : Number(indicator.target),
            ...(targets.length ? { phaseTargets: targets } : {}),
          };
        }),
      };
    });

  const institutionList = t.institutions
    .filter((row) => scope.institutions.has(row.id))
    .map((row): Item<'institutions'> => ({
      id: row.id,
      name: row.name,
      ...opt('shortName', row.short_name),
      type: row.type as Item<'institutions'>['type'],
      teryt: row.teryt_code,
      ...opt('nip', row.nip),
      ...opt('regon', row.regon),
      ...(row.street || row.postal_code || row.city ? { address: { ...opt('street', row.street), ...opt('postalCode', row.postal_code), ...opt('city', row.city) } } : {}),
      ...opt('email', row.email),
      ...opt('phone', row.phone),
      ...opt('website', row.website),
      ...opt('notes', row.notes),
      ...(row.active ? {} : { active: false }),
    }));

  const people = t.people
    .filter((row) => scope.people.has(row.id))
    .map((row): Item<'people'> => ({
      id: row.id,
      firstName: row.first_name,
      lastName: row.last_name,
      ...opt('institutionId', row.institution_id),
      roles: (rolesOf.get(row.id) ?? []).map((role) => role.role as Item<'people'>['roles'][number]).sort(),
      ...opt('position', row.position),
      ...opt('email', row.email),
      ...opt('phone', row.phone),
      ...opt('notes', row.notes),
    }));

  const templates = t.templates
    .filter((row) => scope.templates.has(row.id))
    .map((row): Item<'templates'> => ({
      id: row.id,
      kind: row.kind as Item<'templates'>['kind'],
      name: row.name,
      body: row.body,
      ...(row.is_default ? { isDefault: true } : {}),
    }));

  const agreements = t.agreements
    .filter((row) => scope.agreements.has(row.id))
    .map((row): Item<'agreements'> => {
      const parties = partiesOf.get(row.id) ?? [];
      const partnership = row.partnership_id ? partnershipRows.get(row.partnership_id) : undefined;
      const institutionIds = [...new Set(parties.flatMap((party) => [party.institution_id, party.acting_through_institution_id]).filter((id): id is string => id !== null))];
      const builtInTemplate = row.template_id !== null && builtIn.has(row.template_id);
      return {
        id: row.id,
        number: row.number,
        projectId: row.project_id,
        ...opt('partnershipId', row.partnership_id),
        teryt: agreementTeryt(parties, partnership, institutions),
        status: row.status as Item<'agreements'>['status'],
        ...opt('draftedOn', row.drafted_on),
        ...opt('signedOn', row.signed_on),
        ...opt('validUntil', row.valid_until),
        ...opt('terminatedOn', row.terminated_on),
        ...opt('subject', row.subject),
        ...opt('notes', row.notes),
        ...(builtInTemplate ? { builtInTemplate: true } : opt('templateId', row.template_id)),
        parties: institutionIds,
        partyDetails: parties.map((party) => ({
          id: party.id,
          kind: party.kind as 'gmina',
          ...opt('teryt', party.teryt_code),
          ...opt('institutionId', party.institution_id),
          ...opt('actingThroughInstitutionId', party.acting_through_institution_id),
          name: party.name,
          ...opt('address', party.address),
          ...opt('nip', party.nip),
          ...opt('regon', party.regon),
          ...opt('representativeName', party.representative_name),
          ...opt('representativeFunction', party.representative_function),
        })),
      };
    });

  const partnerships = t.partnerships
    .filter((row) => scope.partnerships.has(row.id))
    .map((row): Item<'partnerships'> => {
      const zzkCase = caseOf.get(row.id);
      const problems = zzkCase ? (problemsOf.get(zzkCase.id) ?? []).map((p) => p.category) : [];
      const offers = offersOf.get(row.id) ?? [];
      return {
        id: row.id,
        projectId: row.project_id,
        kind: KIND_CODE_OF[row.kind] ?? (row.kind as 'PZK'),
        name: row.name,
        teryt: row.teryt_code,
        ...opt('leaderInstitutionId', row.leader_institution_id),
        ...opt('strategicPartnerInstitutionId', row.strategic_partner_institution_id),
        ...opt('animatorPersonId', row.animator_person_id),
        ...opt('parentId', row.parent_partnership_id),
        ...opt('initiatedOn', row.initiated_on),
        ...opt('formedOn', row.formalised_on),
        ...opt('endedOn', row.ended_on),
        ...opt('notes', row.notes),
        members: (membersOf.get(row.id) ?? []).map((member) => ({
          id: member.id,
          institutionId: member.institution_id,
          ...opt('personId', member.representative_person_id),
          from: member.joined_on,
          ...opt('to', member.left_on),
          ...opt('declarationSignedOn', member.declaration_signed_on),
        })),
        ...(offers.length
          ? {
              serviceOffers: offers.map((offer) => ({
                id: offer.id,
                institutionId: offer.institution_id,
                service: offer.service,
                ...opt('targetGroup', offer.target_group),
                ...opt('contact', offer.contact),
                ...opt('terms', offer.terms),
              })),
            }
          : {}),
        ...(zzkCase
          ? {
              zzkCase: {
                id: zzkCase.id,
                code: zzkCase.case_code,
                problems: PROBLEM_CATEGORY_KEYS.filter((key) => problems.includes(key)),
                hasIpw: Boolean(zzkCase.has_ipw),
                ...opt('openedOn', zzkCase.opened_on),
                ...opt('closedOn', zzkCase.closed_on),
                ...opt('outcome', zzkCase.outcome),
                goals: (goalsOf.get(zzkCase.id) ?? []).map((goal) => ({ id: goal.id, description: goal.description, status: goal.status as 'planned' })),
              },
            }
          : {}),
      };
    });

  const eventSeries = t.series.filter((row) => scope.series.has(row.id)).map((row): Item<'eventSeries'> => ({ id: row.id, rule: row.rule }));

  const events = t.events
    .filter((row) => scope.events.has(row.id))
    .map((row): Item<'events'> => {
      const days = eventDays(row.starts_at, row.ends_at);
      const leaders = leadersOf.get(row.id) ?? [];
      return {
        id: row.id,
        projectId: row.project_id,
        type: row.type as Item<'events'>['type'],
        status: row.status as Item<'events'>['status'],
        title: row.title,
        start: toWarsawIso(row.starts_at),
        end: toWarsawIso(row.ends_at),
        ...opt('place', row.place),
        ...opt('teryt', row.teryt_code),
        ...opt('partnershipId', row.partnership_id),
        ...opt('organiserInstitutionId', row.organiser_institution_id),
        hours: row.hours === null ? null : Number(row.hours),
        hourUnit: row.hour_unit as Item<'events'>['hourUnit'],
        ...opt('mode', row.mode as Item<'events'>['mode']),
        ...opt('notes', row.notes),
        ...opt('seriesId', row.series_id),
        ...(row.detached_from_series ? { detachedFromSeries: true } : {}),
        ...(leaders.length ? { leaders: leaders.map((leader) => ({ personId: leader.person_id, role: leader.role as 'trainer' })) } : {}),
        participants: (participantsOf.get(row.id) ?? []).map((participant) => {
          const marks = attendanceOf.get(participant.id) ?? [];
          const statuses = marks.map((mark) => mark.status as AttendanceStatus);
          const simple = days.length === 1 && marks.length === 1 && marks[0]!.day === days[0];
          return {
            personId: participant.person_id,
            ...opt('attendance', attendanceSummary(statuses)),
            ...(marks.length && !simple ? { attendanceByDay: Object.fromEntries(marks.map((mark) => [mark.day, mark.status as AttendanceStatus])) } : {}),
            ...opt('institutionId', participant.institution_id),
            ...(participant.walk_in ? { walkIn: true } : {}),
            ...opt('hours', participant.hours === null ? null : Number(participant.hours)),
          };
        }),
      };
    });

  const certificates = t.certificates
    .filter((row) => scope.certificates.has(row.id))
    .map((row): Item<'certificates'> => ({
      id: row.id,
      number: row.number,
      year: Number(row.year),
      sequence: Number(row.sequence),
      issuedOn: row.issued_on,
      eventId: row.event_id,
      personId: row.person_id,
    }));

  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: toWarsawIso(now),
    office: { name: t.settings.get(OFFICE_NAME_SETTING) ?? null, voivodeshipTeryt: t.settings.get(OFFICE_VOIVODESHIP_SETTING) ?? null },
    projects: projects.sort(byId),
    institutions: institutionList.sort(byId),
    people: people.sort(byId),
    templates: templates.sort(byId),
    agreements: agreements.sort(byId),
    partnerships: partnerships.sort(byId),
    eventSeries: eventSeries.sort(byId),
    events: events.sort(byId),
    certificates: certificates.sort(byId),
  };
}

/** The register (or the part the query asks for) as an exchange document. */
export async function exportDocument(db: Knex, query: ExchangeExportQuery, now = new Date()): Promise<ExchangeDocument> {
  const tables = await readTables(db);
  return buildDocument(tables, selectScope(tables, query), now);
}
