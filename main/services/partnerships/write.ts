/** Saving and deleting partnerships; a ZZK is saved with its case (problems and goals replaced as a whole). */
import type { Knex } from 'knex';
import {
  INSTITUTION_TYPES,
  PARTNERSHIP_LEADER_TYPES,
  STRATEGIC_PARTNER_INSTITUTION_TYPES,
  TERRITORY_KINDS,
  type InstitutionType,
  type PartnershipDetail,
  type PartnershipKind,
  type PartnershipSave,
  type TerritoryKind,
} from '../../../preload/contract';
import { notFound, ServiceError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordChange } from '../audit';
import { zzkCaseSnapshot } from './auditSnapshot';
import { deleteAudited, deleteVersioned, insertAudited, updateVersioned } from '../versioned';
import { problem, throwProblems, type Problem } from './problems';
import { getPartnership, PARTNERSHIP } from './read';
import { ensureFoundingMembers, MEMBERSHIP } from './members';
import { localToday } from '../agreements';
import { partnershipSearchText } from '../searchText';

type Fields = Omit<PartnershipSave, 'id' | 'version' | 'zzkCase'>;
type CaseFields = NonNullable<PartnershipSave['zzkCase']>;

const GONE = 'nie istnieje (mógł zostać usunięty)';

function toRow(fields: Fields, caseCode: string | null) {
  return {
    kind: fields.kind,
    name: fields.name,
    project_id: fields.projectId,
    teryt_code: fields.terytCode,
    leader_institution_id: fields.leaderInstitutionId,
    strategic_partner_institution_id: fields.strategicPartnerInstitutionId,
    animator_person_id: fields.animatorPersonId,
    parent_partnership_id: fields.parentPartnershipId,
    initiated_on: fields.initiatedOn,
    formalised_on: fields.formalisedOn,
    ended_on: fields.endedOn,
    meetings_per_month_target: fields.meetingsPerMonthTarget,
    notes: fields.notes,
    search_text: partnershipSearchText(fields.kind, fields.name, caseCode),
  };
}

interface UnitRow {
  code: string;
  level: string;
  name: string;
  kind: TerritoryKind | null;
  powiat_code: string | null;
}

async function institution(trx: Knex, id: string): Promise<{ id: string; name: string; type: InstitutionType; teryt_code: string | null } | undefined> {
  return trx('institutions').where({ id }).first('id', 'name', 'type', 'teryt_code');
}

function typeLabel(type: InstitutionType): string {
  return INSTITUTION_TYPES[type]?.pl.toLocaleLowerCase('pl') ?? type;
}

/**
 * A strategic partner (the powiat's PCPR) only makes sense for a gmina in a land county: in a city with county
 * rights the city's own centre does the PCPR's work.
 */
async function strategicPartnerProblems(trx: Knex, fields: Fields): Promise<Problem[]> {
  const field = 'strategicPartnerInstitutionId';
  const partner = await institution(trx, fields.strategicPartnerInstitutionId!);
  if (!partner) return [problem(field, `Wybrana instytucja ${GONE}.`)];
  if (!(STRATEGIC_PARTNER_INSTITUTION_TYPES as readonly string[]).includes(partner.type)) {
    return [problem(field, `Partnerem strategicznym może być tylko powiatowe centrum pomocy rodzinie (PCPR); „${partner.name}” to: ${typeLabel(partner.type)}.`)];
  }
  const gmina: UnitRow | undefined = fields.terytCode ? await trx('territorial_units').where({ code: fields.terytCode }).first() : undefined;
  if (!gmina || gmina.level !== 'gmina') {
    return [problem(field, 'Partnera strategicznego (PCPR) wskazuje się dla zespołu gminy położonej w powiecie ziemskim: najpierw wybierz gminę zespołu.')];
  }
  const powiat: UnitRow | undefined = gmina.powiat_code ? await trx('territorial_units').where({ code: gmina.powiat_code }).first() : undefined;
  if (!powiat || powiat.kind !== 'land_county') {
    const what = powiat?.kind ? TERRITORY_KINDS[powiat.kind].pl : 'nie jest powiatem ziemskim';
    return [
      problem(
        field,
        `Partner strategiczny (PCPR) ma sens tylko w gminie powiatu ziemskiego; gmina ${gmina.name} leży w powiecie ${powiat?.name ?? gmina.powiat_code} (${what}), gdzie zadania PCPR wykonuje ośrodek miasta. Pozostaw to pole puste.`,
      ),
    ];
  }
  if (partner.teryt_code && !partner.teryt_code.startsWith(powiat.code)) {
    return [problem(field, `„${partner.name}” działa poza powiatem ${powiat.name}, w którym leży gmina zespołu: wybierz PCPR tego powiatu.`)];
  }
  return [];
}

/** Everything the partnership refers to exists and fits its role. */
async function referenceProblems(trx: Knex, fields: Fields, id: string | undefined): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (fields.projectId && !(await trx('projects').where({ id: fields.projectId }).first('id'))) {
    problems.push(problem('projectId', `Wybrany projekt ${GONE}.`));
  }
  if (fields.terytCode && !(await trx('territorial_units').where({ code: fields.terytCode }).first('code'))) {
    problems.push(problem('terytCode', `Nieznany kod TERYT „${fields.terytCode}”: wybierz gminę lub powiat z listy.`));
  }
  if (fields.leaderInstitutionId) {
    const leader = await institution(trx, fields.leaderInstitutionId);
    if (!leader) problems.push(problem('leaderInstitutionId', `Wybrana instytucja ${GONE}.`));
    else if (!(PARTNERSHIP_LEADER_TYPES as readonly string[]).includes(leader.type)) {
      problems.push(
        problem(
          'leaderInstitutionId',
          `Liderem zespołu może być tylko ośrodek pomocy społecznej (OPS, MOPS, GOPS) albo centrum usług społecznych; „${leader.name}” to: ${typeLabel(leader.type)}.`,
        ),
      );
    }
  }
  if (fields.strategicPartnerInstitutionId) problems.push(...(await strategicPartnerProblems(trx, fields)));
  if (fields.animatorPersonId && !(await trx('people').where({ id: fields.animatorPersonId }).first('id'))) {
    problems.push(problem('animatorPersonId', `Wybrana osoba ${GONE}.`));
  }
  if (fields.parentPartnershipId) {
    const parent: { kind: PartnershipKind } | undefined = await trx('partnerships').where({ id: fields.parentPartnershipId }).first('kind');
    if (!parent) problems.push(problem('parentPartnershipId', `Wybrany zespół nadrzędny ${GONE}.`));
    else if (fields.parentPartnershipId === id || parent.kind === 'zzk') {
      problems.push(problem('parentPartnershipId', 'Zespołem nadrzędnym ZZK może być tylko PZK lub G-PZK.'));
    }
  }
  return problems;
}

/** Writes the case of a ZZK: the case row kept (its id and a new version), problems and goals replaced as a whole. */
async function writeCase(trx: Knex, partnershipId: string, zzkCase: CaseFields): Promise<void> {
  const now = nowIso();
  const row = {
    case_code: zzkCase.caseCode,
    has_ipw: zzkCase.hasIpw,
    opened_on: zzkCase.openedOn,
    closed_on: zzkCase.closedOn,
    outcome: zzkCase.outcome,
  };
  const existing: { id: string; version: number } | undefined = await trx('zzk_cases').where({ partnership_id: partnershipId }).first('id', 'version');
  let caseId: string;
  const before = existing ? await zzkCaseSnapshot(trx, existing.id) : null;
  if (existing) {
    caseId = existing.id;
    await trx('zzk_cases').where({ id: caseId }).update({ ...row, version: existing.version + 1, updated_at: now });
  } else {
    caseId = newId('zzk');
    await trx('zzk_cases').insert({ id: caseId, version: 1, partnership_id: partnershipId, ...row, created_at: now, updated_at: now });
  }
  await trx('zzk_case_problems').where({ case_id: caseId }).delete();
  await trx('zzk_case_problems').insert(zzkCase.problems.map((category) => ({ case_id: caseId, category })));
  // Goals read back keep their ids (stable for exports); any other goal is new.
  const kept = new Set((await trx('zzk_goals').where({ case_id: caseId }).select('id')).map((goal: { id: string }) => goal.id));
  await trx('zzk_goals').where({ case_id: caseId }).delete();
  if (zzkCase.goals.length) {
    await trx('zzk_goals').insert(
      zzkCase.goals.map((goal, index) => ({
        id: goal.id && kept.delete(goal.id) ? goal.id : newId('goal'),
        case_id: caseId,
        position: index + 1,
        description: goal.description,
        status: goal.status,
      })),
    );
  }
  // The case with its problems and goals is one entry of the log, under its partnership.
  await recordChange(trx, { table: 'zzk_cases', recordId: caseId, parent: { table: PARTNERSHIP.table, id: partnershipId }, before, after: await zzkCaseSnapshot(trx, caseId) });
}

export async function savePartnership(db: Knex, input: PartnershipSave): Promise<PartnershipDetail> {
  const { id, version, zzkCase, ...fields } = input;
  const savedId = await db.transaction(async (trx) => {
    const problems = await referenceProblems(trx, fields, id);
    if (id !== undefined) {
      const existing: { kind: PartnershipKind } | undefined = await trx(PARTNERSHIP.table).where({ id }).first('kind');
      if (!existing) throw notFound(PARTNERSHIP.what);
      if (existing.kind !== fields.kind && (existing.kind === 'zzk' || fields.kind === 'zzk')) {
        problems.push(problem('kind', 'Nie można zmienić ZZK w PZK lub G-PZK ani odwrotnie: utwórz nowy zespół.'));
      }
    }
    throwProblems(problems);
    const row = toRow(fields, zzkCase?.caseCode ?? null);
    let partnershipId: string;
    if (id === undefined) {
      partnershipId = newId('prt');
      const now = nowIso();
      await insertAudited(trx, PARTNERSHIP, { id: partnershipId, version: 1, ...row, created_at: now, updated_at: now });
    } else {
      partnershipId = id;
      await updateVersioned(trx, PARTNERSHIP, id, version!, row);
    }
    if (zzkCase) await writeCase(trx, partnershipId, zzkCase);
    if (fields.kind !== 'zzk') await ensureFoundingMembers(trx, partnershipId, fields, localToday());
    return partnershipId;
  });
  return getPartnership(db, savedId);
}

function countOf(rows: { n: number | string }[]): number {
  return Number(rows[0]?.n ?? 0);
}

/**
 * Deletes a partnership entered by mistake. One that has a history (members, agreements, ZZKs) is refused:
 * a partnership that stopped working gets an end date instead.
 */
export async function deletePartnership(db: Knex, id: string, version: number): Promise<{ id: string }> {
  await db.transaction(async (trx) => {
    const found: { name: string; leader_institution_id: string | null; strategic_partner_institution_id: string | null } | undefined = await trx(PARTNERSHIP.table)
      .where({ id })
      .first('name', 'leader_institution_id', 'strategic_partner_institution_id');
    if (!found) throw notFound(PARTNERSHIP.what);
    // The leader's and the strategic partner's rows made when the partnership was saved, never completed, are no history.
    const founders = [found.leader_institution_id, found.strategic_partner_institution_id].filter((value): value is string => value !== null);
    const founding = (q: Knex.QueryBuilder) => q.where({ partnership_id: id }).whereIn('institution_id', founders).whereNull('left_on').whereNull('representative_person_id').whereNull('declaration_signed_on');
    const members = countOf(
      await trx('partnership_members')
        .where({ partnership_id: id })
        .whereNotIn('id', founding(trx('partnership_members')).select('id'))
        .count({ n: '*' }),
    );
    const agreements = countOf(await trx('agreements').where({ partnership_id: id }).count({ n: '*' }));
    const children = countOf(await trx(PARTNERSHIP.table).where({ parent_partnership_id: id }).count({ n: '*' }));
    const blockers = [
      members ? `historię członkostwa (wpisów: ${members})` : null,
      agreements ? `porozumienia (${agreements})` : null,
      children ? `zespoły ZZK (${children})` : null,
    ].filter(Boolean);
    if (blockers.length) {
      throw new ServiceError(
        'conflict',
        `Nie można usunąć zespołu „${found.name}”, bo ma ${blockers.join(', ')}. Zespół, który zakończył działalność, oznacz datą zakończenia.`,
      );
    }
    await deleteAudited(trx, MEMBERSHIP, founding);
    await deleteVersioned(trx, PARTNERSHIP, id, version);
  });
  return { id };
}
