/**
 * Writing a checked exchange document: an idempotent upsert, record by record. A record the register already
 * holds unchanged is not touched (it keeps its version and timestamps); a changed one is rewritten with its
 * version + 1; a new one is added. Lists inside a record (phases, members, participants…) are the file's: what
 * the file no longer lists is removed from that record. Records the file does not mention are left alone.
 * Runs inside the caller's transaction.
 */
import type { Knex } from 'knex';
import {
  CERTIFICATE_NUMBER_PATTERN,
  EXCHANGE_ENTITIES,
  foldForSearch,
  MACROREGION_NUMBERS,
  PARTNERSHIP_KIND_CODES,
  PARTNERSHIP_KINDS,
  type ExchangeCount,
  type ExchangeEntity,
} from '../../../preload/contract';
import { DEFAULT_TEMPLATES } from '../documents/template';
import { newId } from '../ids';
import { isBuiltInTemplate, OFFICE_NAME_SETTING, OFFICE_VOIVODESHIP_SETTING } from './exportDocument';
import {
  groupBy,
  insertRows,
  rowsWhereIn,
  sameRow,
  sameRows,
  type AgreementRow,
  type AttendanceRow,
  type CaseRow,
  type CertificateRow,
  type EventRow,
  type GoalRow,
  type IndicatorRow,
  type InstitutionRow,
  type LeaderRow,
  type MemberRow,
  type OfferRow,
  type ParticipantRow,
  type PartnershipRow,
  type PartyRow,
  type PersonRow,
  type PhaseRow,
  type ProjectRow,
  type Row,
  type SeriesRow,
  type TargetRow,
  type TemplateRow,
} from './rows';
import { eventDays, toStoredInstant } from './time';
import type { CheckedDocument } from './validate';

type Outcome = keyof ExchangeCount;
export type ExchangeCounts = Record<ExchangeEntity, ExchangeCount>;

export function emptyCounts(): ExchangeCounts {
  return Object.fromEntries(EXCHANGE_ENTITIES.map((entity) => [entity, { added: 0, updated: 0, unchanged: 0 }])) as ExchangeCounts;
}

/** Inserts collected while records are compared, written in foreign-key order at the end of each step. */
class Inserts {
  private readonly rows = new Map<string, Row[]>();

  add(table: string, row: Row): void {
    const list = this.rows.get(table);
    if (list) list.push(row);
    else this.rows.set(table, [row]);
  }

  async flush(db: Knex, order: string[]): Promise<void> {
    for (const table of order) {
      await insertRows(db, table, this.rows.get(table) ?? []);
      this.rows.delete(table);
    }
  }
}

/** Inserts a new record, updates a changed one (version + 1), leaves an unchanged one alone. */
async function upsert(
  db: Knex,
  inserts: Inserts | null,
  table: string,
  id: string,
  wanted: Row,
  extra: Row,
  stored: (Row & { version: number }) | undefined,
  partsChanged: boolean,
  now: string,
): Promise<Outcome> {
  if (!stored) {
    const row = { id, version: 1, ...wanted, ...extra, created_at: now, updated_at: now };
    if (inserts) inserts.add(table, row);
    else await db(table).insert(row);
    return 'added';
  }
  if (!partsChanged && sameRow(stored, wanted)) return 'unchanged';
  await db(table)
    .where({ id })
    .update({ ...wanted, ...extra, version: stored.version + 1, updated_at: now });
  return 'updated';
}

/** Keyed parts of a record (by id): removes, updates and adds so the stored parts become `wanted`; true if any changed. */
async function syncParts(db: Knex, inserts: Inserts, table: string, stored: Row[], wanted: Row[], onInsert: Row = {}): Promise<boolean> {
  const storedById = new Map(stored.map((row) => [row.id as string, row]));
  const wantedIds = new Set(wanted.map((row) => row.id as string));
  let changed = false;
  const gone = stored.filter((row) => !wantedIds.has(row.id as string)).map((row) => row.id as string);
  if (gone.length) {
    changed = true;
    for (let i = 0; i < gone.length; i += 500) await db(table).whereIn('id', gone.slice(i, i + 500)).delete();
  }
  for (const row of wanted) {
    const before = storedById.get(row.id as string);
    if (!before) {
      changed = true;
      inserts.add(table, { ...row, ...onInsert });
    } else if (!sameRow(before, row)) {
      changed = true;
      await db(table).where({ id: row.id as string }).update(row);
    }
  }
  return changed;
}

const byKey = <T>(key: (row: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export async function writeDocument(db: Knex, doc: CheckedDocument, now: string): Promise<ExchangeCounts> {
  const counts = emptyCounts();
  const count = (entity: ExchangeEntity, outcome: Outcome) => counts[entity][outcome]++;
  const inserts = new Inserts();
  const exportDay = doc.exportedAt.slice(0, 10);

  // Office: written only where the register has none. ----------------------------------------------------
  for (const [key, value] of [
    [OFFICE_NAME_SETTING, doc.office.name],
    [OFFICE_VOIVODESHIP_SETTING, doc.office.voivodeshipTeryt],
  ] as const) {
    if (value && !(await db('settings').where({ key }).first('key'))) await db('settings').insert({ key, value });
  }

  // Institutions -------------------------------------------------------------------------------------------
  const storedInstitutions = new Map((await rowsWhereIn<InstitutionRow>(db, 'institutions', 'id', doc.institutions.map(({ value }) => value.id))).map((row) => [row.id, row]));
  for (const { value } of doc.institutions) {
    const wanted = {
      name: value.name,
      short_name: value.shortName,
      type: value.type,
      teryt_code: value.teryt,
      street: value.address?.street ?? null,
      postal_code: value.address?.postalCode ?? null,
      city: value.address?.city ?? null,
      nip: value.nip,
      regon: value.regon,
      email: value.email,
      phone: value.phone,
      website: value.website,
      notes: value.notes,
      active: value.active,
    };
    const search = { search_text: foldForSearch([value.name, value.shortName, value.address?.city].filter(Boolean).join(' ')) };
    count('institutions', await upsert(db, inserts, 'institutions', value.id, wanted, search, storedInstitutions.get(value.id) as never, false, now));
  }
  await inserts.flush(db, ['institutions']);

  // People ----------------------------------------------------------------------------------------------------
  const personIds = doc.people.map(({ value }) => value.id);
  const storedPeople = new Map((await rowsWhereIn<PersonRow>(db, 'people', 'id', personIds)).map((row) => [row.id, row]));
  const storedRoles = groupBy(await rowsWhereIn<{ person_id: string; role: string }>(db, 'person_roles', 'person_id', personIds), (row) => row.person_id);
  for (const { value } of doc.people) {
    const wanted = {
      first_name: value.firstName,
      last_name: value.lastName,
      institution_id: value.institutionId,
      position: value.position,
      email: value.email,
      phone: value.phone,
      notes: value.notes,
    };
    const search = { search_text: foldForSearch([value.firstName, value.lastName, value.position].filter(Boolean).join(' ')) };
    const stored = storedPeople.get(value.id);
    const before = (storedRoles.get(value.id) ?? []).map((row) => row.role).sort();
    const rolesChanged = stored !== undefined && before.join(' ') !== value.roles.join(' ');
    if (rolesChanged) await db('person_roles').where({ person_id: value.id }).delete();
    if (!stored || rolesChanged) for (const role of value.roles) inserts.add('person_roles', { person_id: value.id, role });
    count('people', await upsert(db, inserts, 'people', value.id, wanted, search, stored as never, rolesChanged, now));
  }
  await inserts.flush(db, ['people', 'person_roles']);

  // Projects with their phases, indicators and targets per phase ------------------------------------------------
  const projectIds = doc.projects.map(({ value }) => value.id);
  const storedProjects = new Map((await rowsWhereIn<ProjectRow>(db, 'projects', 'id', projectIds)).map((row) => [row.id, row]));
  const storedPhases = groupBy((await rowsWhereIn<PhaseRow>(db, 'project_phases', 'project_id', projectIds)).sort((a, b) => a.position - b.position), (row) => row.project_id);
  const storedIndicators = groupBy((await rowsWhereIn<IndicatorRow>(db, 'project_indicators', 'project_id', projectIds)).sort((a, b) => a.position - b.position), (row) => row.project_id);
  const storedTargets = groupBy(
    await rowsWhereIn<TargetRow>(db, 'indicator_phase_targets', 'indicator_id', [...storedIndicators.values()].flat().map((row) => row.id)),
    (row) => row.indicator_id,
  );
  for (const { value } of doc.projects) {
    const wanted = {
      name: value.name,
      macroregion: value.macroregion === null ? null : MACROREGION_NUMBERS[value.macroregion],
      gmina_kind: value.gminaKind,
      start_date: value.startDate,
      end_date: value.endDate,
      cofinancing_clause: value.cofinancingClause,
      notes: value.notes,
    };
    const stored = storedProjects.get(value.id);
    const phasesBefore = storedPhases.get(value.id) ?? [];
    const indicatorsBefore = storedIndicators.get(value.id) ?? [];
    const phases = value.phases.map((phase, i) => ({
      id: phase.id ?? phasesBefore[i]?.id ?? newId('faz'),
      project_id: value.id,
      position: i,
      name: phase.name,
      start_date: phase.startDate,
      end_date: phase.endDate,
    }));
    const indicators = value.indicators.map((indicator, i) => ({
      id: indicator.id ?? indicatorsBefore.find((row) => row.code.toLocaleLowerCase('pl') === indicator.code.toLocaleLowerCase('pl'))?.id ?? newId('wsk'),
      project_id: value.id,
      position: i,
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      target: indicator.target,
    }));
    const targets = value.indicators
      .flatMap((indicator, i) => indicator.phaseTargets.map((target) => ({ indicator_id: indicators[i]!.id, phase_id: phases[target.phaseIndex]!.id, target: target.target })))
      .sort(byKey((row) => `${row.indicator_id} ${row.phase_id}`));
    const targetsBefore = indicatorsBefore.flatMap((row) => storedTargets.get(row.id) ?? []).sort(byKey((row) => `${row.indicator_id} ${row.phase_id}`));
    const partsChanged =
      stored !== undefined && (!sameRows(phasesBefore, phases) || !sameRows(indicatorsBefore, indicators) || !sameRows(targetsBefore, targets));
    if (stored && partsChanged) {
      if (indicatorsBefore.length) await db('indicator_phase_targets').whereIn('indicator_id', indicatorsBefore.map((row) => row.id)).delete();
      await db('project_indicators').where({ project_id: value.id }).delete();
      await db('project_phases').where({ project_id: value.id }).delete();
    }
    count('projects', await upsert(db, inserts, 'projects', value.id, wanted, {}, stored as never, partsChanged, now));
    if (!stored || partsChanged) {
      for (const row of phases) inserts.add('project_phases', row);
      for (const row of indicators) inserts.add('project_indicators', row);
      for (const row of targets) inserts.add('indicator_phase_targets', row);
    }
  }
  await inserts.flush(db, ['projects', 'project_phases', 'project_indicators', 'indicator_phase_targets']);

  // Document templates ------------------------------------------------------------------------------------------
  const storedTemplates = new Map((await rowsWhereIn<TemplateRow>(db, 'document_templates', 'id', doc.templates.map(({ value }) => value.id))).map((row) => [row.id, row]));
  for (const { value } of doc.templates) {
    const stored = storedTemplates.get(value.id);
    const becomesDefault = value.isDefault && !(stored && stored.is_default);
    if (becomesDefault) await db('document_templates').where({ kind: value.kind, is_default: true }).update({ is_default: false });
    const wanted = { kind: value.kind, name: value.name, body: value.body, ...(stored && !becomesDefault ? {} : { is_default: value.isDefault }) };
    count('templates', await upsert(db, null, 'document_templates', value.id, wanted, {}, stored as never, becomesDefault, now));
  }

  // Partnerships: PZK and G-PZK before the ZZKs under them ---------------------------------------------------------
  const partnershipIds = doc.partnerships.map(({ value }) => value.id);
  const storedPartnerships = new Map((await rowsWhereIn<PartnershipRow>(db, 'partnerships', 'id', partnershipIds)).map((row) => [row.id, row]));
  const storedMembers = groupBy(await rowsWhereIn<MemberRow>(db, 'partnership_members', 'partnership_id', partnershipIds), (row) => row.partnership_id);
  const storedOffers = groupBy(await rowsWhereIn<OfferRow>(db, 'service_offers', 'partnership_id', partnershipIds), (row) => row.partnership_id);
  const storedCases = new Map((await rowsWhereIn<CaseRow>(db, 'zzk_cases', 'partnership_id', partnershipIds)).map((row) => [row.partnership_id, row]));
  const caseIds = [...storedCases.values()].map((row) => row.id);
  const storedProblems = groupBy(await rowsWhereIn<{ case_id: string; category: string }>(db, 'zzk_case_problems', 'case_id', caseIds), (row) => row.case_id);
  const storedGoals = groupBy((await rowsWhereIn<GoalRow>(db, 'zzk_goals', 'case_id', caseIds)).sort((a, b) => a.position - b.position), (row) => row.case_id);
  const ordered = [...doc.partnerships].sort((a, b) => Number(a.value.kind === 'ZZK') - Number(b.value.kind === 'ZZK'));
  const partnershipParts: (() => Promise<void>)[] = [];
  for (const { value } of ordered) {
    const kind = PARTNERSHIP_KIND_CODES[value.kind];
    const wanted = {
      kind,
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
      notes: value.notes,
    };
    const search = { search_text: foldForSearch([PARTNERSHIP_KINDS[kind].short, value.name, value.zzkCase?.code].filter(Boolean).join(' ')) };
    const stored = storedPartnerships.get(value.id);

    const membersBefore = storedMembers.get(value.id) ?? [];
    const defaultFrom = value.formedOn ?? value.initiatedOn ?? exportDay;
    const members = value.members.map((member) => {
      const from = member.from ?? defaultFrom;
      return {
        id: member.id ?? membersBefore.find((row) => row.institution_id === member.institutionId && row.joined_on === from)?.id ?? newId('mem'),
        partnership_id: value.id,
        institution_id: member.institutionId,
        representative_person_id: member.personId,
        joined_on: from,
        left_on: member.to,
        declaration_signed_on: member.declarationSignedOn,
      };
    });
    const offersBefore = storedOffers.get(value.id) ?? [];
    const offers = value.serviceOffers.map((offer) => ({
      id: offer.id ?? offersBefore.find((row) => row.institution_id === offer.institutionId && row.service === offer.service)?.id ?? newId('off'),
      partnership_id: value.id,
      institution_id: offer.institutionId,
      service: offer.service,
      target_group: offer.targetGroup,
      contact: offer.contact,
      terms: offer.terms,
    }));
    const caseBefore = storedCases.get(value.id);

    // Whether anything of the partnership changed decides its version; parts are written after its row exists.
    let partsChanged = false;
    if (stored) {
      const membersById = new Map(membersBefore.map((row) => [row.id, row]));
      partsChanged ||= membersBefore.length !== members.length || members.some((row) => !membersById.has(row.id) || !sameRow(membersById.get(row.id)!, row));
      const offersById = new Map(offersBefore.map((row) => [row.id, row]));
      partsChanged ||= offersBefore.length !== offers.length || offers.some((row) => !offersById.has(row.id) || !sameRow(offersById.get(row.id)!, row));
      partsChanged ||= Boolean(caseBefore) !== Boolean(value.zzkCase);
      if (caseBefore && value.zzkCase) {
        const zzk = value.zzkCase;
        partsChanged ||=
          !sameRow(caseBefore, { case_code: zzk.code, has_ipw: zzk.hasIpw, opened_on: zzk.openedOn, closed_on: zzk.closedOn, outcome: zzk.outcome }) ||
          (storedProblems.get(caseBefore.id) ?? []).map((row) => row.category).sort().join(' ') !== [...zzk.problems].sort().join(' ') ||
          !sameRows(
            storedGoals.get(caseBefore.id) ?? [],
            zzk.goals.map((goal, i) => ({ id: goal.id ?? storedGoals.get(caseBefore.id)?.[i]?.id ?? '', position: i + 1, description: goal.description, status: goal.status })),
          );
      }
    }
    count('partnerships', await upsert(db, null, 'partnerships', value.id, wanted, search, stored as never, partsChanged, now));
    if (stored && !partsChanged) continue;

    partnershipParts.push(async () => {
      await syncParts(db, inserts, 'partnership_members', membersBefore as unknown as Row[], members, { created_at: now });
      // Offers are records with a version of their own.
      const offersById = new Map(offersBefore.map((row) => [row.id, row]));
      const keep = new Set(offers.map((row) => row.id));
      const gone = offersBefore.filter((row) => !keep.has(row.id)).map((row) => row.id);
      if (gone.length) await db('service_offers').whereIn('id', gone).delete();
      for (const offer of offers) {
        const { id, ...fields } = offer;
        await upsert(db, inserts, 'service_offers', id, fields, {}, offersById.get(id) as never, false, now);
      }
      if (!value.zzkCase) {
        if (caseBefore) await db('zzk_cases').where({ id: caseBefore.id }).delete();
        return;
      }
      const zzk = value.zzkCase;
      const caseId = zzk.id ?? caseBefore?.id ?? newId('zzk');
      const caseFields = { partnership_id: value.id, case_code: zzk.code, has_ipw: zzk.hasIpw, opened_on: zzk.openedOn, closed_on: zzk.closedOn, outcome: zzk.outcome };
      const goalsBefore = caseBefore ? (storedGoals.get(caseBefore.id) ?? []) : [];
      const goals = zzk.goals.map((goal, i) => ({ id: goal.id ?? goalsBefore[i]?.id ?? newId('goal'), case_id: caseId, position: i + 1, description: goal.description, status: goal.status }));
      const problemsBefore = caseBefore ? (storedProblems.get(caseBefore.id) ?? []).map((row) => row.category).sort() : [];
      const problemsChanged = problemsBefore.join(' ') !== [...zzk.problems].sort().join(' ');
      const goalsChanged = !sameRows(goalsBefore, goals);
      await upsert(db, null, 'zzk_cases', caseId, caseFields, {}, caseBefore as never, problemsChanged || goalsChanged, now);
      if (problemsChanged) {
        await db('zzk_case_problems').where({ case_id: caseId }).delete();
        for (const category of zzk.problems) inserts.add('zzk_case_problems', { case_id: caseId, category });
      }
      if (goalsChanged) {
        await db('zzk_goals').where({ case_id: caseId }).delete();
        for (const goal of goals) inserts.add('zzk_goals', goal);
      }
    });
  }
  for (const write of partnershipParts) await write();
  await inserts.flush(db, ['partnership_members', 'service_offers', 'zzk_case_problems', 'zzk_goals']);

  // Agreements with their parties ---------------------------------------------------------------------------------
  const agreementIds = doc.agreements.map(({ value }) => value.id);
  const storedAgreements = new Map((await rowsWhereIn<AgreementRow>(db, 'agreements', 'id', agreementIds)).map((row) => [row.id, row]));
  const storedParties = groupBy((await rowsWhereIn<PartyRow>(db, 'agreement_parties', 'agreement_id', agreementIds)).sort((a, b) => a.position - b.position), (row) => row.agreement_id);
  const needsPartiesMade = doc.agreements.some(({ value }) => !value.partyDetails);
  const fileInstitutions = new Map(doc.institutions.map(({ value }) => [value.id, value]));
  const units = needsPartiesMade
    ? new Map(
        (await rowsWhereIn<{ code: string; name: string; level: string; powiat_code: string | null }>(db, 'territorial_units', 'code', doc.agreements.map(({ value }) => value.teryt ?? ''))).map(
          (row) => [row.code, row],
        ),
      )
    : new Map<string, { code: string; name: string; level: string }>();
  let builtInTemplateId: string | null = null;
  const builtInAgreementTemplate = async (): Promise<string> => {
    if (builtInTemplateId) return builtInTemplateId;
    const candidates = ((await db('document_templates').where({ kind: 'agreement' }).orderBy('id').select('*')) as TemplateRow[]).filter(isBuiltInTemplate);
    const chosen = candidates.find((row) => row.is_default) ?? candidates[0];
    if (chosen) return (builtInTemplateId = chosen.id);
    builtInTemplateId = newId('szb');
    await db('document_templates').insert({ id: builtInTemplateId, version: 1, kind: 'agreement', ...DEFAULT_TEMPLATES.agreement, is_default: false, created_at: now, updated_at: now });
    return builtInTemplateId;
  };
  for (const { value } of doc.agreements) {
    const stored = storedAgreements.get(value.id);
    let templateId = value.templateId;
    if (value.builtInTemplate) {
      const current = stored?.template_id ? ((await db('document_templates').where({ id: stored.template_id }).first()) as TemplateRow | undefined) : undefined;
      templateId = current && current.kind === 'agreement' && isBuiltInTemplate(current) ? current.id : await builtInAgreementTemplate();
    }
    const partiesBefore = storedParties.get(value.id) ?? [];
    const details =
      value.partyDetails ??
      [
        ...(value.teryt && units.get(value.teryt) ? [unitParty(units.get(value.teryt)!)] : []),
        ...value.parties.map((institutionId) => institutionParty(institutionId, fileInstitutions.get(institutionId))),
      ];
    const parties = await Promise.all(
      details.map(async (party, i) => {
        const named = party.name ?? (await storedInstitutionName(db, party.institutionId));
        return {
          id: party.id ?? partiesBefore[i]?.id ?? newId('str'),
          agreement_id: value.id,
          position: i,
          kind: party.kind,
          teryt_code: party.kind === 'institution' ? null : party.teryt,
          institution_id: party.institutionId,
          acting_through_institution_id: party.actingThroughInstitutionId,
          name: named,
          address: party.address,
          nip: party.nip,
          regon: party.regon,
          representative_name: party.representativeName,
          representative_function: party.representativeFunction,
        };
      }),
    );
    const number = value.number ?? value.id;
    const wanted = {
      number,
      project_id: value.projectId,
      partnership_id: value.partnershipId,
      template_id: templateId,
      subject: value.subject,
      status: value.status,
      drafted_on: value.draftedOn,
      signed_on: value.signedOn,
      valid_until: value.validUntil,
      terminated_on: value.terminatedOn,
      notes: value.notes,
    };
    const search = { search_text: foldForSearch([number, ...parties.map((party) => party.name)].join(' ')) };
    const partsChanged = stored !== undefined && !sameRows(partiesBefore, parties);
    if (stored && partsChanged) await db('agreement_parties').where({ agreement_id: value.id }).delete();
    count('agreements', await upsert(db, inserts, 'agreements', value.id, wanted, search, stored as never, partsChanged, now));
    if (!stored || partsChanged) for (const party of parties) inserts.add('agreement_parties', party);
  }
  await inserts.flush(db, ['agreements', 'agreement_parties']);

  // Event series ------------------------------------------------------------------------------------------------------
  const storedSeries = new Map((await rowsWhereIn<SeriesRow>(db, 'event_series', 'id', doc.eventSeries.map(({ value }) => value.id))).map((row) => [row.id, row]));
  for (const { value } of doc.eventSeries) count('eventSeries', await upsert(db, inserts, 'event_series', value.id, { rule: value.rule }, {}, storedSeries.get(value.id) as never, false, now));
  await inserts.flush(db, ['event_series']);

  // Events with leaders, participants and attendance per day -------------------------------------------------------------
  const eventIds = doc.events.map(({ value }) => value.id);
  const storedEvents = new Map((await rowsWhereIn<EventRow>(db, 'events', 'id', eventIds)).map((row) => [row.id, row]));
  const storedLeaders = groupBy(await rowsWhereIn<LeaderRow>(db, 'event_leaders', 'event_id', eventIds), (row) => row.event_id);
  const storedParticipantRows = await rowsWhereIn<ParticipantRow>(db, 'event_participants', 'event_id', eventIds);
  const storedParticipants = groupBy(storedParticipantRows, (row) => row.event_id);
  const storedAttendance = groupBy(await rowsWhereIn<AttendanceRow>(db, 'attendance', 'participant_id', storedParticipantRows.map((row) => row.id)), (row) => row.participant_id);
  const marksKey = (marks: { day: string; status: string }[]) => marks.map((mark) => `${mark.day}=${mark.status}`).sort().join(' ');
  for (const { value } of doc.events) {
    const startsAt = toStoredInstant(value.start);
    const endsAt = toStoredInstant(value.end);
    const wanted = {
      title: value.title,
      type: value.type,
      status: value.status,
      project_id: value.projectId,
      partnership_id: value.partnershipId,
      teryt_code: value.teryt,
      place: value.place,
      organiser_institution_id: value.organiserInstitutionId,
      starts_at: startsAt,
      ends_at: endsAt,
      hours: value.hours,
      hour_unit: value.hourUnit,
      mode: value.mode,
      notes: value.notes,
      series_id: value.seriesId,
      detached_from_series: value.detachedFromSeries,
    };
    const search = { search_text: foldForSearch([value.title, value.place].filter(Boolean).join(' ')) };
    const stored = storedEvents.get(value.id);
    const days = eventDays(startsAt, endsAt);

    const leadersBefore = (storedLeaders.get(value.id) ?? []).map((row) => `${row.person_id} ${row.role}`).sort();
    const leaders = value.leaders.map((leader) => `${leader.personId} ${leader.role}`).sort();
    const leadersChanged = stored !== undefined && leadersBefore.join('\n') !== leaders.join('\n');

    const participantsBefore = new Map((storedParticipants.get(value.id) ?? []).map((row) => [row.person_id, row]));
    const wantedPeople = new Set(value.participants.map((participant) => participant.personId));
    const gone = [...participantsBefore.values()].filter((row) => !wantedPeople.has(row.person_id));
    let participantsChanged = gone.length > 0;
    const writes: (() => Promise<void>)[] = [];
    for (const participant of value.participants) {
      const marks = participant.attendanceByDay
        ? Object.entries(participant.attendanceByDay).map(([day, status]) => ({ day, status }))
        : participant.attendance
          ? days.map((day) => ({ day, status: participant.attendance! }))
          : [];
      const fields = { institution_id: participant.institutionId, walk_in: participant.walkIn, hours: participant.hours };
      const before = participantsBefore.get(participant.personId);
      if (!before) {
        participantsChanged = true;
        const id = newId('ucz');
        inserts.add('event_participants', { id, event_id: value.id, person_id: participant.personId, ...fields, created_at: now });
        for (const mark of marks) inserts.add('attendance', { participant_id: id, ...mark });
        continue;
      }
      const fieldsChanged = !sameRow(before, fields);
      const marksChanged = marksKey(storedAttendance.get(before.id) ?? []) !== marksKey(marks);
      if (!fieldsChanged && !marksChanged) continue;
      participantsChanged = true;
      writes.push(async () => {
        if (fieldsChanged) await db('event_participants').where({ id: before.id }).update(fields);
        if (marksChanged) {
          await db('attendance').where({ participant_id: before.id }).delete();
          for (const mark of marks) inserts.add('attendance', { participant_id: before.id, ...mark });
        }
      });
    }
    count('events', await upsert(db, inserts, 'events', value.id, wanted, search, stored as never, leadersChanged || participantsChanged, now));
    if (gone.length) await db('event_participants').whereIn('id', gone.map((row) => row.id)).delete();
    for (const write of writes) await write();
    if (leadersChanged) await db('event_leaders').where({ event_id: value.id }).delete();
    if (!stored || leadersChanged) for (const leader of value.leaders) inserts.add('event_leaders', { event_id: value.id, person_id: leader.personId, role: leader.role });
  }
  await inserts.flush(db, ['events', 'event_leaders', 'event_participants', 'attendance']);

  // Certificates -----------------------------------------------------------------------------------------------------------
  const storedCertificates = new Map((await rowsWhereIn<CertificateRow>(db, 'certificates', 'id', doc.certificates.map(({ value }) => value.id))).map((row) => [row.id, row]));
  for (const { value } of doc.certificates) {
    const match = CERTIFICATE_NUMBER_PATTERN.exec(value.number);
    const wanted = {
      number: value.number,
      year: value.year ?? Number(match![2]),
      sequence: value.sequence ?? Number(match![1]),
      issued_on: value.issuedOn,
      event_id: value.eventId,
      person_id: value.personId,
    };
    const stored = storedCertificates.get(value.id);
    if (!stored) {
      inserts.add('certificates', { id: value.id, ...wanted, created_at: now });
      count('certificates', 'added');
    } else if (sameRow(stored, wanted)) {
      count('certificates', 'unchanged');
    } else {
      await db('certificates').where({ id: value.id }).update(wanted);
      count('certificates', 'updated');
    }
  }
  await inserts.flush(db, ['certificates']);
  return counts;
}

interface PartyDraft {
  id?: string;
  kind: string;
  teryt: string | null;
  institutionId: string | null;
  actingThroughInstitutionId: string | null;
  name: string | null;
  address: string | null;
  nip: string | null;
  regon: string | null;
  representativeName: string | null;
  representativeFunction: string | null;
}

/** "śląskie" → "Śląskie", "bielsko-bialski" → "Bielsko-Bialski". */
function capitalised(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase('pl') + part.slice(1))
    .join('-');
}

/** The JST an agreement is with, as a party (when the file gives no party details). */
function unitParty(unit: { code: string; name: string; level: string }): PartyDraft {
  const kind = unit.level === 'voivodeship' ? 'voivodeship' : unit.level === 'powiat' ? 'powiat' : 'gmina';
  const name = kind === 'voivodeship' ? `Województwo ${capitalised(unit.name)}` : kind === 'powiat' ? `Powiat ${capitalised(unit.name)}` : `Gmina ${unit.name}`;
  return { kind, teryt: unit.code, institutionId: null, actingThroughInstitutionId: null, name, address: null, nip: null, regon: null, representativeName: null, representativeFunction: null };
}

function institutionParty(
  institutionId: string,
  inFile: { name: string; nip: string | null; regon: string | null; address: { street: string | null; postalCode: string | null; city: string | null } | null } | undefined,
): PartyDraft {
  const address = inFile?.address ? [inFile.address.street, [inFile.address.postalCode, inFile.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  return {
    kind: 'institution',
    teryt: null,
    institutionId,
    actingThroughInstitutionId: null,
    name: inFile?.name ?? null,
    address: address || null,
    nip: inFile?.nip ?? null,
    regon: inFile?.regon ?? null,
    representativeName: null,
    representativeFunction: null,
  };
}

async function storedInstitutionName(db: Knex, id: string | null): Promise<string> {
  const row = id ? ((await db('institutions').where({ id }).first('name')) as { name: string } | undefined) : undefined;
  return row?.name ?? id ?? '';
}
