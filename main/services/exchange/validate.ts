/**
 * Checking an exchange file before anything is written: its structure record by record (zod), duplicate ids,
 * references to ids neither in the file nor in the register, TERYT codes, and clashes with what the register
 * holds (a phase of another project, an agreement number already taken…). Every problem is collected, each at
 * its JSON path; the register is only read.
 */
import type { Knex } from 'knex';
import {
  CERTIFICATE_NUMBER_PATTERN,
  EXCHANGE_ENTITIES,
  EXCHANGE_RECORD_SCHEMAS,
  exchangeFrame,
  exchangeOffice,
  type ExchangeEntity,
  type ExchangeRecord,
} from '../../../preload/contract';
import { ServiceError } from '../errors';
import { validateTemplateBody } from '../templates';
import { Problems } from './problems';
import { existing, rowsWhereIn } from './rows';
import { warsawDay } from './time';

export interface Indexed<T> {
  /** Position in the file's list (for paths). */
  index: number;
  value: T;
}

export type CheckedRecords = { [E in ExchangeEntity]: Indexed<ExchangeRecord<E>>[] };

export interface CheckedDocument extends CheckedRecords {
  exportedAt: string;
  office: { name: string | null; voivodeshipTeryt: string | null };
}

type RefKind = 'institution' | 'person' | 'project' | 'partnership' | 'template' | 'series' | 'event';

const REFERENCES: Record<RefKind, { entity: ExchangeEntity; table: string; unknown: (id: string) => string }> = {
  institution: { entity: 'institutions', table: 'institutions', unknown: (id) => `nieznana instytucja "${id}"` },
  person: { entity: 'people', table: 'people', unknown: (id) => `nieznana osoba "${id}"` },
  project: { entity: 'projects', table: 'projects', unknown: (id) => `nieznany projekt "${id}"` },
  partnership: { entity: 'partnerships', table: 'partnerships', unknown: (id) => `nieznane partnerstwo "${id}"` },
  template: { entity: 'templates', table: 'document_templates', unknown: (id) => `nieznany szablon dokumentu "${id}"` },
  series: { entity: 'eventSeries', table: 'event_series', unknown: (id) => `nieznana seria wydarzeń "${id}"` },
  event: { entity: 'events', table: 'events', unknown: (id) => `nieznane wydarzenie "${id}"` },
};

type Path = (string | number)[];

interface Reference {
  path: Path;
  kind: RefKind;
  id: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id a raw record declares, whatever else is wrong with it (so references to it do not fail as well). */
function rawId(value: unknown): string | null {
  return isObject(value) && typeof value.id === 'string' && value.id.trim() ? value.id.trim() : null;
}

/** Parses the frame and every record; returns null when the file is not an exchange file at all. */
function parseRecords(raw: unknown, problems: Problems): { checked: CheckedDocument; rawLists: Record<ExchangeEntity, unknown[]> } | null {
  const frame = exchangeFrame.safeParse(raw);
  if (!frame.success) problems.addZod([], frame.error.issues);
  if (!isObject(raw)) return null;
  if (!frame.success && frame.error.issues.some((issue) => issue.path[0] === 'format' || issue.path[0] === 'version')) return null;
  const office = exchangeOffice.safeParse(raw.office);
  const checked = {
    exportedAt: typeof raw.exportedAt === 'string' ? raw.exportedAt : new Date().toISOString(),
    office: office.success ? office.data : { name: null, voivodeshipTeryt: null },
  } as CheckedDocument;
  const rawLists = {} as Record<ExchangeEntity, unknown[]>;
  for (const entity of EXCHANGE_ENTITIES) {
    const list = Array.isArray(raw[entity]) ? (raw[entity] as unknown[]) : [];
    rawLists[entity] = list;
    const schema = EXCHANGE_RECORD_SCHEMAS[entity];
    const records: Indexed<unknown>[] = [];
    list.forEach((item, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) records.push({ index, value: parsed.data });
      else problems.addZod([entity, index], parsed.error.issues);
    });
    (checked as unknown as Record<ExchangeEntity, Indexed<unknown>[]>)[entity] = records;
  }
  return { checked, rawLists };
}

/** Ids that occur twice in one list: reported at each later occurrence. */
function duplicateIds(entity: ExchangeEntity, list: unknown[], problems: Problems): void {
  const first = new Map<string, number>();
  list.forEach((item, index) => {
    const id = rawId(item);
    if (id === null) return;
    if (first.has(id)) problems.add([entity, index, 'id'], `identyfikator "${id}" występuje w pliku więcej niż raz (także ${entity}[${first.get(id)}])`);
    else first.set(id, index);
  });
}

/** Ids of parts of records (phases, members…): unique in the file, and not another record's part in the register. */
interface Part {
  path: Path;
  id: string;
  /** The record it belongs to. */
  owner: string;
}

async function checkParts(db: Knex, problems: Problems, parts: Part[], table: string, ownerColumn: string, what: string, ownerWhat: string): Promise<void> {
  const seen = new Map<string, Part>();
  for (const part of parts) {
    const earlier = seen.get(part.id);
    if (earlier) problems.add(part.path, `identyfikator "${part.id}" (${what}) występuje w pliku więcej niż raz`);
    else seen.set(part.id, part);
  }
  const stored = await rowsWhereIn<Record<string, string>>(db, table, 'id', seen.keys());
  for (const row of stored) {
    const part = seen.get(row.id!)!;
    if (row[ownerColumn] !== part.owner) problems.add(part.path, `${what} "${part.id}" należy w bazie do ${ownerWhat} "${row[ownerColumn]}"`);
  }
}

export async function checkDocument(db: Knex, raw: unknown): Promise<{ document: CheckedDocument | null; problems: Problems }> {
  const problems = new Problems();
  const parsed = parseRecords(raw, problems);
  if (!parsed) {
    if (problems.count === 0) problems.add('$', 'plik nie zawiera obiektu JSON pliku wymiany');
    return { document: null, problems };
  }
  const { checked: doc, rawLists } = parsed;
  for (const entity of EXCHANGE_ENTITIES) duplicateIds(entity, rawLists[entity], problems);

  // References ---------------------------------------------------------------------------------------------
  const refs: Reference[] = [];
  const ref = (path: Path, kind: RefKind, id: string | null | undefined) => {
    if (id) refs.push({ path, kind, id });
  };
  for (const { index, value } of doc.people) ref(['people', index, 'institutionId'], 'institution', value.institutionId);
  for (const { index, value } of doc.partnerships) {
    const at = ['partnerships', index];
    ref([...at, 'projectId'], 'project', value.projectId);
    ref([...at, 'leaderInstitutionId'], 'institution', value.leaderInstitutionId);
    ref([...at, 'strategicPartnerInstitutionId'], 'institution', value.strategicPartnerInstitutionId);
    ref([...at, 'animatorPersonId'], 'person', value.animatorPersonId);
    ref([...at, 'parentId'], 'partnership', value.parentId);
    value.members.forEach((member, j) => {
      ref([...at, 'members', j, 'institutionId'], 'institution', member.institutionId);
      ref([...at, 'members', j, 'personId'], 'person', member.personId);
    });
    value.serviceOffers.forEach((offer, j) => ref([...at, 'serviceOffers', j, 'institutionId'], 'institution', offer.institutionId));
  }
  for (const { index, value } of doc.agreements) {
    const at = ['agreements', index];
    ref([...at, 'projectId'], 'project', value.projectId);
    ref([...at, 'partnershipId'], 'partnership', value.partnershipId);
    ref([...at, 'templateId'], 'template', value.templateId);
    value.parties.forEach((id, j) => ref([...at, 'parties', j], 'institution', id));
    (value.partyDetails ?? []).forEach((party, j) => {
      ref([...at, 'partyDetails', j, 'institutionId'], 'institution', party.institutionId);
      ref([...at, 'partyDetails', j, 'actingThroughInstitutionId'], 'institution', party.actingThroughInstitutionId);
    });
  }
  for (const { index, value } of doc.events) {
    const at = ['events', index];
    ref([...at, 'projectId'], 'project', value.projectId);
    ref([...at, 'partnershipId'], 'partnership', value.partnershipId);
    ref([...at, 'organiserInstitutionId'], 'institution', value.organiserInstitutionId);
    ref([...at, 'seriesId'], 'series', value.seriesId);
    value.leaders.forEach((leader, j) => ref([...at, 'leaders', j, 'personId'], 'person', leader.personId));
    value.participants.forEach((participant, j) => {
      ref([...at, 'participants', j, 'personId'], 'person', participant.personId);
      ref([...at, 'participants', j, 'institutionId'], 'institution', participant.institutionId);
    });
  }
  for (const { index, value } of doc.certificates) {
    ref(['certificates', index, 'eventId'], 'event', value.eventId);
    ref(['certificates', index, 'personId'], 'person', value.personId);
  }
  const inFile = Object.fromEntries(
    (Object.keys(REFERENCES) as RefKind[]).map((kind) => [kind, new Set(rawLists[REFERENCES[kind].entity].map(rawId).filter((id): id is string => id !== null))]),
  ) as Record<RefKind, Set<string>>;
  for (const kind of Object.keys(REFERENCES) as RefKind[]) {
    const wanted = refs.filter((r) => r.kind === kind && !inFile[kind].has(r.id));
    if (wanted.length === 0) continue;
    const found = await existing(db, REFERENCES[kind].table, wanted.map((r) => r.id));
    for (const r of wanted) if (!found.has(r.id)) problems.add(r.path, REFERENCES[kind].unknown(r.id));
  }

  // Kinds that must fit: an agreement's template, a ZZK's parent ----------------------------------------------
  const fileTemplates = new Map(doc.templates.map(({ value }) => [value.id, value.kind as string]));
  const storedTemplates = new Map(
    (await rowsWhereIn<{ id: string; kind: string }>(db, 'document_templates', 'id', [...doc.agreements.map(({ value }) => value.templateId ?? ''), ...fileTemplates.keys()])).map((row) => [row.id, row.kind]),
  );
  for (const { index, value } of doc.agreements) {
    const kind = value.templateId ? (fileTemplates.get(value.templateId) ?? storedTemplates.get(value.templateId)) : undefined;
    if (kind && kind !== 'agreement') problems.add(['agreements', index, 'templateId'], `szablon "${value.templateId}" nie jest szablonem porozumienia (rodzaj: ${kind})`);
  }
  for (const { index, value } of doc.templates) {
    const stored = storedTemplates.get(value.id);
    if (stored && stored !== value.kind) problems.add(['templates', index, 'kind'], `szablon "${value.id}" jest w bazie rodzaju „${stored}”; rodzaju szablonu nie można zmienić`);
    try {
      validateTemplateBody(value.kind, value.body);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      problems.add(['templates', index, 'body'], error.fieldErrors?.body ?? error.message);
    }
  }
  const defaults = new Map<string, number>();
  for (const { index, value } of doc.templates) {
    if (!value.isDefault) continue;
    if (defaults.has(value.kind)) problems.add(['templates', index, 'isDefault'], `szablonem domyślnym rodzaju „${value.kind}” jest już templates[${defaults.get(value.kind)}]`);
    else defaults.set(value.kind, index);
  }
  const fileKinds = new Map(doc.partnerships.map(({ value }) => [value.id, value.kind as string]));
  const parentIds = doc.partnerships.map(({ value }) => value.parentId).filter((id): id is string => Boolean(id) && !fileKinds.has(id!));
  const storedKinds = new Map((await rowsWhereIn<{ id: string; kind: string }>(db, 'partnerships', 'id', parentIds)).map((row) => [row.id, row.kind === 'zzk' ? 'ZZK' : row.kind]));
  for (const { index, value } of doc.partnerships) {
    if (!value.parentId) continue;
    const kind = fileKinds.get(value.parentId) ?? storedKinds.get(value.parentId);
    if (kind === 'ZZK') problems.add(['partnerships', index, 'parentId'], `zespołem nadrzędnym ZZK może być tylko PZK lub G-PZK ("${value.parentId}" to ZZK)`);
  }

  // TERYT codes ------------------------------------------------------------------------------------------------
  const codes: { path: Path; code: string }[] = [];
  const code = (path: Path, value: string | null | undefined) => {
    if (value) codes.push({ path, code: value });
  };
  code(['office', 'voivodeshipTeryt'], doc.office.voivodeshipTeryt);
  for (const { index, value } of doc.institutions) code(['institutions', index, 'teryt'], value.teryt);
  for (const { index, value } of doc.partnerships) code(['partnerships', index, 'teryt'], value.teryt);
  for (const { index, value } of doc.events) code(['events', index, 'teryt'], value.teryt);
  for (const { index, value } of doc.agreements) {
    code(['agreements', index, 'teryt'], value.teryt);
    (value.partyDetails ?? []).forEach((party, j) => code(['agreements', index, 'partyDetails', j, 'teryt'], party.teryt));
  }
  const units = await existing(db, 'territorial_units', codes.map((c) => c.code), 'code');
  for (const c of codes) if (!units.has(c.code)) problems.add(c.path, `nieznany kod TERYT "${c.code}"`);
  for (const { index, value } of doc.agreements) {
    if (!value.partyDetails && !value.teryt && value.parties.length === 0) problems.add(['agreements', index, 'parties'], 'porozumienie bez stron: podaj teryt, parties albo partyDetails');
  }

  // Attendance days within the event -----------------------------------------------------------------------------
  for (const { index, value } of doc.events) {
    const first = warsawDay(value.start);
    const last = warsawDay(value.end);
    value.participants.forEach((participant, j) => {
      for (const day of Object.keys(participant.attendanceByDay ?? {})) {
        if (day < first || day > last) problems.add(['events', index, 'participants', j, 'attendanceByDay', day], `dzień poza terminem wydarzenia (${first}${last !== first ? ` – ${last}` : ''})`);
      }
    });
  }

  // Parts of records -----------------------------------------------------------------------------------------------
  const phases: Part[] = [];
  const indicators: Part[] = [];
  for (const { index, value } of doc.projects) {
    value.phases.forEach((phase, j) => phase.id && phases.push({ path: ['projects', index, 'phases', j, 'id'], id: phase.id, owner: value.id }));
    value.indicators.forEach((indicator, j) => indicator.id && indicators.push({ path: ['projects', index, 'indicators', j, 'id'], id: indicator.id, owner: value.id }));
  }
  await checkParts(db, problems, phases, 'project_phases', 'project_id', 'faza', 'projektu');
  await checkParts(db, problems, indicators, 'project_indicators', 'project_id', 'wskaźnik', 'projektu');

  const members: Part[] = [];
  const offers: Part[] = [];
  const cases: Part[] = [];
  for (const { index, value } of doc.partnerships) {
    value.members.forEach((member, j) => member.id && members.push({ path: ['partnerships', index, 'members', j, 'id'], id: member.id, owner: value.id }));
    value.serviceOffers.forEach((offer, j) => offer.id && offers.push({ path: ['partnerships', index, 'serviceOffers', j, 'id'], id: offer.id, owner: value.id }));
    if (value.zzkCase?.id) cases.push({ path: ['partnerships', index, 'zzkCase', 'id'], id: value.zzkCase.id, owner: value.id });
  }
  await checkParts(db, problems, members, 'partnership_members', 'partnership_id', 'wpis członkostwa', 'partnerstwa');
  await checkParts(db, problems, offers, 'service_offers', 'partnership_id', 'oferta usługi', 'partnerstwa');
  await checkParts(db, problems, cases, 'zzk_cases', 'partnership_id', 'sprawa ZZK', 'partnerstwa');
  const storedCases = new Map(
    (await rowsWhereIn<{ id: string; partnership_id: string }>(db, 'zzk_cases', 'partnership_id', doc.partnerships.map(({ value }) => value.id))).map((row) => [row.partnership_id, row.id]),
  );
  const goals: Part[] = [];
  for (const { index, value } of doc.partnerships) {
    if (!value.zzkCase) continue;
    const stored = storedCases.get(value.id);
    if (value.zzkCase.id && stored && stored !== value.zzkCase.id) {
      problems.add(['partnerships', index, 'zzkCase', 'id'], `partnerstwo "${value.id}" ma w bazie inną sprawę ZZK ("${stored}")`);
    }
    const caseId = value.zzkCase.id ?? stored ?? '';
    value.zzkCase.goals.forEach((goal, j) => goal.id && goals.push({ path: ['partnerships', index, 'zzkCase', 'goals', j, 'id'], id: goal.id, owner: caseId }));
  }
  await checkParts(db, problems, goals, 'zzk_goals', 'case_id', 'cel ZZK', 'sprawy');

  const parties: Part[] = [];
  for (const { index, value } of doc.agreements) {
    (value.partyDetails ?? []).forEach((party, j) => party.id && parties.push({ path: ['agreements', index, 'partyDetails', j, 'id'], id: party.id, owner: value.id }));
  }
  await checkParts(db, problems, parties, 'agreement_parties', 'agreement_id', 'strona porozumienia', 'porozumienia');

  // Numbers that must stay unique: agreements, certificates -------------------------------------------------------
  const numbers = new Map<string, number>();
  for (const { index, value } of doc.agreements) {
    const key = (value.number ?? value.id).toLocaleLowerCase('pl');
    if (numbers.has(key)) problems.add(['agreements', index, 'number'], `numer porozumienia „${value.number ?? value.id}” ma już agreements[${numbers.get(key)}]`);
    else numbers.set(key, index);
  }
  if (numbers.size) {
    const fileIds = new Set(doc.agreements.map(({ value }) => value.id));
    const stored = (await db('agreements').select('id', 'number')) as { id: string; number: string }[];
    const byNumber = new Map(stored.map((row) => [row.number.toLocaleLowerCase('pl'), row.id]));
    for (const { index, value } of doc.agreements) {
      const other = byNumber.get((value.number ?? value.id).toLocaleLowerCase('pl'));
      if (other && other !== value.id && !fileIds.has(other)) problems.add(['agreements', index, 'number'], `numer porozumienia „${value.number ?? value.id}” ma już w bazie porozumienie "${other}"`);
    }
  }
  if (doc.certificates.length) {
    const stored = (await db('certificates').select('id', 'number', 'year', 'sequence', 'event_id', 'person_id')) as {
      id: string;
      number: string;
      year: number;
      sequence: number;
      event_id: string;
      person_id: string;
    }[];
    const keys = [
      { field: 'number', key: (c: { number: string }) => c.number, what: 'numer zaświadczenia' },
      { field: 'sequence', key: (c: { year: number; sequence: number }) => `${c.year}/${c.sequence}`, what: 'numer kolejny w roku' },
      { field: 'personId', key: (c: { event_id: string; person_id: string }) => `${c.event_id} ${c.person_id}`, what: 'zaświadczenie tej osoby za to wydarzenie' },
    ] as const;
    const fileRows = doc.certificates.map(({ index, value }) => {
      const match = CERTIFICATE_NUMBER_PATTERN.exec(value.number);
      return {
        index,
        id: value.id,
        number: value.number,
        year: value.year ?? Number(match?.[2] ?? 0),
        sequence: value.sequence ?? Number(match?.[1] ?? 0),
        event_id: value.eventId,
        person_id: value.personId,
      };
    });
    for (const { field, key, what } of keys) {
      const inFileKeys = new Map<string, number>();
      const inDb = new Map(stored.map((row) => [key(row as never), row.id]));
      for (const row of fileRows) {
        const k = key(row as never);
        if (inFileKeys.has(k)) problems.add(['certificates', row.index, field], `${what} „${k}” powtarza się w pliku (certificates[${inFileKeys.get(k)}])`);
        else inFileKeys.set(k, row.index);
        const other = inDb.get(k);
        if (other && other !== row.id) problems.add(['certificates', row.index, field], `${what} „${k}” ma już w bazie zaświadczenie "${other}"`);
      }
    }
  }
  return { document: doc, problems };
}
