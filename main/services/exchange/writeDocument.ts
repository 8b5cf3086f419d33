/**
 * Writing a checked exchange document: an idempotent upsert, record by record. A record the register already
 * holds unchanged is not touched (it keeps its version and timestamps); a changed one is rewritten with its
 * version + 1; a new one is added. Lists inside a record (phases, members, participants…) are the file's: what
 * the file no longer lists is removed from that record. Records the file does not mention are left alone.
 * Runs inside the caller's transaction.
 *
 * The audit log gets an `import` entry for every record of the registers the import adds (all its values) or
 * changes (the changed values before and after), in the same transaction; child rows the file no longer lists
 * get `delete` entries. An event's participants and attendance marks are one column of the event's entry
 * (`participants`, each with its marks by day) rather than an entry per row: see ImportLog.
 */
import type { Knex } from 'knex';
import type { CheckedFile } from './validate';
import { writeAgreements } from './write/agreements';
import { writeCertificates } from './write/certificates';
import { writeEvents } from './write/events';
import { writeEventSeries } from './write/eventSeries';
import { writeInstitutions } from './write/institutions';
import { writeOffice } from './write/office';
import { writePartnerships } from './write/partnerships';
import { writePeople } from './write/people';
import { writeProjects } from './write/projects';
import { writeTemplates } from './write/templates';
import { writeStudies } from './write/studies';
import { writeSubregions } from './write/subregions';
import { emptyCounts, startWriting, type ExchangeCounts } from './write/writing';

/**
 * Writes a checked file inside the caller's transaction, list by list in foreign-key order (institutions, people,
 * projects, templates, partnerships, agreements, series, events, certificates, studies with their files), reading each list from the file
 * again a chunk at a time.
 */
export async function writeDocument(db: Knex, doc: CheckedFile, now: string, userName: string, filesDir: string): Promise<ExchangeCounts> {
  const counts = emptyCounts();
  const w = startWriting(db, now, userName, counts);
  await writeOffice(w, doc);
  await writeInstitutions(w, doc);
  await writePeople(w, doc);
  await writeProjects(w, doc);
  await writeTemplates(w, doc);
  await writePartnerships(w, doc);
  await writeAgreements(w, doc);
  await writeEventSeries(w, doc);
  await writeEvents(w, doc);
  await writeCertificates(w, doc);
  await writeStudies(w, doc, filesDir);
  await writeSubregions(w, doc);
  return counts;
}
