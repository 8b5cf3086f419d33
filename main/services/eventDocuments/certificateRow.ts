import type { CertificateRow } from '../../../db/rows';
import type { IssuedCertificate } from '../../../preload/contract';

/** A stored certificate as the register and the exchange file name it (without the person's name). */
export function certificateOf(row: CertificateRow): Omit<IssuedCertificate, 'personName'> {
  return {
    id: row.id,
    number: row.number,
    year: Number(row.year),
    sequence: Number(row.sequence),
    issuedOn: row.issued_on,
    eventId: row.event_id,
    personId: row.person_id,
  };
}
