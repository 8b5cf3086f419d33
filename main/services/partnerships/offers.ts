/** The local basket of services (lokalny koszyk usług): what member institutions offer the partnership. */
import type { Knex } from 'knex';
import type { ServiceOffer, ServiceOfferSave } from '../../../preload/contract';
import { notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { deleteVersioned, insertAudited, updateVersioned } from '../versioned';
import { problem, throwProblems, type Problem } from './problems';
import { getOffer, OFFER, PARTNERSHIP } from './read';

type Fields = Omit<ServiceOfferSave, 'id' | 'version'>;

function toRow(fields: Fields) {
  return {
    partnership_id: fields.partnershipId,
    institution_id: fields.institutionId,
    service: fields.service,
    target_group: fields.targetGroup,
    contact: fields.contact,
    terms: fields.terms,
  };
}

export async function saveOffer(db: Knex, input: ServiceOfferSave): Promise<ServiceOffer> {
  const { id, version, ...fields } = input;
  const savedId = await db.transaction(async (trx) => {
    if (!(await trx(PARTNERSHIP.table).where({ id: fields.partnershipId }).first('id'))) throw notFound(PARTNERSHIP.what);
    const problems: Problem[] = [];
    if (id !== undefined) {
      const existing: { partnership_id: string } | undefined = await trx(OFFER.table).where({ id }).first('partnership_id');
      if (!existing) throw notFound(OFFER.what);
      if (existing.partnership_id !== fields.partnershipId) problems.push(problem('partnershipId', 'Oferty nie można przenieść do innego zespołu: dodaj ją tam jako nową.'));
    }
    const everMember = await trx('partnership_members').where({ partnership_id: fields.partnershipId, institution_id: fields.institutionId }).first('id');
    if (!everMember) problems.push(problem('institutionId', 'Usługę do koszyka wnosi instytucja, która należy lub należała do zespołu.'));
    throwProblems(problems);
    if (id === undefined) {
      const created = newId('off');
      const now = nowIso();
      await insertAudited(trx, OFFER, { id: created, version: 1, ...toRow(fields), created_at: now, updated_at: now });
      return created;
    }
    await updateVersioned(trx, OFFER, id, version!, toRow(fields));
    return id;
  });
  return getOffer(db, savedId);
}

export async function deleteOffer(db: Knex, id: string, version: number): Promise<{ id: string }> {
  await deleteVersioned(db, OFFER, id, version);
  return { id };
}
