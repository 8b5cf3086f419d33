/**
 * Importing institutions and people from XLSX/CSV: read the table, map columns to fields, check every row
 * with the contract's own schemas, and only when no row has a problem write them all in one transaction.
 */
import { distance } from 'fastest-levenshtein';
import type { Knex } from 'knex';
import {
  compactIdentifier,
  foldForSearch,
  IMPORT_FIELDS,
  INSTITUTION_TYPE_KEYS,
  INSTITUTION_TYPES,
  institutionDraft,
  PERSON_ROLE_KEYS,
  PERSON_ROLES,
  personDraft,
  type ImportEntity,
  type ImportExistingRow,
  type ImportPreview,
  type ImportProblem,
  type ImportRequest,
  type ImportResult,
  type Label,
} from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { backupNow } from '../backups';
import { fileBytes } from '../files';
import { saveInstitution } from '../institutions';
import { savePerson } from '../people';
import { readTable, type Table } from '../tabular';
import { territoryExists } from '../territory';
import { institutionMatcher, personMatcher, type ImportMatcher } from './matching';

const SAMPLE_ROWS = 20;

type Mapping = Record<string, number | null>;
type Values = Record<string, string>;

/** Each field's column: the one whose header matches one of the field's aliases. */
function guessMapping(entity: ImportEntity, headers: string[]): Mapping {
  const folded = headers.map(foldForSearch);
  return Object.fromEntries(
    Object.entries(IMPORT_FIELDS[entity]).map(([field, def]) => {
      const index = folded.findIndex((header) => (def.aliases as readonly string[]).includes(header));
      return [field, index >= 0 ? index : null];
    }),
  );
}

/** A vocabulary value given by its key or by either label, diacritics and case ignored. */
function matchVocabulary<K extends string>(keys: readonly K[], labels: Record<K, Label>, text: string, extra: Record<string, K> = {}): K | undefined {
  const wanted = foldForSearch(text);
  return keys.find((key) => key === wanted || foldForSearch(labels[key].pl) === wanted || foldForSearch(labels[key].en) === wanted) ?? extra[wanted];
}

/** Abbreviations offices write in their spreadsheets. */
const TYPE_ABBREVIATIONS: Record<string, (typeof INSTITUTION_TYPE_KEYS)[number]> = {
  mops: 'ops', gops: 'ops', mgops: 'ops', ops: 'ops', pcpr: 'pcpr', cus: 'cus', dps: 'dps', sds: 'sds', wtz: 'wtz', pup: 'pup',
  ngo: 'ngo', policja: 'police', kpp: 'police', kmp: 'police', sad: 'court', szkola: 'school', przedszkole: 'kindergarten', ppp: 'counselling_center',
};

/** Words offices write for a type the vocabulary names otherwise: offered as a suggestion, never taken silently. */
const TYPE_SYNONYMS: Record<string, (typeof INSTITUTION_TYPE_KEYS)[number]> = {
  stowarzyszenie: 'ngo', fundacja: 'ngo', 'urzad gminy': 'jst_office', 'urzad miasta': 'jst_office', starostwo: 'jst_office',
  szpital: 'health', przychodnia: 'health', biblioteka: 'culture', 'spoldzielnia socjalna': 'social_economy', kurator: 'court',
  komenda: 'police', posterunek: 'police',
};

/**
 * " – czy chodziło o „…”?" with the vocabulary's label nearest to an unknown value: a word the office uses for it, or
 * the label (or key) within a few typing slips; '' when nothing is near enough to suggest.
 */
function suggestion<K extends string>(keys: readonly K[], labels: Record<K, Label>, text: string, synonyms: Record<string, K> = {}): string {
  const wanted = foldForSearch(text);
  const synonym = Object.entries(synonyms).find(([word]) => wanted.includes(word))?.[1];
  const scored = keys.flatMap((key) => [key, labels[key].pl, labels[key].en].map((name) => ({ key, score: distance(wanted, foldForSearch(name)) })));
  const nearest = scored.sort((a, b) => a.score - b.score)[0];
  const key = synonym ?? (nearest && nearest.score <= Math.max(2, Math.floor(wanted.length / 3)) ? nearest.key : undefined);
  return key ? ` – czy chodziło o „${labels[key].pl}”?` : '';
}

const YES = ['tak', 't', '1', 'yes', 'y', 'true', 'aktywna', 'aktywny'];
const NO = ['nie', 'n', '0', 'no', 'false', 'nieaktywna', 'nieaktywny'];

interface RowCheck {
  draft?: Record<string, unknown>;
  problems: { field: string; message: string }[];
}

interface InstitutionRef {
  id: string;
  name: string;
  shortName: string | null;
  nip: string | null;
}

async function institutionIndex(db: Knex): Promise<InstitutionRef[]> {
  return (await db('institutions').select('id', 'name', { shortName: 'short_name' }, 'nip')) as InstitutionRef[];
}

function findInstitution(index: InstitutionRef[], text: string): InstitutionRef[] {
  const nip = compactIdentifier(text);
  if (/^\d{10}$/.test(nip)) return index.filter((i) => i.nip === nip);
  const wanted = foldForSearch(text);
  const byName = index.filter((i) => foldForSearch(i.name) === wanted);
  return byName.length ? byName : index.filter((i) => i.shortName !== null && foldForSearch(i.shortName) === wanted);
}

function zodProblems(error: { issues: { path: PropertyKey[]; message: string }[] }): RowCheck['problems'] {
  return error.issues.map((issue) => ({ field: String(issue.path[0] ?? ''), message: issue.message }));
}

async function checkInstitutionRow(db: Knex, values: Values): Promise<RowCheck> {
  const problems: RowCheck['problems'] = [];
  const { type: typeText = '', active: activeText = '', ...rest } = values;
  const type = typeText ? matchVocabulary(INSTITUTION_TYPE_KEYS, INSTITUTION_TYPES, typeText, TYPE_ABBREVIATIONS) : undefined;
  if (typeText && !type) {
    problems.push({ field: 'type', message: `Nieznany typ instytucji „${typeText}”${suggestion(INSTITUTION_TYPE_KEYS, INSTITUTION_TYPES, typeText, TYPE_SYNONYMS)}` });
  }
  const activeFolded = foldForSearch(activeText);
  const active = activeFolded === '' || YES.includes(activeFolded) ? true : NO.includes(activeFolded) ? false : undefined;
  if (active === undefined) problems.push({ field: 'active', message: `Wpisz „tak” albo „nie” (jest „${activeText}”)` });
  const parsed = institutionDraft.safeParse({ ...rest, type: type ?? (typeText ? 'other' : undefined), active: active ?? true });
  if (!parsed.success) problems.push(...zodProblems(parsed.error).filter((p) => !(p.field === 'type' && typeText)));
  if (parsed.success && parsed.data.terytCode && !(await territoryExists(db, parsed.data.terytCode))) {
    problems.push({ field: 'terytCode', message: `Nieznany kod TERYT „${parsed.data.terytCode}”` });
  }
  return { draft: parsed.success ? parsed.data : undefined, problems };
}

/** What a table's form-of-address column may say, folded. */
const FORM_OF_ADDRESS_WORDS: Record<string, 'ms' | 'mr' | null> = { '': null, pani: 'ms', pan: 'mr', ms: 'ms', mrs: 'ms', mr: 'mr', k: 'ms', m: 'mr' };

function checkPersonRow(index: InstitutionRef[], values: Values): RowCheck {
  const problems: RowCheck['problems'] = [];
  const { institution: institutionText = '', roles: rolesText = '', formOfAddress: formText = '', ...rest } = values;
  const formWord = foldForSearch(formText).replace(/\.$/, '');
  const formOfAddress = Object.hasOwn(FORM_OF_ADDRESS_WORDS, formWord) ? FORM_OF_ADDRESS_WORDS[formWord] : undefined;
  if (formText.trim() && formOfAddress === undefined) problems.push({ field: 'formOfAddress', message: `Wpisz „Pani” albo „Pan” albo zostaw puste (jest „${formText}”)` });
  let institutionId: string | null = null;
  if (institutionText) {
    const found = findInstitution(index, institutionText);
    if (found.length === 0) problems.push({ field: 'institution', message: `Nie ma w rejestrze instytucji „${institutionText}”: dodaj ją najpierw` });
    else if (found.length > 1) problems.push({ field: 'institution', message: `Nazwa „${institutionText}” pasuje do kilku instytucji: podaj NIP` });
    else institutionId = found[0]!.id;
  }
  const roles = rolesText
    .split(/[,;/]/)
    .map((role) => role.trim())
    .filter(Boolean)
    .map((role) => {
      const key = matchVocabulary(PERSON_ROLE_KEYS, PERSON_ROLES, role);
      if (!key) problems.push({ field: 'roles', message: `Nieznana rola „${role}”${suggestion(PERSON_ROLE_KEYS, PERSON_ROLES, role)}` });
      return key;
    })
    .filter((key) => key !== undefined);
  const parsed = personDraft.safeParse({ ...rest, formOfAddress: formOfAddress ?? null, institutionId, roles });
  if (!parsed.success) problems.push(...zodProblems(parsed.error));
  return { draft: parsed.success ? parsed.data : undefined, problems };
}

interface Checked {
  table: Table;
  mapping: Mapping;
  rows: { rowNumber: number; values: Values; check: RowCheck }[];
  problems: ImportProblem[];
  /** Rows already in the register or earlier in the file: skipped on import. */
  existing: ImportExistingRow[];
}

async function readAndCheck(db: Knex, request: ImportRequest): Promise<Checked> {
  const table = await readTable(request.fileName, fileBytes(request));
  const fields = IMPORT_FIELDS[request.entity] as Record<string, { pl: string; required?: boolean }>;
  const mapping: Mapping = { ...guessMapping(request.entity, table.headers), ...(request.mapping ?? {}) };
  for (const [field, column] of Object.entries(mapping)) {
    if (!(field in fields)) throw new ServiceError('validation', `Nieznane pole importu „${field}”`);
    if (column !== null && column >= table.headers.length) throw new ServiceError('validation', `Plik nie ma kolumny nr ${column + 1}`);
  }
  const columnName = (field: string) => {
    const column = mapping[field];
    return column === null || column === undefined ? (fields[field]?.pl ?? field) : table.headers[column] || `kolumna ${column + 1}`;
  };
  const problems: ImportProblem[] = [];
  const missing = Object.entries(fields).filter(([field, def]) => def.required && (mapping[field] ?? null) === null);
  for (const [, def] of missing) problems.push({ rowNumber: 1, column: def.pl, message: `Brak kolumny „${def.pl}”: wskaż ją w przyporządkowaniu kolumn` });

  for (const problem of table.problems ?? []) problems.push({ rowNumber: problem.rowNumber, column: table.headers[problem.column] || `kolumna ${problem.column + 1}`, message: problem.message });

  const institutions = request.entity === 'people' ? await institutionIndex(db) : [];
  const matcher: ImportMatcher<never> = request.entity === 'people' ? await personMatcher(db) : await institutionMatcher(db);
  const rows: Checked['rows'] = [];
  const existing: ImportExistingRow[] = [];
  for (const row of table.rows) {
    const values: Values = {};
    for (const [field, column] of Object.entries(mapping)) if (column !== null) values[field] = row.cells[column] ?? '';
    const check = request.entity === 'institutions' ? await checkInstitutionRow(db, values) : checkPersonRow(institutions, values);
    if (missing.length === 0) {
      // A cell of a merged range is empty because of the range, already reported: not a second problem of its own.
      const coveredField = (field: string) => table.covered?.has(`${row.rowNumber}:${mapping[field] ?? -1}`) ?? false;
      for (const problem of check.problems) {
        if (!coveredField(problem.field)) problems.push({ rowNumber: row.rowNumber, column: columnName(problem.field), message: problem.message });
      }
    }
    const repeated = check.draft && check.problems.length === 0 ? matcher.check(check.draft as never, row.rowNumber) : null;
    if (repeated) existing.push(repeated);
    else rows.push({ rowNumber: row.rowNumber, values, check });
  }
  problems.sort((a, b) => a.rowNumber - b.rowNumber);
  if (table.rows.length === 0) problems.push({ rowNumber: 2, column: '', message: 'Plik nie zawiera żadnego wiersza danych pod nagłówkami' });
  return { table, mapping, rows, problems, existing };
}

export async function previewImport(db: Knex, request: ImportRequest): Promise<ImportPreview> {
  const { table, mapping, rows, problems, existing } = await readAndCheck(db, request);
  return {
    entity: request.entity,
    fileName: request.fileName,
    encoding: table.encoding ?? null,
    headers: table.headers,
    mapping,
    rowCount: rows.length + existing.length,
    sample: rows.slice(0, SAMPLE_ROWS).map(({ rowNumber, values }) => ({ rowNumber, values })),
    problems,
    existing,
  };
}

/** All or nothing: with any problem nothing is written, and the error lists every row and column at fault. */
export async function commitImport(ctx: Pick<ServiceContext, 'db' | 'engine' | 'databaseLocation' | 'filesDir'>, request: ImportRequest): Promise<ImportResult> {
  const { db } = ctx;
  const { rows, problems, existing } = await readAndCheck(db, request);
  if (problems.length > 0) {
    const fieldErrors = Object.fromEntries(problems.map((p) => [`wiersz ${p.rowNumber}, ${p.column}`, p.message]));
    throw new ServiceError('validation', `Plik zawiera błędy (${problems.length}); nic nie zaimportowano. Popraw plik i spróbuj ponownie.`, fieldErrors);
  }
  if (rows.length === 0) return { imported: 0, skipped: existing.length };
  // A copy of the data as it was, in case the imported file was the wrong one.
  if (ctx.engine === 'sqlite') await backupNow(ctx, 'import');
  await db.transaction(async (trx) => {
    for (const { check } of rows) {
      if (request.entity === 'institutions') await saveInstitution(trx, check.draft as Parameters<typeof saveInstitution>[1]);
      else await savePerson(trx, check.draft as Parameters<typeof savePerson>[1]);
    }
  });
  return { imported: rows.length, skipped: existing.length };
}
