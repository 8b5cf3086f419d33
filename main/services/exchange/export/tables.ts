/**
 * The register's tables as the export reads them (every row, in a stable order), the scope of a document (which
 * records are in the file), and the shape each record of the document takes.
 */
import type { Knex } from 'knex';
import type { ExchangeDocument } from '../../../../preload/contract';
import { DEFAULT_TEMPLATES, isEarlierBuiltInBody } from '../../documents/template';
import type {
  AgreementRow,
  AttachmentRow,
  AttendanceRow,
  CaseRow,
  CertificateRow,
  EventRow,
  GoalRow,
  HeadcountRow,
  IndicatorRow,
  IndicatorValueRow,
  InstitutionRow,
  LeaderRow,
  MemberRow,
  MilestoneRow,
  TeamPersonRow,
  OfferRow,
  ParticipantRow,
  PartnershipRow,
  PartyRow,
  PersonRow,
  PhaseRow,
  ProjectRow,
  SeriesRow,
  StudyRow,
  TargetRow,
  TemplateRow,
} from '../rows';

type Doc = ExchangeDocument;
/** A record of the document's list K. */
export type Item<K extends keyof Doc> = NonNullable<Doc[K]> extends (infer T)[] ? T : never;

/** `{ key: value }` when there is a value, `{}` otherwise: optional keys are left out rather than null. */
export function opt<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A template of the app's own, unchanged: every installation has one, so it is not carried in the file. */
export function isBuiltInTemplate(row: { kind: string; name: string; body: string }): boolean {
  const builtIn = (DEFAULT_TEMPLATES as Record<string, { name: string; body: string } | undefined>)[row.kind];
  return builtIn !== undefined && builtIn.name === row.name && (builtIn.body === row.body || isEarlierBuiltInBody(row.kind, row.body));
}

export interface Tables {
  settings: Map<string, string>;
  institutions: InstitutionRow[];
  people: PersonRow[];
  roles: { person_id: string; role: string }[];
  projects: ProjectRow[];
  phases: PhaseRow[];
  milestones: MilestoneRow[];
  indicators: IndicatorRow[];
  targets: TargetRow[];
  indicatorValues: IndicatorValueRow[];
  templates: TemplateRow[];
  partnerships: PartnershipRow[];
  members: MemberRow[];
  team: TeamPersonRow[];
  offers: OfferRow[];
  cases: CaseRow[];
  problems: { case_id: string; category: string }[];
  goals: GoalRow[];
  agreements: AgreementRow[];
  parties: PartyRow[];
  series: SeriesRow[];
  events: EventRow[];
  leaders: LeaderRow[];
  headcounts: HeadcountRow[];
  participants: ParticipantRow[];
  attendance: AttendanceRow[];
  attachments: AttachmentRow[];
  certificates: CertificateRow[];
  studies: StudyRow[];
  subregions: { id: string; name: string; voivodeship_code: string; notes: string | null }[];
  subregionPowiats: { subregion_id: string; powiat_code: string }[];
}

export async function readTables(db: Knex): Promise<Tables> {
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
    milestones: await all('project_milestones', 'project_id', 'position', 'id'),
    indicators: await all('project_indicators', 'project_id', 'position', 'id'),
    targets: await all('indicator_phase_targets', 'indicator_id', 'phase_id'),
    indicatorValues: await all('indicator_values', 'indicator_id', 'position', 'id'),
    templates: await all('document_templates', 'id'),
    partnerships: await all('partnerships', 'id'),
    members: await all('partnership_members', 'partnership_id', 'joined_on', 'id'),
    team: await all('partnership_team_people', 'member_id', 'from_on', 'id'),
    offers: await all('service_offers', 'partnership_id', 'id'),
    cases: await all('zzk_cases', 'id'),
    problems: await all('zzk_case_problems', 'case_id', 'category'),
    goals: await all('zzk_goals', 'case_id', 'position', 'id'),
    agreements: await all('agreements', 'id'),
    parties: await all('agreement_parties', 'agreement_id', 'position', 'id'),
    series: await all('event_series', 'id'),
    events: await all('events', 'id'),
    leaders: await all('event_leaders', 'event_id', 'person_id', 'role'),
    headcounts: await all('event_day_headcounts', 'event_id', 'day'),
    participants: await all('event_participants', 'event_id', 'person_id'),
    attendance: await all('attendance', 'participant_id', 'day'),
    attachments: await all('event_attachments', 'event_id', 'id'),
    certificates: await all('certificates', 'id'),
    studies: await all('studies', 'id'),
    subregions: await all('subregions', 'id'),
    subregionPowiats: await all('subregion_powiats', 'subregion_id', 'powiat_code'),
  };
}

/** What is in the file: every id of each kind of record. */
export interface Scope {
  institutions: Set<string>;
  people: Set<string>;
  projects: Set<string>;
  templates: Set<string>;
  partnerships: Set<string>;
  agreements: Set<string>;
  series: Set<string>;
  events: Set<string>;
  certificates: Set<string>;
  studies: Set<string>;
  subregions: Set<string>;
}
