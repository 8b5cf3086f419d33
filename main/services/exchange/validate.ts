/**
 * Checking an exchange file before anything is written: its structure record by record (zod), duplicate ids,
 * references to ids neither in the file nor in the register, TERYT codes, and clashes with what the register
 * holds (a phase of another project, an agreement number already taken…). Every problem is collected, each at
 * its JSON path; the register is only read.
 *
 * The file is read record by record (source.ts) and of each record only what a later check needs is kept:
 * ids, the set of ids it refers to, the TERYT codes it names, the parts' ids. Paths are built for problems
 * only: when an id or a code turns out unknown, the lists are read once more to say where it occurs.
 */
import type { Knex } from 'knex';
import { EXCHANGE_ENTITIES, exchangeFrame, exchangeOffice } from '../../../preload/contract';
import { checkCodes } from './check/codes';
import { collectRecords } from './check/collect';
import { checkParents, checkSubregionNames, checkTemplates } from './check/kinds';
import { checkAgreementNumbers, checkCertificateNumbers } from './check/numbers';
import { checkAllParts } from './check/parts';
import { isObject, withoutForbiddenKeys } from './check/records';
import { checkReferences } from './check/references';
import { Problems } from './problems';
import type { DocumentSource } from './source';

/** A file that passed every check: read again, record by record, to be written. */
export interface CheckedFile {
  source: DocumentSource;
  exportedAt: string;
  office: { name: string | null; voivodeshipTeryt: string | null };
  /** Ids of the institutions the file lists (a party made up from one of them takes its details). */
  institutionIds: ReadonlySet<string>;
}

const LISTS: ReadonlySet<string> = new Set(EXCHANGE_ENTITIES);

/** The file's frame (format, version, office…); null when it is not an exchange file at all. */
function checkFrame(source: DocumentSource, problems: Problems): CheckedFile | null {
  const raw = source.frame;
  const frame = exchangeFrame.safeParse(raw);
  if (!frame.success) problems.addZod([], frame.error.issues);
  // The lists' records are looked at one by one with the lists (collectRecords); here the rest of the frame.
  if (isObject(raw)) withoutForbiddenKeys(Object.fromEntries(Object.entries(raw).filter(([key]) => !LISTS.has(key))), [], problems);
  if (!isObject(raw) || (!frame.success && frame.error.issues.some((issue) => issue.path[0] === 'format' || issue.path[0] === 'version'))) {
    if (problems.count === 0) problems.add('$', 'plik nie zawiera obiektu JSON pliku wymiany');
    return null;
  }
  const office = exchangeOffice.safeParse(raw.office);
  return {
    source,
    exportedAt: typeof raw.exportedAt === 'string' ? raw.exportedAt : new Date().toISOString(),
    office: office.success ? office.data : { name: null, voivodeshipTeryt: null },
    institutionIds: new Set(),
  };
}

/** Every problem of the file, group by group in this order, whatever order the file's lists come in. */
export async function checkSource(db: Knex, source: DocumentSource): Promise<{ file: CheckedFile | null; problems: Problems }> {
  const problems = new Problems();
  const file = checkFrame(source, problems);
  if (!file) return { file: null, problems };
  const collected = collectRecords(source, file.office.voivodeshipTeryt);
  file.institutionIds = new Set(collected.ids.institutions.keys());
  problems.append(collected.records);
  problems.append(collected.duplicates);
  await checkReferences(db, source, collected.referenced, collected.ids, problems);
  await checkTemplates(db, collected, problems);
  await checkParents(db, collected, problems);
  await checkSubregionNames(db, collected, problems);
  await checkCodes(db, source, collected.codes, file.office.voivodeshipTeryt, problems);
  problems.append(collected.noParties);
  problems.append(collected.days);
  await checkAllParts(db, collected, problems);
  await checkAgreementNumbers(db, collected, problems);
  await checkCertificateNumbers(db, collected, problems);
  return { file: problems.count ? null : file, problems };
}
