/**
 * Membership as history: joining opens a row, leaving closes it, rejoining opens a new one.
 * Rows are never overwritten or deleted here; only the representative and the declaration date
 * of a current row may change.
 */
import type { Knex } from 'knex';
import type { MemberRow } from '../../../db/rows';
import { formatDatePl, type PartnershipJoin, type PartnershipJoinMany, type PartnershipLeave, type PartnershipMember, type PartnershipMemberDraft, type PartnershipMemberUpdate } from '../../../preload/contract';
import { notFound, ServiceError } from '../errors';
import { newId, nowIso } from '../ids';
import { insertAudited, updateAudited, type RecordKind } from '../versioned';
import { problem, throwProblems, type Problem } from './problems';
import { getMember, MEMBERSHIP_WHAT, PARTNERSHIP } from './read';
import { closeTeamRowsOfMember } from './team';

/** Membership rows are audited as their own entries under their partnership (joining, leaving, a new representative). */
export const MEMBERSHIP: RecordKind = { table: 'partnership_members', what: MEMBERSHIP_WHAT };

/** The representative, when given, works in the member institution. */
export async function representativeProblem(trx: Knex, personId: string | null, institutionId: string, field: string): Promise<Problem | null> {
  if (!personId) return null;
  const person: { institution_id: string | null } | undefined = await trx('people').where({ id: personId }).first('institution_id');
  if (!person) return problem(field, 'Wybrana osoba nie istnieje (mogła zostać usunięta).');
  if (person.institution_id !== institutionId) {
    const inst: { name: string } | undefined = await trx('institutions').where({ id: institutionId }).first('name');
    return problem(field, `Przedstawicielem może być tylko osoba pracująca w instytucji członkowskiej${inst ? ` („${inst.name}”)` : ''}.`);
  }
  return null;
}

async function partnershipOrFail(trx: Knex, id: string): Promise<{ id: string; name: string; ended_on: string | null }> {
  const found = await trx(PARTNERSHIP.table).where({ id }).first('id', 'name', 'ended_on');
  if (!found) throw notFound(PARTNERSHIP.what);
  return found;
}

interface FoundingFields {
  leaderInstitutionId: string | null;
  strategicPartnerInstitutionId: string | null;
  formalisedOn: string | null;
  initiatedOn: string | null;
  endedOn: string | null;
}

/**
 * The leader and the strategic partner are members from the day the partnership is formed (formalised, else its
 * initiating meeting, else today): a membership row is opened for each that has none open. Joining them later by
 * hand completes that row (representative, dates) instead of being refused.
 */
export async function ensureFoundingMembers(trx: Knex, partnershipId: string, fields: FoundingFields, today: string): Promise<void> {
  const founders = [...new Set([fields.leaderInstitutionId, fields.strategicPartnerInstitutionId].filter((id): id is string => Boolean(id)))];
  for (const institutionId of founders) {
    const history: MemberRow[] = await trx('partnership_members').where({ partnership_id: partnershipId, institution_id: institutionId });
    if (history.some((row) => row.left_on === null)) continue;
    let joinedOn = fields.formalisedOn ?? fields.initiatedOn ?? (fields.endedOn && fields.endedOn < today ? fields.endedOn : today);
    const lastLeft = history.map((row) => row.left_on!).sort().at(-1);
    if (lastLeft && lastLeft > joinedOn) joinedOn = lastLeft;
    await insertMember(trx, partnershipId, { institutionId, representativePersonId: null, joinedOn, declarationSignedOn: null });
  }
}

/**
 * Partnerships saved before founders became members: each leader or strategic partner that was never a member gets its
 * row, as a save would have made it. One query finds them (none, once done); a founder who has left stays out.
 */
export async function addMissingFoundingMembers(db: Knex, today: string): Promise<number> {
  const neverMember = (column: string) => (q: Knex.QueryBuilder) =>
    q.whereNotNull(`p.${column}`).whereNotExists(db('partnership_members as m').whereRaw('m.partnership_id = p.id').whereRaw(`m.institution_id = p.${column}`));
  const missing: (FoundingFields & { id: string })[] = await db('partnerships as p')
    .whereNot('p.kind', 'zzk')
    .where((q) => q.where(neverMember('leader_institution_id')).orWhere(neverMember('strategic_partner_institution_id')))
    .select('p.id', {
      leaderInstitutionId: 'p.leader_institution_id',
      strategicPartnerInstitutionId: 'p.strategic_partner_institution_id',
      formalisedOn: 'p.formalised_on',
      initiatedOn: 'p.initiated_on',
      endedOn: 'p.ended_on',
    });
  for (const partnership of missing) {
    await db.transaction(async (trx) => {
      const members: string[] = await trx('partnership_members').where({ partnership_id: partnership.id }).pluck('institution_id');
      const never = (id: string | null) => (id && !members.includes(id) ? id : null);
      const founders = { ...partnership, leaderInstitutionId: never(partnership.leaderInstitutionId), strategicPartnerInstitutionId: never(partnership.strategicPartnerInstitutionId) };
      await ensureFoundingMembers(trx, partnership.id, founders, today);
    });
  }
  return missing.length;
}

/** The open row of a founding member (leader, strategic partner) not yet completed: a later join fills it in. */
async function foundingRow(trx: Knex, partnershipId: string, institutionId: string): Promise<MemberRow | undefined> {
  const partnership: { leader_institution_id: string | null; strategic_partner_institution_id: string | null } | undefined = await trx(PARTNERSHIP.table)
    .where({ id: partnershipId })
    .first('leader_institution_id', 'strategic_partner_institution_id');
  if (!partnership || (partnership.leader_institution_id !== institutionId && partnership.strategic_partner_institution_id !== institutionId)) return undefined;
  const open: MemberRow | undefined = await trx('partnership_members').where({ partnership_id: partnershipId, institution_id: institutionId }).whereNull('left_on').first();
  return open && open.representative_person_id === null && open.declaration_signed_on === null ? open : undefined;
}

/** What stops `member` from joining now; `prefix` places the field errors ("members.2."). */
async function joinProblems(trx: Knex, partnership: { id: string; ended_on: string | null }, member: PartnershipMemberDraft, prefix: string): Promise<Problem[]> {
  const inst: { name: string } | undefined = await trx('institutions').where({ id: member.institutionId }).first('name');
  if (!inst) return [problem(`${prefix}institutionId`, 'Wybrana instytucja nie istnieje (mogła zostać usunięta).')];
  const problems: Problem[] = [];
  const founding = await foundingRow(trx, partnership.id, member.institutionId);
  const history: MemberRow[] = (await trx('partnership_members')
    .where({ partnership_id: partnership.id, institution_id: member.institutionId })
    .orderBy('joined_on', 'desc')) as MemberRow[];
  const open = history.find((row) => row.left_on === null && row.id !== founding?.id);
  if (open) {
    problems.push(problem(`${prefix}institutionId`, `„${inst.name}” jest już członkiem tego zespołu (od ${formatDatePl(open.joined_on)}).`, 'conflict'));
  } else {
    const lastLeft = history.flatMap((row) => (row.left_on ? [row.left_on] : [])).sort().at(-1);
    if (lastLeft && member.joinedOn < lastLeft) {
      problems.push(problem(`${prefix}joinedOn`, `Data przystąpienia nie może być wcześniejsza niż data ostatniego wystąpienia tej instytucji (${lastLeft}).`));
    }
  }
  if (partnership.ended_on && member.joinedOn > partnership.ended_on) {
    problems.push(problem(`${prefix}joinedOn`, `Zespół zakończył działalność ${formatDatePl(partnership.ended_on)}: data przystąpienia nie może być późniejsza.`));
  }
  const rep = await representativeProblem(trx, member.representativePersonId, member.institutionId, `${prefix}representativePersonId`);
  if (rep) problems.push(rep);
  return problems;
}

async function insertMember(trx: Knex, partnershipId: string, member: PartnershipMemberDraft): Promise<string> {
  const founding = await foundingRow(trx, partnershipId, member.institutionId);
  if (founding) {
    await updateAudited(trx, MEMBERSHIP, (q) => q.where({ id: founding.id }).whereNull('left_on'), {
      representative_person_id: member.representativePersonId,
      joined_on: member.joinedOn,
      declaration_signed_on: member.declarationSignedOn,
    });
    return founding.id;
  }
  const id = newId('mem');
  await insertAudited(trx, MEMBERSHIP, {
    id,
    partnership_id: partnershipId,
    institution_id: member.institutionId,
    representative_person_id: member.representativePersonId,
    joined_on: member.joinedOn,
    left_on: null,
    declaration_signed_on: member.declarationSignedOn,
    created_at: nowIso(),
  });
  return id;
}

export async function joinPartnership(db: Knex, input: PartnershipJoin): Promise<PartnershipMember> {
  const { partnershipId, ...member } = input;
  const id = await db.transaction(async (trx) => {
    const partnership = await partnershipOrFail(trx, partnershipId);
    throwProblems(await joinProblems(trx, partnership, member, ''));
    return insertMember(trx, partnershipId, member);
  });
  return getMember(db, id);
}

/** Several institutions join at once (forming a PZK): every one is checked first, then all are written, or none. */
export async function joinPartnershipMany(db: Knex, input: PartnershipJoinMany): Promise<PartnershipMember[]> {
  const ids = await db.transaction(async (trx) => {
    const partnership = await partnershipOrFail(trx, input.partnershipId);
    const problems: Problem[] = [];
    for (const [index, member] of input.members.entries()) problems.push(...(await joinProblems(trx, partnership, member, `members.${index}.`)));
    throwProblems(problems, 'Nie przyjęto żadnej instytucji. ');
    const created: string[] = [];
    for (const member of input.members) created.push(await insertMember(trx, input.partnershipId, member));
    return created;
  });
  const members: PartnershipMember[] = [];
  for (const id of ids) members.push(await getMember(db, id));
  return members;
}

async function openRowOrFail(trx: Knex, memberId: string): Promise<MemberRow> {
  const row: MemberRow | undefined = await trx('partnership_members').where({ id: memberId }).first();
  if (!row) throw notFound(MEMBERSHIP_WHAT);
  if (row.left_on !== null) {
    throw new ServiceError('conflict', `Ta instytucja wystąpiła z zespołu ${formatDatePl(row.left_on)}; zakończonych wpisów historii członkostwa się nie zmienia.`);
  }
  return row;
}

export async function leavePartnership(db: Knex, input: PartnershipLeave): Promise<PartnershipMember> {
  await db.transaction(async (trx) => {
    const row = await openRowOrFail(trx, input.memberId);
    if (input.leftOn < row.joined_on) {
      throwProblems([problem('leftOn', `Data wystąpienia nie może być wcześniejsza niż data przystąpienia (${formatDatePl(row.joined_on)}).`)]);
    }
    const closed = await updateAudited(trx, MEMBERSHIP, (q) => q.where({ id: row.id }).whereNull('left_on'), { left_on: input.leftOn });
    if (closed === 0) throw new ServiceError('conflict', 'Ktoś inny zapisał już wystąpienie tej instytucji. Odśwież dane.');
    await closeTeamRowsOfMember(trx, row.id, input.leftOn);
  });
  return getMember(db, input.memberId);
}

/** Sets the representative and the declaration date of a current membership row. */
export async function updateMember(db: Knex, input: PartnershipMemberUpdate): Promise<PartnershipMember> {
  await db.transaction(async (trx) => {
    const row = await openRowOrFail(trx, input.memberId);
    const rep = await representativeProblem(trx, input.representativePersonId, row.institution_id, 'representativePersonId');
    throwProblems(rep ? [rep] : []);
    await updateAudited(trx, MEMBERSHIP, (q) => q.where({ id: row.id }).whereNull('left_on'), {
      representative_person_id: input.representativePersonId,
      declaration_signed_on: input.declarationSignedOn,
    });
  });
  return getMember(db, input.memberId);
}
