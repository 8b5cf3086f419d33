import { CERTIFICATE_NUMBER_PATTERN } from '../../../../preload/contract';
import { rowsWhereIn, sameRow, type CertificateRow } from '../rows';
import type { CheckedFile } from '../validate';
import { chunksOf, type Writing } from './writing';

/** Certificates (not audited, no version). */
export async function writeCertificates(w: Writing, doc: CheckedFile): Promise<void> {
  const { db, inserts, now, count } = w;
  for (const chunk of chunksOf(doc, 'certificates')) {
    const storedCertificates = new Map((await rowsWhereIn<CertificateRow>(db, 'certificates', 'id', chunk.map((value) => value.id))).map((row) => [row.id, row]));
    for (const value of chunk) {
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
      await inserts.flushIfFull(['certificates']);
    }
  }
  await inserts.flush(['certificates']);
}
