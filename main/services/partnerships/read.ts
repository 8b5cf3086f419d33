/** Reading partnerships: lists, the full detail, membership rows, offers, a ZZK's case, an institution's partnerships. */
import type { Knex } from 'knex';
import { subregionPowiatCodes, whereInPowiats } from '../subregions';
import {
  comparePolish,
  PROBLEM_CATEGORY_KEYS,
  type GoalStatus,
  type InstitutionPartnership,
  type InstitutionType,
  type PartnershipDetail,
  type PartnershipListQuery,
  type PartnershipMember,
  type PartnershipRole,
  type PartnershipSummary,
  type ProblemCategory,
  type ServiceOffer,
  type ZzkCase,
} from '../../../preload/contract';
import { notFound } from '../errors';
import { type RecordKind } from '../versioned';
import { SEARCH_PLACES, whereSearchMatches } from '../searchText';
import type { MemberRow, OfferRow, PartnershipRow as StoredPartnership } from '../../../db/rows';
import { partnershipRelated } from './auditSnapshot';
import { compositionOf, teamOf } from './team';
import { meetingRhythms, recentPeriod } from './rhythm';

export const PARTNERSHIP: RecordKind = { table: 'partnerships', what: 'zespół', related: partnershipRelated };
export const OFFER: RecordKind = { table: 'service_offers', what: 'oferta koszyka usług' };
export const MEMBERSHIP_WHAT = 'członkostwo w zespole';

/** Today as 'YYYY-MM-DD' in local time: the day an office worker sees on the calendar. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function personName(first: string | null, last: string | null): string | null {
  return first || last ? [first, last].filter(Boolean).join(' ') : null;
}

// ---------------------------------------------------------------------------------------------------------
// Partnerships

interface PartnershipRow extends StoredPartnership {
  project_name: string | null;
  territory_name: string | null;
  leader_name: string | null;
  strategic_partner_name: string | null;
  parent_name: string | null;
  case_code: string | null;
  animator_first_name: string | null;
  animator_last_name: string | null;
  current_member_count: number | string;
}

/** Partnerships with the names of what they refer to and the number of their current members. */
function baseQuery(db: Knex) {
  return db<PartnershipRow>('partnerships as p')
    .leftJoin('projects as pr', 'pr.id', 'p.project_id')
    .leftJoin('territorial_units as t', 't.code', 'p.teryt_code')
    .leftJoin('institutions as li', 'li.id', 'p.leader_institution_id')
    .leftJoin('institutions as si', 'si.id', 'p.strategic_partner_institution_id')
    .leftJoin('partnerships as pp', 'pp.id', 'p.parent_partnership_id')
    .leftJoin('zzk_cases as zc', 'zc.partnership_id', 'p.id')
    .leftJoin('people as an', 'an.id', 'p.animator_person_id')
    .select('p.*', {
      project_name: 'pr.name',
      territory_name: 't.name',
      leader_name: 'li.name',
      strategic_partner_name: 'si.name',
      parent_name: 'pp.name',
      case_code: 'zc.case_code',
      animator_first_name: 'an.first_name',
      animator_last_name: 'an.last_name',
      current_member_count: db('partnership_members as m')
        .countDistinct('m.institution_id')
        .where('m.partnership_id', db.ref('p.id'))
        .whereNull('m.left_on'),
    });
}

function isActive(endedOn: string | null): boolean {
  return endedOn === null || endedOn > today();
}

function toSummary(row: PartnershipRow): PartnershipSummary {
  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    name: row.name,
    projectId: row.project_id,
    projectName: row.project_name,
    terytCode: row.teryt_code,
    territoryName: row.territory_name,
    leaderInstitutionId: row.leader_institution_id,
    leaderName: row.leader_name,
    strategicPartnerInstitutionId: row.strategic_partner_institution_id,
    strategicPartnerName: row.strategic_partner_name,
    parentPartnershipId: row.parent_partnership_id,
    parentName: row.parent_name,
    initiatedOn: row.initiated_on,
    formalisedOn: row.formalised_on,
    endedOn: row.ended_on,
    active: isActive(row.ended_on),
    currentMemberCount: Number(row.current_member_count),
    caseCode: row.case_code,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function byName(a: { name: string }, b: { name: string }): number {
  return comparePolish(a.name, b.name) || a.name.localeCompare(b.name);
}

export async function listPartnerships(db: Knex, query: PartnershipListQuery): Promise<PartnershipSummary[]> {
  const q = baseQuery(db);
  if (query.kind) q.where('p.kind', query.kind);
  if (query.projectId) q.where('p.project_id', query.projectId);
  if (query.parentPartnershipId) q.where('p.parent_partnership_id', query.parentPartnershipId);
  if (query.territoryCode) q.where('p.teryt_code', 'like', `${query.territoryCode}%`);
  if (query.subregionId) {
    const powiats = await subregionPowiatCodes(db, query.subregionId);
    q.where((w) => whereInPowiats(w as Knex.QueryBuilder, 'p.teryt_code', powiats));
  }
  if (query.active === true) q.where((w) => w.whereNull('p.ended_on').orWhere('p.ended_on', '>', today()));
  if (query.active === false) q.whereNotNull('p.ended_on').where('p.ended_on', '<=', today());
  whereSearchMatches(q, 'p.search_text', query.search, SEARCH_PLACES.partnership('p'));
  return (await q).map(toSummary).sort(byName);
}

async function partnershipRow(db: Knex, id: string): Promise<PartnershipRow> {
  const row = await baseQuery(db).where('p.id', id).first();
  if (!row) throw notFound(PARTNERSHIP.what);
  return row;
}

export async function getPartnership(db: Knex, id: string): Promise<PartnershipDetail> {
  const row = await partnershipRow(db, id);
  const team = await teamOf(db, id);
  return {
    ...toSummary(row),
    animatorPersonId: row.animator_person_id,
    animatorName: personName(row.animator_first_name, row.animator_last_name),
    notes: row.notes,
    meetingsPerMonthTarget: row.meetings_per_month_target === null || row.meetings_per_month_target === undefined ? null : Number(row.meetings_per_month_target),
    members: await membersOf(db, id),
    team,
    composition: compositionOf(team),
    rhythm: (await meetingRhythms(db, recentPeriod(today()), today(), [id]))[0] ?? null,
    offers: await offersOf(db, id),
    children: row.kind === 'zzk' ? [] : (await baseQuery(db).where('p.parent_partnership_id', id)).map(toSummary).sort(byName),
    zzkCase: row.kind === 'zzk' ? await caseOf(db, id) : null,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Membership history

/** A membership with its institution and representative. */
interface MemberListRow extends MemberRow {
  institution_name: string;
  institution_type: InstitutionType;
  representative_first_name: string | null;
  representative_last_name: string | null;
}

function memberQuery(db: Knex) {
  return db<MemberListRow>('partnership_members as m')
    .join('institutions as i', 'i.id', 'm.institution_id')
    .leftJoin('people as r', 'r.id', 'm.representative_person_id')
    .select('m.*', {
      institution_name: 'i.name',
      institution_type: 'i.type',
      representative_first_name: 'r.first_name',
      representative_last_name: 'r.last_name',
    });
}

function toMember(row: MemberListRow): PartnershipMember {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    institutionType: row.institution_type,
    representativePersonId: row.representative_person_id,
    representativeName: personName(row.representative_first_name, row.representative_last_name),
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    declarationSignedOn: row.declaration_signed_on,
    current: row.left_on === null,
    createdAt: row.created_at,
  };
}

/** Current members first (by name), then past rows, the most recently closed first. */
export function compareMembers(a: PartnershipMember, b: PartnershipMember): number {
  if (a.current !== b.current) return a.current ? -1 : 1;
  if (!a.current && a.leftOn !== b.leftOn) return (b.leftOn ?? '').localeCompare(a.leftOn ?? '');
  return comparePolish(a.institutionName, b.institutionName) || b.joinedOn.localeCompare(a.joinedOn);
}

export async function membersOf(db: Knex, partnershipId: string): Promise<PartnershipMember[]> {
  return (await memberQuery(db).where('m.partnership_id', partnershipId)).map(toMember).sort(compareMembers);
}

export async function getMember(db: Knex, memberId: string): Promise<PartnershipMember> {
  const row = await memberQuery(db).where('m.id', memberId).first();
  if (!row) throw notFound(MEMBERSHIP_WHAT);
  return toMember(row);
}

// ---------------------------------------------------------------------------------------------------------
// The local basket of services

/** A service with the name of the institution that offers it. */
interface OfferListRow extends OfferRow {
  institution_name: string;
}

function offerQuery(db: Knex) {
  return db<OfferListRow>('service_offers as o').join('institutions as i', 'i.id', 'o.institution_id').select('o.*', { institution_name: 'i.name' });
}

function toOffer(row: OfferListRow): ServiceOffer {
  return {
    id: row.id,
    version: row.version,
    partnershipId: row.partnership_id,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    service: row.service,
    targetGroup: row.target_group,
    contact: row.contact,
    terms: row.terms,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function offersOf(db: Knex, partnershipId: string): Promise<ServiceOffer[]> {
  const offers = (await offerQuery(db).where('o.partnership_id', partnershipId)).map(toOffer);
  return offers.sort((a, b) => comparePolish(a.institutionName, b.institutionName) || comparePolish(a.service, b.service));
}

export async function getOffer(db: Knex, id: string): Promise<ServiceOffer> {
  const row = await offerQuery(db).where('o.id', id).first();
  if (!row) throw notFound(OFFER.what);
  return toOffer(row);
}

// ---------------------------------------------------------------------------------------------------------
// A ZZK's case

export async function caseOf(db: Knex, partnershipId: string): Promise<ZzkCase | null> {
  const row = await db('zzk_cases').where({ partnership_id: partnershipId }).first();
  if (!row) return null;
  const problems: { category: ProblemCategory }[] = await db('zzk_case_problems').where({ case_id: row.id }).select('category');
  const goals: { id: string; position: number; description: string; status: GoalStatus }[] = await db('zzk_goals')
    .where({ case_id: row.id })
    .orderBy('position')
    .select('id', 'position', 'description', 'status');
  return {
    id: row.id,
    version: row.version,
    caseCode: row.case_code,
    problems: problems.map((p) => p.category).sort((a, b) => PROBLEM_CATEGORY_KEYS.indexOf(a) - PROBLEM_CATEGORY_KEYS.indexOf(b)),
    hasIpw: Boolean(row.has_ipw),
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    outcome: row.outcome,
    goals,
  };
}

// ---------------------------------------------------------------------------------------------------------
// An institution's partnerships

export async function partnershipsOfInstitution(db: Knex, institutionId: string): Promise<InstitutionPartnership[]> {
  if (!(await db('institutions').where({ id: institutionId }).first('id'))) throw notFound('instytucja');
  const memberships: { partnership_id: string; left_on: string | null }[] = await db('partnership_members')
    .where({ institution_id: institutionId })
    .select('partnership_id', 'left_on');
  const rows = await baseQuery(db).where((w) =>
    w
      .where('p.leader_institution_id', institutionId)
      .orWhere('p.strategic_partner_institution_id', institutionId)
      .orWhereIn('p.id', db('partnership_members').select('partnership_id').where({ institution_id: institutionId })),
  );
  return rows
    .map((row) => {
      const own = memberships.filter((m) => m.partnership_id === row.id);
      const roles: PartnershipRole[] = [];
      if (row.leader_institution_id === institutionId) roles.push('leader');
      if (row.strategic_partner_institution_id === institutionId) roles.push('strategic_partner');
      if (own.some((m) => m.left_on === null)) roles.push('member');
      else if (own.length) roles.push('former_member');
      return { partnership: toSummary(row), role: roles[0]!, roles };
    })
    .sort((a, b) => byName(a.partnership, b.partnership));
}
