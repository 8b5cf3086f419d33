/**
 * The one pass over every list of a file: each record's structure (zod) and id, and of each valid record only what
 * a later check needs (ids, the ids it refers to, the TERYT codes it names, its parts' ids…).
 */
import { CERTIFICATE_NUMBER_PATTERN, EXCHANGE_ENTITIES, EXCHANGE_RECORD_SCHEMAS, type ExchangeEntity, type ExchangeRecord } from '../../../../preload/contract';
import { createHash } from 'node:crypto';
import { ServiceError } from '../../errors';
import { checkFileType } from '../../storedFiles';
import { Problems } from '../problems';
import type { DocumentSource } from '../source';
import { warsawDay } from '../time';
import { codesOf, type EmitCode } from './codes';
import { rawId, withoutForbiddenKeys, type Part } from './records';
import { REF_KINDS, referencesOf, type Emit, type RefKind } from './references';

export interface CertificateKeys {
  index: number;
  id: string;
  number: string;
  year: number;
  sequence: number;
  event_id: string;
  person_id: string;
}

export interface ZzkCaseKeys {
  index: number;
  partnershipId: string;
  caseId: string | undefined;
  goals: [number, string][];
}

/** What the pass keeps; problems found on the way in groups reported apart (records, duplicates, no parties, days). */
export interface Collected {
  /** Ids of each list, with the index where each first occurs. */
  ids: Record<ExchangeEntity, Map<string, number>>;
  referenced: Record<RefKind, Set<string>>;
  codes: Set<string>;
  templates: { index: number; value: ExchangeRecord<'templates'> }[];
  agreementTemplates: { index: number; templateId: string }[];
  agreementNumbers: { index: number; id: string; number: string }[];
  partnershipKinds: Map<string, string>;
  parents: { index: number; parentId: string }[];
  partnershipIds: string[];
  cases: ZzkCaseKeys[];
  phases: Part[];
  indicators: Part[];
  members: Part[];
  /** People of a team, owned by their partnership. */
  teamPeople: Part[];
  offers: Part[];
  caseParts: Part[];
  parties: Part[];
  attachments: Part[];
  certificates: CertificateKeys[];
  /** Each powiat a subregion of the file names, with where it is first named (a powiat is in one subregion only). */
  subregionPowiats: Map<string, string>;
  /** Each subregion's voivodeship and name, lower case (one name per voivodeship). */
  subregionNames: Map<string, string>;
  subregions: { index: number; value: ExchangeRecord<'subregions'> }[];
  records: Problems;
  duplicates: Problems;
  noParties: Problems;
  days: Problems;
}

function emptyCollected(officeTeryt: string | null): Collected {
  return {
    ids: {} as Collected['ids'],
    referenced: Object.fromEntries(REF_KINDS.map((kind) => [kind, new Set<string>()])) as Collected['referenced'],
    codes: new Set(officeTeryt ? [officeTeryt] : []),
    templates: [],
    subregionPowiats: new Map(),
    subregionNames: new Map(),
    subregions: [],
    agreementTemplates: [],
    agreementNumbers: [],
    partnershipKinds: new Map(),
    parents: [],
    partnershipIds: [],
    cases: [],
    phases: [],
    indicators: [],
    members: [],
    teamPeople: [],
    offers: [],
    caseParts: [],
    parties: [],
    attachments: [],
    certificates: [],
    records: new Problems(),
    duplicates: new Problems(),
    noParties: new Problems(),
    days: new Problems(),
  };
}

/** Reads every list once; `officeTeryt` is among the codes to check. */
export function collectRecords(source: DocumentSource, officeTeryt: string | null): Collected {
  const c = emptyCollected(officeTeryt);
  for (const entity of EXCHANGE_ENTITIES) {
    const schema = EXCHANGE_RECORD_SCHEMAS[entity];
    const first = new Map<string, number>();
    let index = 0;
    for (const item of source.items(entity)) {
      const at = index++;
      const id = rawId(item);
      if (id !== null) {
        if (first.has(id)) c.duplicates.add([entity, at, 'id'], `identyfikator "${id}" występuje w pliku więcej niż raz (także ${entity}[${first.get(id)}])`);
        else first.set(id, at);
      }
      if (!withoutForbiddenKeys(item, [entity, at], c.records)) continue;
      const parsed = schema.safeParse(item);
      if (parsed.success) keep(c, entity, at, parsed.data);
      else c.records.addZod([entity, at], parsed.error.issues);
    }
    c.ids[entity] = first;
  }
  return c;
}

function keep(c: Collected, entity: ExchangeEntity, index: number, record: unknown): void {
  const collectRef: Emit = (_path, kind, id) => {
    if (id) c.referenced[kind].add(id);
  };
  const collectCode: EmitCode = (_path, code) => {
    if (code) c.codes.add(code);
  };
  referencesOf(entity, index, record, collectRef);
  codesOf(entity, index, record, collectCode);
  if (entity === 'projects') keepProject(c, index, record as ExchangeRecord<'projects'>);
  else if (entity === 'templates') c.templates.push({ index, value: record as ExchangeRecord<'templates'> });
  else if (entity === 'agreements') keepAgreement(c, index, record as ExchangeRecord<'agreements'>);
  else if (entity === 'partnerships') keepPartnership(c, index, record as ExchangeRecord<'partnerships'>);
  else if (entity === 'events') {
    checkDays(c, index, record as ExchangeRecord<'events'>);
    collectAttachments(c, index, record as ExchangeRecord<'events'>);
  }
  else if (entity === 'certificates') keepCertificate(c, index, record as ExchangeRecord<'certificates'>);
  else if (entity === 'studies') checkStudyFile(c, index, record as ExchangeRecord<'studies'>);
  else if (entity === 'subregions') keepSubregion(c, index, record as ExchangeRecord<'subregions'>);
}

/** A study's file must be what its SHA-256 says and a PDF or DOCX by its content (as an upload is checked). */
function checkStudyFile(c: Collected, index: number, value: ExchangeRecord<'studies'>): void {
  if (!value.file) return;
  const bytes = Buffer.from(value.file.contentBase64, 'base64');
  if (createHash('sha256').update(bytes).digest('hex') !== value.file.sha256) {
    c.records.add(['studies', index, 'file', 'sha256'], 'suma SHA-256 nie zgadza się z treścią pliku (plik uszkodzony lub zmieniony)');
    return;
  }
  try {
    checkFileType('opracowania', value.file.name, bytes);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    c.records.add(['studies', index, 'file', 'contentBase64'], error.message);
  }
}

function keepSubregion(c: Collected, index: number, value: ExchangeRecord<'subregions'>): void {
  c.subregions.push({ index, value });
  const name = `${value.voivodeship} ${value.name.toLocaleLowerCase('pl')}`;
  const sameName = c.subregionNames.get(name);
  if (sameName) c.duplicates.add(['subregions', index, 'name'], `subregion o nazwie „${value.name}” jest już w tym województwie (${sameName})`);
  else c.subregionNames.set(name, `subregions[${index}]`);
  value.powiats.forEach((code, j) => {
    const first = c.subregionPowiats.get(code);
    if (first) c.duplicates.add(['subregions', index, 'powiats', j], `powiat ${code} należy już do innego subregionu (${first}); powiat może być tylko w jednym`);
    else c.subregionPowiats.set(code, `subregions[${index}]`);
  });
}

function keepProject(c: Collected, index: number, value: ExchangeRecord<'projects'>): void {
  value.phases.forEach((phase, j) => phase.id && c.phases.push({ path: ['projects', index, 'phases', j, 'id'], id: phase.id, owner: value.id }));
  value.indicators.forEach((indicator, j) => indicator.id && c.indicators.push({ path: ['projects', index, 'indicators', j, 'id'], id: indicator.id, owner: value.id }));
}

function keepAgreement(c: Collected, index: number, value: ExchangeRecord<'agreements'>): void {
  if (value.templateId) c.agreementTemplates.push({ index, templateId: value.templateId });
  c.agreementNumbers.push({ index, id: value.id, number: value.number ?? value.id });
  if (!value.partyDetails && !value.teryt && value.parties.length === 0) c.noParties.add(['agreements', index, 'parties'], 'porozumienie bez stron: podaj teryt, parties albo partyDetails');
  (value.partyDetails ?? []).forEach((party, j) => party.id && c.parties.push({ path: ['agreements', index, 'partyDetails', j, 'id'], id: party.id, owner: value.id }));
}

function keepPartnership(c: Collected, index: number, value: ExchangeRecord<'partnerships'>): void {
  c.partnershipIds.push(value.id);
  c.partnershipKinds.set(value.id, value.kind);
  if (value.parentId) c.parents.push({ index, parentId: value.parentId });
  value.members.forEach((member, j) => member.id && c.members.push({ path: ['partnerships', index, 'members', j, 'id'], id: member.id, owner: value.id }));
  value.members.forEach((member, j) =>
    member.team.forEach((person, k) => person.id && c.teamPeople.push({ path: ['partnerships', index, 'members', j, 'team', k, 'id'], id: person.id, owner: value.id })),
  );
  value.serviceOffers.forEach((offer, j) => offer.id && c.offers.push({ path: ['partnerships', index, 'serviceOffers', j, 'id'], id: offer.id, owner: value.id }));
  if (value.zzkCase) {
    if (value.zzkCase.id) c.caseParts.push({ path: ['partnerships', index, 'zzkCase', 'id'], id: value.zzkCase.id, owner: value.id });
    const goals = value.zzkCase.goals.flatMap((goal, j): [number, string][] => (goal.id ? [[j, goal.id]] : []));
    c.cases.push({ index, partnershipId: value.id, caseId: value.zzkCase.id, goals });
  }
}

/** The event's attachments' ids, parts of the event (version 3). */
function collectAttachments(c: Collected, index: number, value: ExchangeRecord<'events'>): void {
  value.attachments?.forEach((attachment, j) => c.attachments.push({ path: ['events', index, 'attachments', j, 'id'], id: attachment.id, owner: value.id }));
}

/** Attendance days, and days of people counted but not named, within the event. */
function checkDays(c: Collected, index: number, value: ExchangeRecord<'events'>): void {
  const first = warsawDay(value.start);
  const last = warsawDay(value.end);
  for (const day of Object.keys(value.unnamedByDay ?? {})) {
    if (day < first || day > last) c.days.add(['events', index, 'unnamedByDay', day], `dzień poza terminem wydarzenia (${first}${last !== first ? ` – ${last}` : ''})`);
  }
  value.participants.forEach((participant, j) => {
    for (const day of Object.keys(participant.attendanceByDay ?? {})) {
      if (day < first || day > last) c.days.add(['events', index, 'participants', j, 'attendanceByDay', day], `dzień poza terminem wydarzenia (${first}${last !== first ? ` – ${last}` : ''})`);
    }
  });
}

function keepCertificate(c: Collected, index: number, value: ExchangeRecord<'certificates'>): void {
  const match = CERTIFICATE_NUMBER_PATTERN.exec(value.number);
  c.certificates.push({
    index,
    id: value.id,
    number: value.number,
    year: value.year ?? Number(match?.[2] ?? 0),
    sequence: value.sequence ?? Number(match?.[1] ?? 0),
    event_id: value.eventId,
    person_id: value.personId,
  });
}
