import { groupBy, type InstitutionRow, type PartnershipRow, type PartyRow } from '../rows';
import { parseRepresentatives } from '../../agreements/representatives';
import { isBuiltInTemplate, opt, type Item, type Scope, type Tables } from './tables';

/** The gmina or powiat an agreement is with: its gmina party, else its powiat, else its partnership's unit. */
export function agreementTeryt(parties: PartyRow[], partnership: PartnershipRow | undefined, institutions: Map<string, InstitutionRow>): string | null {
  for (const kind of ['gmina', 'powiat']) {
    const party = parties.find((p) => p.kind === kind && p.teryt_code);
    if (party) return party.teryt_code;
  }
  if (partnership?.teryt_code) return partnership.teryt_code;
  const voivodeship = parties.find((p) => p.kind === 'voivodeship' && p.teryt_code);
  if (voivodeship) return voivodeship.teryt_code;
  for (const party of parties) {
    const teryt = party.institution_id ? institutions.get(party.institution_id)?.teryt_code : null;
    if (teryt) return teryt;
  }
  return null;
}

const representatives = (party: PartyRow) => parseRepresentatives(party.representatives);

/** The agreements in the file, with their parties. */
export function agreementRecords(t: Tables, scope: Scope): Item<'agreements'>[] {
  const institutions = new Map(t.institutions.map((row) => [row.id, row]));
  const partnershipRows = new Map(t.partnerships.map((row) => [row.id, row]));
  const partiesOf = groupBy(t.parties, (row) => row.agreement_id);
  const builtIn = new Set(t.templates.filter(isBuiltInTemplate).map((row) => row.id));
  return t.agreements
    .filter((row) => scope.agreements.has(row.id))
    .map((row): Item<'agreements'> => {
      const parties = partiesOf.get(row.id) ?? [];
      const partnership = row.partnership_id ? partnershipRows.get(row.partnership_id) : undefined;
      const institutionIds = [...new Set(parties.flatMap((party) => [party.institution_id, party.acting_through_institution_id]).filter((id): id is string => id !== null))];
      const builtInTemplate = row.template_id !== null && builtIn.has(row.template_id);
      return {
        id: row.id,
        number: row.number,
        projectId: row.project_id,
        ...opt('partnershipId', row.partnership_id),
        teryt: agreementTeryt(parties, partnership, institutions),
        status: row.status as Item<'agreements'>['status'],
        ...opt('draftedOn', row.drafted_on),
        ...opt('signedOn', row.signed_on),
        ...opt('validUntil', row.valid_until),
        ...opt('terminatedOn', row.terminated_on),
        ...opt('subject', row.subject),
        ...opt('notes', row.notes),
        ...(builtInTemplate ? { builtInTemplate: true } : opt('templateId', row.template_id)),
        parties: institutionIds,
        partyDetails: parties.map((party) => ({
          id: party.id,
          kind: party.kind as 'gmina',
          ...opt('teryt', party.teryt_code),
          ...opt('institutionId', party.institution_id),
          ...opt('actingThroughInstitutionId', party.acting_through_institution_id),
          name: party.name,
          ...opt('address', party.address),
          ...opt('nip', party.nip),
          ...opt('regon', party.regon),
          ...(representatives(party).length > 0 ? { representatives: representatives(party) } : {}),
        })),
      };
    });
}
