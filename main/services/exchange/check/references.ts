/** References to ids: each must be in the file or in the register. */
import type { Knex } from 'knex';
import type { ExchangeEntity, ExchangeRecord } from '../../../../preload/contract';
import { Problems } from '../problems';
import { existing } from '../rows';
import type { DocumentSource } from '../source';
import { validRecords, type Path } from './records';

export type RefKind = 'institution' | 'person' | 'project' | 'partnership' | 'template' | 'series' | 'event';

const REFERENCES: Record<RefKind, { entity: ExchangeEntity; table: string; unknown: (id: string) => string }> = {
  institution: { entity: 'institutions', table: 'institutions', unknown: (id) => `nieznana instytucja "${id}"` },
  person: { entity: 'people', table: 'people', unknown: (id) => `nieznana osoba "${id}"` },
  project: { entity: 'projects', table: 'projects', unknown: (id) => `nieznany projekt "${id}"` },
  partnership: { entity: 'partnerships', table: 'partnerships', unknown: (id) => `nieznane partnerstwo "${id}"` },
  template: { entity: 'templates', table: 'document_templates', unknown: (id) => `nieznany szablon dokumentu "${id}"` },
  series: { entity: 'eventSeries', table: 'event_series', unknown: (id) => `nieznana seria wydarzeń "${id}"` },
  event: { entity: 'events', table: 'events', unknown: (id) => `nieznane wydarzenie "${id}"` },
};
export const REF_KINDS = Object.keys(REFERENCES) as RefKind[];

export type Emit = (path: Path, kind: RefKind, id: string | null | undefined) => void;

/** The references one record makes, in the order problems about them are reported. */
export function referencesOf(entity: ExchangeEntity, index: number, record: unknown, ref: Emit): void {
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
      member.team.forEach((person, k) => ref([...at, 'members', j, 'team', k, 'personId'], 'person', person.personId));
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
  } else if (entity === 'studies') {
    const value = record as ExchangeRecord<'studies'>;
    ref([...at, 'projectId'], 'project', value.projectId);
    ref([...at, 'contractorInstitutionId'], 'institution', value.contractorInstitutionId);
  }
}

/** The order in which the old whole-document check listed reference problems (per kind). */
const REFERRING: ExchangeEntity[] = ['people', 'partnerships', 'agreements', 'events', 'certificates', 'studies'];

/**
 * Every reference (`referenced`, by kind) to an id neither in the file (`ids`, by list) nor in the register, each at
 * every path where it occurs; the paths are found by reading the referring lists once more.
 */
export async function checkReferences(
  db: Knex,
  source: DocumentSource,
  referenced: Record<RefKind, Set<string>>,
  ids: Record<ExchangeEntity, Map<string, number>>,
  problems: Problems,
): Promise<void> {
  const unknownIds = {} as Record<RefKind, Set<string>>;
  let anyUnknown = false;
  for (const kind of REF_KINDS) {
    const inFile = ids[REFERENCES[kind].entity];
    const wanted = [...referenced[kind]].filter((id) => !inFile.has(id));
    const found = wanted.length ? await existing(db, REFERENCES[kind].table, wanted) : new Set<string>();
    unknownIds[kind] = new Set(wanted.filter((id) => !found.has(id)));
    anyUnknown ||= unknownIds[kind].size > 0;
  }
  if (!anyUnknown) return;
  const byKind = Object.fromEntries(REF_KINDS.map((kind) => [kind, new Problems()])) as Record<RefKind, Problems>;
  for (const [entity, index, record] of validRecords(source, REFERRING)) {
    referencesOf(entity, index, record, (path, kind, id) => {
      if (id && unknownIds[kind].has(id)) byKind[kind].add(path, REFERENCES[kind].unknown(id));
    });
  }
  for (const kind of REF_KINDS) problems.append(byKind[kind]);
}
