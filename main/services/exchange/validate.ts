/**
 * Checking an exchange file before anything is written: its structure record by record (zod), duplicate ids,
 * references to ids neither in the file nor in the register, TERYT codes, and clashes with what the register
 * holds (a phase of another project, an agreement number already taken…). Every problem is collected, each at
 * its JSON path; the register is only read.
 *
 * The file is read record by record (source.ts) and of each record only what a later check needs is kept:
 * ids, the set of ids it refers to, the TERYT codes it names, the parts' ids. Paths are built for problems
 * only: when an id or a code turns out unknown, the lists are read once more to say where it occurs.
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
import type { DocumentSource } from './source';
import { warsawDay } from './time';

/** A file that passed every check: read again, record by record, to be written. */
export interface CheckedFile {
  source: DocumentSource;
  exportedAt: string;
  office: { name: string | null; voivodeshipTeryt: string | null };
  /** Ids of the institutions the file lists (a party made up from one of them takes its details). */
  institutionIds: ReadonlySet<string>;
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
const REF_KINDS = Object.keys(REFERENCES) as RefKind[];

type Path = (string | number)[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id a raw record declares, whatever else is wrong with it (so references to it do not fail as well). */
function rawId(value: unknown): string | null {
  return isObject(value) && typeof value.id === 'string' && value.id.trim() ? value.id.trim() : null;
}

type Emit = (path: Path, kind: RefKind, id: string | null | undefined) => void;

/** The references one record makes, in the order problems about them are reported. */
function referencesOf(entity: ExchangeEntity, index: number, record: unknown, ref: Emit): void {
  const at = [entity, index];
  if (entity === 'people') {
    const value = record as ExchangeRecord<'people'>;
    ref([...at, 'institutionId'], 'institution', value.institutionId);
  } else if (entity === 'partnerships') {
    const value = record as ExchangeRecord<'partnerships'>;
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
  } else if (entity === 'agreements') {
    const value = record as ExchangeRecord<'agreements'>;
    ref([...at, 'projectId'], 'project', value.projectId);
    ref([...at, 'partnershipId'], 'partnership', value.partnershipId);
    ref([...at, 'templateId'], 'template', value.templateId);
    value.parties.forEach((id, j) => ref([...at, 'parties', j], 'institution', id));
    (value.partyDetails ?? []).forEach((party, j) => {
      ref([...at, 'partyDetails', j, 'institutionId'], 'institution', party.institutionId);
      ref([...at, 'partyDetails', j, 'actingThroughInstitutionId'], 'institution', party.actingThroughInstitutionId);
    });
  } else if (entity === 'events') {
    const value = record as ExchangeRecord<'events'>;
    ref([...at, 'projectId'], 'project', value.projectId);
    ref([...at, 'partnershipId'], 'partnership', value.partnershipId);
    ref([...at, 'organiserInstitutionId'], 'institution', value.organiserInstitutionId);
    ref([...at, 'seriesId'], 'series', value.seriesId);
    value.leaders.forEach((leader, j) => ref([...at, 'leaders', j, 'personId'], 'person', leader.personId));
    value.participants.forEach((participant, j) => {
      ref([...at, 'participants', j, 'personId'], 'person', participant.personId);
      ref([...at, 'participants', j, 'institutionId'], 'institution', participant.institutionId);
    });
  } else if (entity === 'certificates') {
    const value = record as ExchangeRecord<'certificates'>;
    ref([...at, 'eventId'], 'event', value.eventId);
    ref([...at, 'personId'], 'person', value.personId);
  }
}
/** The order in which the old whole-document check listed reference problems (per kind). */
const REFERRING: ExchangeEntity[] = ['people', 'partnerships', 'agreements', 'events', 'certificates'];

type EmitCode = (path: Path, code: string | null | undefined) => void;

/** The TERYT codes one record names. */
function codesOf(entity: ExchangeEntity, index: number, record: unknown, code: EmitCode): void {
  if (entity === 'institutions' || entity === 'partnerships' || entity === 'events') code([entity, index, 'teryt'], (record as { teryt: string | null }).teryt);
  else if (entity === 'agreements') {
    const value = record as ExchangeRecord<'agreements'>;
    code(['agreements', index, 'teryt'], value.teryt);
    (value.partyDetails ?? []).forEach((party, j) => code(['agreements', index, 'partyDetails', j, 'teryt'], party.teryt));
  }
}
const NAMING_CODES: ExchangeEntity[] = ['institutions', 'partnerships', 'events', 'agreements'];

/** Every valid record of the lists `entities`, in that order (for the second look that builds paths). */
function* validRecords(source: DocumentSource, entities: ExchangeEntity[]): Generator<[ExchangeEntity, number, unknown]> {
  for (const entity of entities) {
    let index = 0;
    for (const item of source.items(entity)) {
      const parsed = EXCHANGE_RECORD_SCHEMAS[entity].safeParse(item);
      if (parsed.success) yield [entity, index, parsed.data];
      index++;
    }
  }
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

interface CertificateKeys {
  index: number;
  id: string;
  number: string;
  year: number;
  sequence: number;
  event_id: string;
  person_id: string;
}

export async function checkSource(db: Knex, source: DocumentSource): Promise<{ file: CheckedFile | null; problems: Problems }> {
  const problems = new Problems();
  const raw = source.frame;
  const frame = exchangeFrame.safeParse(raw);
  if (!frame.success) problems.addZod([], frame.error.issues);
  if (!isObject(raw) || (!frame.success && frame.error.issues.some((issue) => issue.path[0] === 'format' || issue.path[0] === 'version'))) {
    if (problems.count === 0) problems.add('$', 'plik nie zawiera obiektu JSON pliku wymiany');
    return { file: null, problems };
  }
  const office = exchangeOffice.safeParse(raw.office);
  const file: CheckedFile = {
    source,
    exportedAt: typeof raw.exportedAt === 'string' ? raw.exportedAt : new Date().toISOString(),
    office: office.success ? office.data : { name: null, voivodeshipTeryt: null },
    institutionIds: new Set(),
  };

  // Problems are reported group by group, in this order, whatever order the file's lists come in.
  const records = new Problems();
  const duplicates = new Problems();
  const noParties = new Problems();
  const days = new Problems();

  // One pass over every list: structure, duplicates, and what the checks below need. ---------------------------
  const ids = {} as Record<ExchangeEntity, Map<string, number>>;
  const referenced = Object.fromEntries(REF_KINDS.map((kind) => [kind, new Set<string>()])) as Record<RefKind, Set<string>>;
  const collectRef: Emit = (_path, kind, id) => {
    if (id) referenced[kind].add(id);
  };
  const codes = new Set<string>();
  const collectCode: EmitCode = (_path, code) => {
    if (code) codes.add(code);
  };
  if (file.office.voivodeshipTeryt) codes.add(file.office.voivodeshipTeryt);
  const templates: { index: number; value: ExchangeRecord<'templates'> }[] = [];
  const agreementTemplates: { index: number; templateId: string }[] = [];
  const agreementNumbers: { index: number; id: string; number: string }[] = [];
  const partnershipKinds = new Map<string, string>();
  const parents: { index: number; parentId: string }[] = [];
  const partnershipIds: string[] = [];
  const cases: { index: number; partnershipId: string; caseId: string | undefined; goals: [number, string][] }[] = [];
  const phases: Part[] = [];
  const indicators: Part[] = [];
  const members: Part[] = [];
  const offers: Part[] = [];
  const caseParts: Part[] = [];
  const parties: Part[] = [];
  const certificates: CertificateKeys[] = [];

  const keep = (entity: ExchangeEntity, index: number, record: unknown) => {
    referencesOf(entity, index, record, collectRef);
    codesOf(entity, index, record, collectCode);
    if (entity === 'projects') {
      const value = record as ExchangeRecord<'projects'>;
      value.phases.forEach((phase, j) => phase.id && phases.push({ path: ['projects', index, 'phases', j, 'id'], id: phase.id, owner: value.id }));
      value.indicators.forEach((indicator, j) => indicator.id && indicators.push({ path: ['projects', index, 'indicators', j, 'id'], id: indicator.id, owner: value.id }));
    } else if (entity === 'templates') {
      templates.push({ index, value: record as ExchangeRecord<'templates'> });
    } else if (entity === 'agreements') {
      const value = record as ExchangeRecord<'agreements'>;
      if (value.templateId) agreementTemplates.push({ index, templateId: value.templateId });
      agreementNumbers.push({ index, id: value.id, number: value.number ?? value.id });
      if (!value.partyDetails && !value.teryt && value.parties.length === 0) noParties.add(['agreements', index, 'parties'], 'porozumienie bez stron: podaj teryt, parties albo partyDetails');
      (value.partyDetails ?? []).forEach((party, j) => party.id && parties.push({ path: ['agreements', index, 'partyDetails', j, 'id'], id: party.id, owner: value.id }));
    } else if (entity === 'partnerships') {
      const value = record as ExchangeRecord<'partnerships'>;
      partnershipIds.push(value.id);
      partnershipKinds.set(value.id, value.kind);
      if (value.parentId) parents.push({ index, parentId: value.parentId });
      value.members.forEach((member, j) => member.id && members.push({ path: ['partnerships', index, 'members', j, 'id'], id: member.id, owner: value.id }));
      value.serviceOffers.forEach((offer, j) => offer.id && offers.push({ path: ['partnerships', index, 'serviceOffers', j, 'id'], id: offer.id, owner: value.id }));
      if (value.zzkCase) {
        if (value.zzkCase.id) caseParts.push({ path: ['partnerships', index, 'zzkCase', 'id'], id: value.zzkCase.id, owner: value.id });
        const goals = value.zzkCase.goals.flatMap((goal, j): [number, string][] => (goal.id ? [[j, goal.id]] : []));
        cases.push({ index, partnershipId: value.id, caseId: value.zzkCase.id, goals });
      }
    } else if (entity === 'events') {
      const value = record as ExchangeRecord<'events'>;
      const first = warsawDay(value.start);
      const last = warsawDay(value.end);
      value.participants.forEach((participant, j) => {
        for (const day of Object.keys(participant.attendanceByDay ?? {})) {
          if (day < first || day > last) days.add(['events', index, 'participants', j, 'attendanceByDay', day], `dzień poza terminem wydarzenia (${first}${last !== first ? ` – ${last}` : ''})`);
        }
      });
    } else if (entity === 'certificates') {
      const value = record as ExchangeRecord<'certificates'>;
      const match = CERTIFICATE_NUMBER_PATTERN.exec(value.number);
      certificates.push({
        index,
        id: value.id,
        number: value.number,
        year: value.year ?? Number(match?.[2] ?? 0),
        sequence: value.sequence ?? Number(match?.[1] ?? 0),
        event_id: value.eventId,
        person_id: value.personId,
      });
    }
  };

  for (const entity of EXCHANGE_ENTITIES) {
    const schema = EXCHANGE_RECORD_SCHEMAS[entity];
    const first = new Map<string, number>();
    let index = 0;
    for (const item of source.items(entity)) {
      const at = index++;
      const id = rawId(item);
      if (id !== null) {
        if (first.has(id)) duplicates.add([entity, at, 'id'], `identyfikator "${id}" występuje w pliku więcej niż raz (także ${entity}[${first.get(id)}])`);
        else first.set(id, at);
      }
      const parsed = schema.safeParse(item);
      if (parsed.success) keep(entity, at, parsed.data);
      else records.addZod([entity, at], parsed.error.issues);
    }
    ids[entity] = first;
  }
  file.institutionIds = new Set(ids.institutions.keys());
  problems.append(records);
  problems.append(duplicates);

  // References ---------------------------------------------------------------------------------------------
  const unknownIds = {} as Record<RefKind, Set<string>>;
  let anyUnknown = false;
  for (const kind of REF_KINDS) {
    const inFile = ids[REFERENCES[kind].entity];
    const wanted = [...referenced[kind]].filter((id) => !inFile.has(id));
    const found = wanted.length ? await existing(db, REFERENCES[kind].table, wanted) : new Set<string>();
    unknownIds[kind] = new Set(wanted.filter((id) => !found.has(id)));
    anyUnknown ||= unknownIds[kind].size > 0;
  }
  if (anyUnknown) {
    const byKind = Object.fromEntries(REF_KINDS.map((kind) => [kind, new Problems()])) as Record<RefKind, Problems>;
    for (const [entity, index, record] of validRecords(source, REFERRING)) {
      referencesOf(entity, index, record, (path, kind, id) => {
        if (id && unknownIds[kind].has(id)) byKind[kind].add(path, REFERENCES[kind].unknown(id));
      });
    }
    for (const kind of REF_KINDS) problems.append(byKind[kind]);
  }

  // Kinds that must fit: an agreement's template, a ZZK's parent ----------------------------------------------
  const fileTemplates = new Map(templates.map(({ value }) => [value.id, value.kind as string]));
  const storedTemplates = new Map(
    (await rowsWhereIn<{ id: string; kind: string }>(db, 'document_templates', 'id', [...agreementTemplates.map((a) => a.templateId), ...fileTemplates.keys()])).map((row) => [row.id, row.kind]),
  );
  for (const { index, templateId } of agreementTemplates) {
    const kind = fileTemplates.get(templateId) ?? storedTemplates.get(templateId);
    if (kind && kind !== 'agreement') problems.add(['agreements', index, 'templateId'], `szablon "${templateId}" nie jest szablonem porozumienia (rodzaj: ${kind})`);
  }
  for (const { index, value } of templates) {
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
  for (const { index, value } of templates) {
    if (!value.isDefault) continue;
    if (defaults.has(value.kind)) problems.add(['templates', index, 'isDefault'], `szablonem domyślnym rodzaju „${value.kind}” jest już templates[${defaults.get(value.kind)}]`);
    else defaults.set(value.kind, index);
  }
  const parentIds = parents.map((p) => p.parentId).filter((id) => !partnershipKinds.has(id));
  const storedKinds = new Map((await rowsWhereIn<{ id: string; kind: string }>(db, 'partnerships', 'id', parentIds)).map((row) => [row.id, row.kind === 'zzk' ? 'ZZK' : row.kind]));
  for (const { index, parentId } of parents) {
    const kind = partnershipKinds.get(parentId) ?? storedKinds.get(parentId);
    if (kind === 'ZZK') problems.add(['partnerships', index, 'parentId'], `zespołem nadrzędnym ZZK może być tylko PZK lub G-PZK ("${parentId}" to ZZK)`);
  }

  // TERYT codes ------------------------------------------------------------------------------------------------
  const units = await existing(db, 'territorial_units', codes, 'code');
  if ([...codes].some((code) => !units.has(code))) {
    const unknownCode: EmitCode = (path, code) => {
      if (code && !units.has(code)) problems.add(path, `nieznany kod TERYT "${code}"`);
    };
    unknownCode(['office', 'voivodeshipTeryt'], file.office.voivodeshipTeryt);
    for (const [entity, index, record] of validRecords(source, NAMING_CODES)) codesOf(entity, index, record, unknownCode);
  }
  problems.append(noParties);

  // Attendance days within the event -----------------------------------------------------------------------------
  problems.append(days);

  // Parts of records -----------------------------------------------------------------------------------------------
  await checkParts(db, problems, phases, 'project_phases', 'project_id', 'faza', 'projektu');
  await checkParts(db, problems, indicators, 'project_indicators', 'project_id', 'wskaźnik', 'projektu');
  await checkParts(db, problems, members, 'partnership_members', 'partnership_id', 'wpis członkostwa', 'partnerstwa');
  await checkParts(db, problems, offers, 'service_offers', 'partnership_id', 'oferta usługi', 'partnerstwa');
  await checkParts(db, problems, caseParts, 'zzk_cases', 'partnership_id', 'sprawa ZZK', 'partnerstwa');
  const storedCases = new Map((await rowsWhereIn<{ id: string; partnership_id: string }>(db, 'zzk_cases', 'partnership_id', partnershipIds)).map((row) => [row.partnership_id, row.id]));
  const goals: Part[] = [];
  for (const { index, partnershipId, caseId, goals: goalIds } of cases) {
    const stored = storedCases.get(partnershipId);
    if (caseId && stored && stored !== caseId) problems.add(['partnerships', index, 'zzkCase', 'id'], `partnerstwo "${partnershipId}" ma w bazie inną sprawę ZZK ("${stored}")`);
    const owner = caseId ?? stored ?? '';
    for (const [j, id] of goalIds) goals.push({ path: ['partnerships', index, 'zzkCase', 'goals', j, 'id'], id, owner });
  }
  await checkParts(db, problems, goals, 'zzk_goals', 'case_id', 'cel ZZK', 'sprawy');
  await checkParts(db, problems, parties, 'agreement_parties', 'agreement_id', 'strona porozumienia', 'porozumienia');

  // Numbers that must stay unique: agreements, certificates -------------------------------------------------------
  const numbers = new Map<string, number>();
  for (const { index, number } of agreementNumbers) {
    const key = number.toLocaleLowerCase('pl');
    if (numbers.has(key)) problems.add(['agreements', index, 'number'], `numer porozumienia „${number}” ma już agreements[${numbers.get(key)}]`);
    else numbers.set(key, index);
  }
  if (numbers.size) {
    const fileIds = new Set(agreementNumbers.map(({ id }) => id));
    const stored = (await db('agreements').select('id', 'number')) as { id: string; number: string }[];
    const byNumber = new Map(stored.map((row) => [row.number.toLocaleLowerCase('pl'), row.id]));
    for (const { index, id, number } of agreementNumbers) {
      const other = byNumber.get(number.toLocaleLowerCase('pl'));
      if (other && other !== id && !fileIds.has(other)) problems.add(['agreements', index, 'number'], `numer porozumienia „${number}” ma już w bazie porozumienie "${other}"`);
    }
  }
  if (certificates.length) {
    const stored = (await db('certificates').select('id', 'number', 'year', 'sequence', 'event_id', 'person_id')) as Omit<CertificateKeys, 'index'>[];
    const keys = [
      { field: 'number', key: (c: { number: string }) => c.number, what: 'numer zaświadczenia' },
      { field: 'sequence', key: (c: { year: number; sequence: number }) => `${c.year}/${c.sequence}`, what: 'numer kolejny w roku' },
      { field: 'personId', key: (c: { event_id: string; person_id: string }) => `${c.event_id} ${c.person_id}`, what: 'zaświadczenie tej osoby za to wydarzenie' },
    ] as const;
    for (const { field, key, what } of keys) {
      const inFileKeys = new Map<string, number>();
      const inDb = new Map(stored.map((row) => [key(row), row.id]));
      for (const row of certificates) {
        const k = key(row);
        if (inFileKeys.has(k)) problems.add(['certificates', row.index, field], `${what} „${k}” powtarza się w pliku (certificates[${inFileKeys.get(k)}])`);
        else inFileKeys.set(k, row.index);
        const other = inDb.get(k);
        if (other && other !== row.id) problems.add(['certificates', row.index, field], `${what} „${k}” ma już w bazie zaświadczenie "${other}"`);
      }
    }
  }
  return { file: problems.count ? null : file, problems };
}
