import { PARTNERSHIP_KIND_CODES, PROBLEM_CATEGORY_KEYS } from '../../../../preload/contract';
import { groupBy } from '../rows';
import { opt, type Item, type Scope, type Tables } from './tables';

const KIND_CODE_OF: Record<string, keyof typeof PARTNERSHIP_KIND_CODES> = { pzk: 'PZK', gpzk: 'G-PZK', zzk: 'ZZK' };

/** The partnerships in the file, with their members, service offers and ZZK case. */
export function partnershipRecords(t: Tables, scope: Scope): Item<'partnerships'>[] {
  const membersOf = groupBy(t.members, (row) => row.partnership_id);
  const teamOf = groupBy(t.team, (row) => row.member_id);
  const offersOf = groupBy(t.offers, (row) => row.partnership_id);
  const caseOf = new Map(t.cases.map((row) => [row.partnership_id, row]));
  const problemsOf = groupBy(t.problems, (row) => row.case_id);
  const goalsOf = groupBy(t.goals, (row) => row.case_id);
  return t.partnerships
    .filter((row) => scope.partnerships.has(row.id))
    .map((row): Item<'partnerships'> => {
      const zzkCase = caseOf.get(row.id);
      const problems = zzkCase ? (problemsOf.get(zzkCase.id) ?? []).map((p) => p.category) : [];
      const offers = offersOf.get(row.id) ?? [];
      return {
        id: row.id,
        projectId: row.project_id,
        kind: KIND_CODE_OF[row.kind] ?? (row.kind as 'PZK'),
        name: row.name,
        teryt: row.teryt_code,
        ...opt('leaderInstitutionId', row.leader_institution_id),
        ...opt('strategicPartnerInstitutionId', row.strategic_partner_institution_id),
        ...opt('animatorPersonId', row.animator_person_id),
        ...opt('parentId', row.parent_partnership_id),
        ...opt('initiatedOn', row.initiated_on),
        ...opt('formedOn', row.formalised_on),
        ...opt('endedOn', row.ended_on),
        ...opt('meetingsPerMonthTarget', row.meetings_per_month_target === null || row.meetings_per_month_target === undefined ? null : Number(row.meetings_per_month_target)),
        ...opt('notes', row.notes),
        members: (membersOf.get(row.id) ?? []).map((member) => ({
          id: member.id,
          institutionId: member.institution_id,
          ...opt('personId', member.representative_person_id),
          from: member.joined_on,
          ...opt('to', member.left_on),
          ...opt('declarationSignedOn', member.declaration_signed_on),
          ...((teamOf.get(member.id) ?? []).length
            ? { team: teamOf.get(member.id)!.map((person) => ({ id: person.id, personId: person.person_id, role: person.role, from: person.from_on, ...opt('to', person.to_on) })) }
            : {}),
        })),
        ...(offers.length
          ? {
              serviceOffers: offers.map((offer) => ({
                id: offer.id,
                institutionId: offer.institution_id,
                service: offer.service,
                ...opt('targetGroup', offer.target_group),
                ...opt('contact', offer.contact),
                ...opt('terms', offer.terms),
              })),
            }
          : {}),
        ...(zzkCase
          ? {
              zzkCase: {
                id: zzkCase.id,
                code: zzkCase.case_code,
                problems: PROBLEM_CATEGORY_KEYS.filter((key) => problems.includes(key)),
                hasIpw: Boolean(zzkCase.has_ipw),
                ...opt('openedOn', zzkCase.opened_on),
                ...opt('closedOn', zzkCase.closed_on),
                ...opt('outcome', zzkCase.outcome),
                goals: (goalsOf.get(zzkCase.id) ?? []).map((goal) => ({ id: goal.id, description: goal.description, status: goal.status as 'planned' })),
              },
            }
          : {}),
      };
    });
}
