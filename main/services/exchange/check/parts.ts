/** Ids of parts of records (phases, members…): unique in the file, and not another record's part in the register. */
import type { Knex } from 'knex';
import type { Problems } from '../problems';
import { rowsWhereIn } from '../rows';
import type { Collected } from './collect';
import type { Part } from './records';

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

/** The parts of every kind; a ZZK case's goals belong to the case the file names or the register holds. */
export async function checkAllParts(db: Knex, c: Collected, problems: Problems): Promise<void> {
  await checkParts(db, problems, c.phases, 'project_phases', 'project_id', 'faza', 'projektu');
  await checkParts(db, problems, c.indicators, 'project_indicators', 'project_id', 'wskaźnik', 'projektu');
  await checkParts(db, problems, c.members, 'partnership_members', 'partnership_id', 'wpis członkostwa', 'partnerstwa');
  await checkParts(db, problems, c.teamPeople, 'partnership_team_people', 'partnership_id', 'osoba w zespole', 'partnerstwa');
  await checkParts(db, problems, c.offers, 'service_offers', 'partnership_id', 'oferta usługi', 'partnerstwa');
  await checkParts(db, problems, c.caseParts, 'zzk_cases', 'partnership_id', 'sprawa ZZK', 'partnerstwa');
  const storedCases = new Map((await rowsWhereIn<{ id: string; partnership_id: string }>(db, 'zzk_cases', 'partnership_id', c.partnershipIds)).map((row) => [row.partnership_id, row.id]));
  const goals: Part[] = [];
  for (const { index, partnershipId, caseId, goals: goalIds } of c.cases) {
    const stored = storedCases.get(partnershipId);
    if (caseId && stored && stored !== caseId) problems.add(['partnerships', index, 'zzkCase', 'id'], `partnerstwo "${partnershipId}" ma w bazie inną sprawę ZZK ("${stored}")`);
    const owner = caseId ?? stored ?? '';
    for (const [j, id] of goalIds) goals.push({ path: ['partnerships', index, 'zzkCase', 'goals', j, 'id'], id, owner });
  }
  await checkParts(db, problems, goals, 'zzk_goals', 'case_id', 'cel ZZK', 'sprawy');
  await checkParts(db, problems, c.parties, 'agreement_parties', 'agreement_id', 'strona porozumienia', 'porozumienia');
  await checkParts(db, problems, c.attachments, 'event_attachments', 'event_id', 'załącznik', 'wydarzenia');
}
