/**
 * The register → an exchange document. Records are sorted by id (lists inside a record by their own order), so
 * the same data always gives the same document. Filters keep the file self-consistent: whatever a record that
 * is in the file refers to is in the file too.
 */
import type { Knex } from 'knex';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeDocument, type ExchangeExportQuery } from '../../../preload/contract';
import { agreementRecords, agreementTeryt } from './export/agreements';
import { certificateRecords } from './export/certificates';
import { eventRecords, seriesRecords } from './export/events';
import { institutionRecords } from './export/institutions';
import { partnershipRecords } from './export/partnerships';
import { personRecords } from './export/people';
import { projectRecords } from './export/projects';
import { isBuiltInTemplate, readTables, type Scope, type Tables } from './export/tables';
import { templateRecords } from './export/templates';
import { studyRecords } from './export/studies';
import { subregionRecords } from './export/subregions';
import { groupBy, type EventRow } from './rows';
import { toWarsawIso, warsawDay } from './time';

export const OFFICE_NAME_SETTING = 'office.name';
export const OFFICE_VOIVODESHIP_SETTING = 'office.voivodeshipTeryt';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Which records the query puts in the file, with whatever they refer to. */
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
    studies: new Set(),
    subregions: new Set(),
  };
  const institutions = new Map(t.institutions.map((row) => [row.id, row]));
  const people = new Map(t.people.map((row) => [row.id, row]));
  const partnerships = new Map(t.partnerships.map((row) => [row.id, row]));
  const events = new Map(t.events.map((row) => [row.id, row]));
  const agreements = new Map(t.agreements.map((row) => [row.id, row]));
  const membersOf = groupBy(t.members, (row) => row.partnership_id);
  const teamOf = groupBy(t.team, (row) => row.partnership_id);
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
    for (const person of teamOf.get(id) ?? []) addPerson(person.person_id);
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
    // Studies are the office's work for a project, not of a place: they travel with the whole register.
    for (const row of t.studies) {
      scope.studies.add(row.id);
      addProject(row.project_id);
      addInstitution(row.contractor_institution_id);
    }
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
  // Subregions are the office's own grouping: all of them, or those of the territory's voivodeship.
  for (const row of t.subregions) if (query.teryt === null || row.voivodeship_code === query.teryt.slice(0, 2)) scope.subregions.add(row.id);
  for (const row of t.certificates) {
    if (!scope.events.has(row.event_id)) continue;
    scope.certificates.add(row.id);
    addPerson(row.person_id);
  }
  return scope;
}

function optionalList<K extends string, T>(key: K, items: T[]): { [P in K]?: T[] } {
  return (items.length ? { [key]: items } : {}) as { [P in K]?: T[] };
}

/** The document of the records in `scope`, each list sorted by id. */
function buildDocument(t: Tables, scope: Scope, now: Date): ExchangeDocument {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: toWarsawIso(now),
    office: { name: t.settings.get(OFFICE_NAME_SETTING) ?? null, voivodeshipTeryt: t.settings.get(OFFICE_VOIVODESHIP_SETTING) ?? null },
    projects: projectRecords(t, scope).sort(byId),
    institutions: institutionRecords(t, scope).sort(byId),
    people: personRecords(t, scope).sort(byId),
    templates: templateRecords(t, scope).sort(byId),
    agreements: agreementRecords(t, scope).sort(byId),
    partnerships: partnershipRecords(t, scope).sort(byId),
    eventSeries: seriesRecords(t, scope).sort(byId),
    events: eventRecords(t, scope).sort(byId),
    certificates: certificateRecords(t, scope).sort(byId),
    // Written only when the office defined some: a register without subregions gives the same file as before.
    ...optionalList('subregions', subregionRecords(t, scope).sort(byId)),
  };
}

/**
 * The register (or the part the query asks for) as an exchange document. With `filesDir`, the files of studies
 * travel in it (Base64); without, their records do without them.
 */
export async function exportDocument(db: Knex, query: ExchangeExportQuery, now = new Date(), filesDir: string | null = null): Promise<ExchangeDocument> {
  const tables = await readTables(db);
  const scope = selectScope(tables, query);
  return { ...buildDocument(tables, scope, now), studies: (await studyRecords(tables, scope, filesDir)).sort(byId) };
}
