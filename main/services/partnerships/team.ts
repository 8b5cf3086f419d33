/**
 * The people of a team: each member institution names people with their role in the team. Joining opens a row,
 * leaving closes it (never overwritten, never deleted here), a return opens a new one; an institution leaving the
 * partnership closes its people's open rows on the same day. A person is in a team in one role at a time.
 */
import type { Knex } from 'knex';
import {
  comparePolish,
  EXPECTED_TEAM_SECTORS,
  formatDatePl,
  SECTOR_KEYS,
  sectorOf,
  TEAM_ROLE_KEYS,
  type InstitutionType,
  type Sector,
  type TeamComposition,
  type TeamPeopleAdd,
  type TeamPerson,
  type TeamPersonEnd,
} from '../../../preload/contract';
import { notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { insertAudited, updateAudited, updateVersioned, type RecordKind } from '../versioned';
import { problem, throwProblems, type Problem } from './problems';
import { warsawToday as today } from '../../../preload/contract/warsawTime';
import type { TeamPersonRow } from '../../../db/rows';

export const TEAM_PERSON: RecordKind = { table: 'partnership_team_people', what: 'osoba w zespole' };


interface TeamListRow extends TeamPersonRow {
  first_name: string;
  last_name: string;
  institution_id: string;
  institution_name: string;
  institution_type: InstitutionType;
}

function teamQuery(db: Knex) {
  return db<TeamListRow>('partnership_team_people as t')
    .join('people as p', 'p.id', 't.person_id')
    .join('partnership_members as m', 'm.id', 't.member_id')
    .join('institutions as i', 'i.id', 'm.institution_id')
    .select('t.*', { first_name: 'p.first_name', last_name: 'p.last_name', institution_id: 'i.id', institution_name: 'i.name', institution_type: 'i.type' });
}

/** In the team on `day`: started by then and not ended before it. */
export function isInTeamOn(row: { fromOn: string; toOn: string | null }, day: string): boolean {
  return row.fromOn <= day && (row.toOn === null || row.toOn >= day);
}

function toTeamPerson(row: TeamListRow, day: string): TeamPerson {
  const person = {
    id: row.id,
    version: Number(row.version),
    partnershipId: row.partnership_id,
    memberId: row.member_id,
    personId: row.person_id,
    personName: [row.first_name, row.last_name].filter(Boolean).join(' '),
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    institutionType: row.institution_type,
    sector: sectorOf(row.institution_type),
    role: row.role,
    fromOn: row.from_on,
    toOn: row.to_on,
    current: false,
  };
  return { ...person, current: isInTeamOn(person, day) };
}

/** Current people first, by role (lider first) and name; then past rows, the most recently closed first. */
function compareTeam(a: TeamPerson, b: TeamPerson): number {
  if (a.current !== b.current) return a.current ? -1 : 1;
  if (!a.current && a.toOn !== b.toOn) return (b.toOn ?? '').localeCompare(a.toOn ?? '');
  return TEAM_ROLE_KEYS.indexOf(a.role) - TEAM_ROLE_KEYS.indexOf(b.role) || comparePolish(a.personName, b.personName) || comparePolish(a.institutionName, b.institutionName);
}

export async function teamOf(db: Knex, partnershipId: string, day = today()): Promise<TeamPerson[]> {
  return (await teamQuery(db).where('t.partnership_id', partnershipId)).map((row) => toTeamPerson(row, day)).sort(compareTeam);
}

/** The people of many teams at once (a summary's), by partnership; `day` decides who is current. */
export async function teamsOf(db: Knex, partnershipIds: string[], day: string): Promise<Map<string, TeamPerson[]>> {
  const wanted = new Set(partnershipIds);
  const teams = new Map<string, TeamPerson[]>();
  for (const row of await teamQuery(db)) {
    if (!wanted.has(row.partnership_id)) continue;
    const list = teams.get(row.partnership_id) ?? [];
    list.push(toTeamPerson(row, day));
    teams.set(row.partnership_id, list);
  }
  return teams;
}

async function teamPerson(db: Knex, id: string): Promise<TeamPerson> {
  const row = await teamQuery(db).where('t.id', id).first();
  if (!row) throw notFound(TEAM_PERSON.what);
  return toTeamPerson(row, today());
}

/** The team on a day: its distinct people, the sectors they come from, and the expected sectors nobody comes from. */
export function compositionOf(team: TeamPerson[], day = today()): TeamComposition {
  const present = team.filter((person) => isInTeamOn(person, day));
  const sectors = new Set<Sector>(present.map((person) => person.sector));
  return {
    people: new Set(present.map((person) => person.personId)).size,
    sectors: SECTOR_KEYS.filter((sector) => sectors.has(sector)),
    missingSectors: EXPECTED_TEAM_SECTORS.filter((sector) => !sectors.has(sector)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Writing

async function addProblems(trx: Knex, input: TeamPeopleAdd): Promise<Problem[]> {
  const partnership: { ended_on: string | null } | undefined = await trx('partnerships').where({ id: input.partnershipId }).first('ended_on');
  if (!partnership) throw notFound('zespół');
  const member: { institution_id: string; partnership_id: string; joined_on: string; left_on: string | null } | undefined = await trx('partnership_members')
    .where({ id: input.memberId })
    .first('institution_id', 'partnership_id', 'joined_on', 'left_on');
  if (!member || member.partnership_id !== input.partnershipId) return [problem('memberId', 'Wybierz instytucję, która jest członkiem tego zespołu.')];
  const problems: Problem[] = [];
  if (member.left_on !== null) problems.push(problem('memberId', `Ta instytucja wystąpiła z zespołu ${formatDatePl(member.left_on)}: nie może już wskazywać osób.`, 'conflict'));
  if (input.fromOn < member.joined_on) problems.push(problem('fromOn', `Data nie może być wcześniejsza niż przystąpienie instytucji do zespołu (${formatDatePl(member.joined_on)}).`));
  if (partnership.ended_on && input.fromOn > partnership.ended_on) problems.push(problem('fromOn', `Zespół zakończył działalność ${formatDatePl(partnership.ended_on)}: data nie może być późniejsza.`));
  for (const [index, entry] of input.people.entries()) {
    const field = `people.${index}.personId`;
    const person: { institution_id: string | null; first_name: string; last_name: string } | undefined = await trx('people').where({ id: entry.personId }).first('institution_id', 'first_name', 'last_name');
    if (!person) {
      problems.push(problem(field, 'Wybrana osoba nie istnieje (mogła zostać usunięta).'));
      continue;
    }
    const name = `${person.first_name} ${person.last_name}`;
    if (person.institution_id !== member.institution_id) {
      problems.push(problem(field, `${name} nie pracuje w tej instytucji członkowskiej: w zespole mogą być tylko jej pracownicy.`));
      continue;
    }
    const rows: TeamPersonRow[] = await trx('partnership_team_people').where({ partnership_id: input.partnershipId, person_id: entry.personId });
    const open = rows.find((row) => row.to_on === null || row.to_on >= input.fromOn);
    if (open) problems.push(problem(field, `${name} jest już w tym zespole (od ${formatDatePl(open.from_on)}).`, 'conflict'));
  }
  return problems;
}

export async function addTeamPeople(db: Knex, input: TeamPeopleAdd): Promise<TeamPerson[]> {
  const ids = await db.transaction(async (trx) => {
    throwProblems(await addProblems(trx, input), 'Nie dodano nikogo. ');
    const created: string[] = [];
    for (const entry of input.people) {
      const id = newId('team');
      const now = nowIso();
      await insertAudited(trx, TEAM_PERSON, {
        id,
        version: 1,
        partnership_id: input.partnershipId,
        member_id: input.memberId,
        person_id: entry.personId,
        role: entry.role,
        from_on: input.fromOn,
        to_on: null,
        created_at: now,
        updated_at: now,
      });
      created.push(id);
    }
    return created;
  });
  const people: TeamPerson[] = [];
  for (const id of ids) people.push(await teamPerson(db, id));
  return people;
}

export async function endTeamPerson(db: Knex, input: TeamPersonEnd): Promise<TeamPerson> {
  await db.transaction(async (trx) => {
    const row: TeamPersonRow | undefined = await trx('partnership_team_people').where({ id: input.id }).first();
    if (!row) throw notFound(TEAM_PERSON.what);
    if (row.to_on !== null) throwProblems([problem('toOn', `Ta osoba zakończyła udział w zespole ${formatDatePl(row.to_on)}; zakończonych wpisów się nie zmienia.`, 'conflict')]);
    if (input.toOn < row.from_on) throwProblems([problem('toOn', `Data zakończenia nie może być wcześniejsza niż początek udziału (${formatDatePl(row.from_on)}).`)]);
    await updateVersioned(trx, TEAM_PERSON, input.id, input.version, { to_on: input.toOn });
  });
  return teamPerson(db, input.id);
}

/** An institution leaves the partnership: its people still in the team leave with it, on the same day. */
export async function closeTeamRowsOfMember(trx: Knex, memberId: string, leftOn: string): Promise<void> {
  const open: TeamPersonRow[] = await trx('partnership_team_people').where({ member_id: memberId }).where((q) => q.whereNull('to_on').orWhere('to_on', '>', leftOn));
  for (const row of open) {
    await updateAudited(trx, TEAM_PERSON, (q) => q.where({ id: row.id }), { to_on: row.from_on > leftOn ? row.from_on : leftOn, version: Number(row.version) + 1, updated_at: nowIso() });
  }
}
