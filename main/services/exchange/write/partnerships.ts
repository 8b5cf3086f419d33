import { PARTNERSHIP_KIND_CODES, type ExchangeRecord } from '../../../../preload/contract';
import { newId } from '../../ids';
import { partnershipSearchText } from '../../searchText';
import { groupBy, rowsWhereIn, sameRow, sameRows, type CaseRow, type GoalRow, type MemberRow, type OfferRow, type PartnershipRow, type Row, type TeamPersonRow } from '../rows';
import type { CheckedFile } from '../validate';
import { chunksOf, syncParts, upsert, type Writing } from './writing';

type Partnership = ExchangeRecord<'partnerships'>;
type ZzkCase = NonNullable<Partnership['zzkCase']>;

/** What the register holds of the file's partnerships, by partnership id (a case's problems and goals by case id). */
interface Stored {
  partnerships: Map<string, PartnershipRow>;
  members: Map<string, MemberRow[]>;
  team: Map<string, TeamPersonRow[]>;
  offers: Map<string, OfferRow[]>;
  cases: Map<string, CaseRow>;
  problems: Map<string, { case_id: string; category: string }[]>;
  goals: Map<string, GoalRow[]>;
}

const PART_TABLES = ['partnership_members', 'partnership_team_people', 'service_offers', 'zzk_case_problems', 'zzk_goals'];

/**
 * Partnerships with their members, service offers and ZZK cases. All of them at once (a register has hundreds), PZK
 * and G-PZK before the ZZKs under them; parts are written after every partnership's row exists.
 */
export async function writePartnerships(w: Writing, doc: CheckedFile): Promise<void> {
  const exportDay = doc.exportedAt.slice(0, 10);
  const all = [...chunksOf(doc, 'partnerships')].flat();
  const stored = await readStored(w, all.map((value) => value.id));
  const ordered = all.sort((a, b) => Number(a.kind === 'ZZK') - Number(b.kind === 'ZZK'));
  const partsToWrite: (() => Promise<void>)[] = [];
  for (const value of ordered) {
    const storedRow = stored.partnerships.get(value.id);
    const membersBefore = stored.members.get(value.id) ?? [];
    const members = membersOf(value, membersBefore, value.formedOn ?? value.initiatedOn ?? exportDay);
    const teamBefore = stored.team.get(value.id) ?? [];
    const team = teamOf(value, members, teamBefore);
    const offersBefore = stored.offers.get(value.id) ?? [];
    const offers = offersOf(value, offersBefore);
    // Whether anything of the partnership changed decides its version.
    const partsChanged = storedRow !== undefined && (listDiffers(teamBefore, team) || partsDiffer(value, stored, membersBefore, members, offersBefore, offers));
    const kind = PARTNERSHIP_KIND_CODES[value.kind];
    const search = { search_text: partnershipSearchText(kind, value.name, value.zzkCase?.code) };
    w.count('partnerships', await upsert(w, 'partnerships', value.id, partnershipRow(value), search, storedRow as never, partsChanged, {}, false));
    if (storedRow && !partsChanged) continue;
    partsToWrite.push(async () => {
      // The team's rows first: a member the file no longer lists takes its people with it.
      await syncParts(w, 'partnership_team_people', teamBefore as unknown as Row[], team, { version: 1, created_at: w.now, updated_at: w.now });
      await syncParts(w, 'partnership_members', membersBefore as unknown as Row[], members, { created_at: w.now });
      await writeOffers(w, offersBefore, offers);
      await writeCase(w, value, stored);
    });
  }
  for (const write of partsToWrite) {
    await write();
    await w.inserts.flushIfFull(PART_TABLES);
  }
  await w.inserts.flush(PART_TABLES);
}

async function readStored(w: Writing, ids: string[]): Promise<Stored> {
  const partnerships = new Map((await rowsWhereIn<PartnershipRow>(w.db, 'partnerships', 'id', ids)).map((row) => [row.id, row]));
  const members = groupBy(await rowsWhereIn<MemberRow>(w.db, 'partnership_members', 'partnership_id', ids), (row) => row.partnership_id);
  const team = groupBy(await rowsWhereIn<TeamPersonRow>(w.db, 'partnership_team_people', 'partnership_id', ids), (row) => row.partnership_id);
  const offers = groupBy(await rowsWhereIn<OfferRow>(w.db, 'service_offers', 'partnership_id', ids), (row) => row.partnership_id);
  const cases = new Map((await rowsWhereIn<CaseRow>(w.db, 'zzk_cases', 'partnership_id', ids)).map((row) => [row.partnership_id, row]));
  const caseIds = [...cases.values()].map((row) => row.id);
  const problems = groupBy(await rowsWhereIn<{ case_id: string; category: string }>(w.db, 'zzk_case_problems', 'case_id', caseIds), (row) => row.case_id);
  const goals = groupBy((await rowsWhereIn<GoalRow>(w.db, 'zzk_goals', 'case_id', caseIds)).sort((a, b) => a.position - b.position), (row) => row.case_id);
  return { partnerships, members, team, offers, cases, problems, goals };
}

function partnershipRow(value: Partnership) {
  return {
    kind: PARTNERSHIP_KIND_CODES[value.kind],
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
    meetings_per_month_target: value.meetingsPerMonthTarget,
    notes: value.notes,
  };
}

/** The people the file's members name, as rows; one without an id keeps the stored row of the same person, member and day. */
function teamOf(value: Partnership, members: { id: string }[], before: TeamPersonRow[]) {
  return value.members.flatMap((member, j) =>
    member.team.map((person) => ({
      id: person.id ?? before.find((row) => row.member_id === members[j]!.id && row.person_id === person.personId && row.from_on === person.from)?.id ?? newId('team'),
      partnership_id: value.id,
      member_id: members[j]!.id,
      person_id: person.personId,
      role: person.role,
      from_on: person.from,
      to_on: person.to,
    })),
  );
}

/** The file's members as rows; one without an id keeps the stored row of the same institution from the same day. */
function membersOf(value: Partnership, before: MemberRow[], defaultFrom: string) {
  return value.members.map((member) => {
    const from = member.from ?? defaultFrom;
    return {
      id: member.id ?? before.find((row) => row.institution_id === member.institutionId && row.joined_on === from)?.id ?? newId('mem'),
      partnership_id: value.id,
      institution_id: member.institutionId,
      representative_person_id: member.personId,
      joined_on: from,
      left_on: member.to,
      declaration_signed_on: member.declarationSignedOn,
    };
  });
}

/** The file's service offers as rows; one without an id keeps the stored offer of the same institution and service. */
function offersOf(value: Partnership, before: OfferRow[]) {
  return value.serviceOffers.map((offer) => ({
    id: offer.id ?? before.find((row) => row.institution_id === offer.institutionId && row.service === offer.service)?.id ?? newId('off'),
    partnership_id: value.id,
    institution_id: offer.institutionId,
    service: offer.service,
    target_group: offer.targetGroup,
    contact: offer.contact,
    terms: offer.terms,
  }));
}

/** Whether the stored list of rows is not `wanted` (by id, in any order). */
function listDiffers(before: readonly { id: string }[], wanted: readonly { id: string }[]): boolean {
  const byId = new Map(before.map((row) => [row.id, row]));
  return before.length !== wanted.length || wanted.some((row) => !byId.has(row.id) || !sameRow(byId.get(row.id)!, row));
}

/** Whether a stored partnership's members, offers or ZZK case are not what the file gives. */
function partsDiffer(value: Partnership, stored: Stored, membersBefore: MemberRow[], members: { id: string }[], offersBefore: OfferRow[], offers: { id: string }[]): boolean {
  if (listDiffers(membersBefore, members) || listDiffers(offersBefore, offers)) return true;
  const caseBefore = stored.cases.get(value.id);
  if (Boolean(caseBefore) !== Boolean(value.zzkCase)) return true;
  if (!caseBefore || !value.zzkCase) return false;
  const zzk = value.zzkCase;
  const goalsBefore = stored.goals.get(caseBefore.id) ?? [];
  return (
    !sameRow(caseBefore, { case_code: zzk.code, has_ipw: zzk.hasIpw, opened_on: zzk.openedOn, closed_on: zzk.closedOn, outcome: zzk.outcome }) ||
    problemsOf(stored, caseBefore).join(' ') !== [...zzk.problems].sort().join(' ') ||
    !sameRows(
      goalsBefore,
      zzk.goals.map((goal, i) => ({ id: goal.id ?? goalsBefore[i]?.id ?? '', position: i + 1, description: goal.description, status: goal.status })),
    )
  );
}

/** Offers are records with a version of their own: the file's are upserted, those it no longer lists removed. */
async function writeOffers(w: Writing, before: OfferRow[], offers: ReturnType<typeof offersOf>): Promise<void> {
  const byId = new Map(before.map((row) => [row.id, row]));
  const keep = new Set(offers.map((row) => row.id));
  const gone = before.filter((row) => !keep.has(row.id));
  if (gone.length) await w.db('service_offers').whereIn('id', gone.map((row) => row.id)).delete();
  for (const row of gone) w.inserts.log.removed('service_offers', row as unknown as Row);
  for (const offer of offers) {
    const { id, ...fields } = offer;
    await upsert(w, 'service_offers', id, fields, {}, byId.get(id) as never, false);
  }
}

const problemsOf = (stored: Stored, row: CaseRow) => (stored.problems.get(row.id) ?? []).map((problem) => problem.category).sort();

/** A case's problems and goals, for its audit entry. */
function caseDetails(stored: Stored, row: CaseRow) {
  return { problems: problemsOf(stored, row), goals: (stored.goals.get(row.id) ?? []).map((goal) => ({ description: goal.description, status: goal.status })) };
}

/** The partnership's ZZK case as the file gives it: removed, or upserted with its problems and goals. */
async function writeCase(w: Writing, value: Partnership, stored: Stored): Promise<void> {
  const caseBefore = stored.cases.get(value.id);
  if (!value.zzkCase) {
    if (caseBefore) {
      await w.db('zzk_cases').where({ id: caseBefore.id }).delete();
      w.inserts.log.removed('zzk_cases', { ...caseBefore, ...caseDetails(stored, caseBefore) });
    }
    return;
  }
  const zzk: ZzkCase = value.zzkCase;
  const caseId = zzk.id ?? caseBefore?.id ?? newId('zzk');
  const caseFields = { partnership_id: value.id, case_code: zzk.code, has_ipw: zzk.hasIpw, opened_on: zzk.openedOn, closed_on: zzk.closedOn, outcome: zzk.outcome };
  const goalsBefore = caseBefore ? (stored.goals.get(caseBefore.id) ?? []) : [];
  const goals = zzk.goals.map((goal, i) => ({ id: goal.id ?? goalsBefore[i]?.id ?? newId('goal'), case_id: caseId, position: i + 1, description: goal.description, status: goal.status }));
  const problemsBefore = caseBefore ? problemsOf(stored, caseBefore) : [];
  const problemsChanged = problemsBefore.join(' ') !== [...zzk.problems].sort().join(' ');
  const goalsChanged = !sameRows(goalsBefore, goals);
  const caseValues = {
    before: caseBefore ? caseDetails(stored, caseBefore) : {},
    after: { problems: [...zzk.problems].sort(), goals: goals.map((goal) => ({ description: goal.description, status: goal.status })) },
  };
  await upsert(w, 'zzk_cases', caseId, caseFields, {}, caseBefore as never, problemsChanged || goalsChanged, caseValues, false);
  if (problemsChanged) {
    await w.db('zzk_case_problems').where({ case_id: caseId }).delete();
    for (const category of zzk.problems) w.inserts.add('zzk_case_problems', { case_id: caseId, category });
  }
  if (goalsChanged) {
    await w.db('zzk_goals').where({ case_id: caseId }).delete();
    for (const goal of goals) w.inserts.add('zzk_goals', goal);
  }
}
