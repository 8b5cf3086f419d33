/** How the audit log describes an agreement: its parties are entries of their own, and go with its delete. */
import type { Knex } from 'knex';
import type { AuditValues } from '../../../preload/contract';
import { snapshotOf, type Row } from '../audit';

/** What an agreement's delete takes with it: its parties. */
export async function agreementRelated(db: Knex, agreementId: string): Promise<AuditValues> {
  const parties: Row[] = await db('agreement_parties').where({ agreement_id: agreementId }).orderBy('position').select('*');
  return { parties: parties.map((party) => snapshotOf({ ...party, agreement_id: undefined })) };
}
