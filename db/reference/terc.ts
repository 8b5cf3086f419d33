/**
 * The TERC list of the TERYT register (GUS): parsing the official "Urzędowy" CSV and finding the copy
 * shipped with the app. Pure functions; loading into the database is main/services/territory/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TerritoryKind, TerritoryLevel } from '../../preload/contract/vocabulary';
import { isCityCountyCode } from '../../preload/contract/schemas/territory';

/** One voivodeship, powiat or gmina as the register stores it. */
export interface TerritorialUnitRecord {
  /** '24' (voivodeship), '2475' (powiat), '2475011' (gmina: WOJ+POW+GMI+RODZ). */
  code: string;
  level: TerritoryLevel;
  /** Display name: voivodeships in lower case ("śląskie"), the rest as in TERC. */
  name: string;
  /** null for voivodeships. */
  kind: TerritoryKind | null;
  voivodeshipCode: string;
  /** null for voivodeships; a powiat's own code for a powiat. */
  powiatCode: string | null;
  /** STAN_NA of its row, YYYY-MM-DD. */
  stateDate: string;
}

export interface ParsedTerc {
  /** The latest STAN_NA in the file (in GUS files every row has the same one). */
  stateDate: string;
  units: TerritorialUnitRecord[];
}

/** What is wrong with a TERC file, in Polish, naming its line where there is one; the service shows it as a validation error. */
export class InvalidTercError extends Error {
  override readonly name = 'InvalidTercError';
}

export const TERC_COLUMNS = ['WOJ', 'POW', 'GMI', 'RODZ', 'NAZWA', 'NAZWA_DOD', 'STAN_NA'] as const;

const GMINA_KINDS: Record<string, TerritoryKind> = { '1': 'urban', '2': 'rural', '3': 'urban_rural' };
/** Parts of gminas, not gminas: town and rural area of a miejsko-wiejska gmina, dzielnica, delegatura. */
const GMINA_PARTS = new Set(['4', '5', '8', '9']);
const MAX_NAME_LENGTH = 100;

function invalid(line: number, problem: string): InvalidTercError {
  return new InvalidTercError(`Plik TERC, wiersz ${line}: ${problem}`);
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function checkCode(line: number, column: string, value: string, optional: boolean): void {
  if (value === '' && optional) return;
  if (!/^\d{2}$/.test(value)) {
    throw invalid(line, value === '' ? `brak kodu w kolumnie ${column}` : `kod w kolumnie ${column} musi mieć 2 cyfry, jest „${value}”`);
  }
}

/**
 * Parses the text of a TERC "Urzędowy" CSV (already decoded). Tolerates a BOM, CRLF or LF and blank
 * lines; codes stay strings. Any problem is an InvalidTercError naming the line (1 = header).
 */
export function parseTerc(text: string): ParsedTerc {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  const header = headerIndex < 0 ? [] : lines[headerIndex]!.split(';').map((cell) => cell.trim().toUpperCase());
  if (header.length !== TERC_COLUMNS.length || TERC_COLUMNS.some((column, i) => header[i] !== column)) {
    throw new InvalidTercError(`To nie jest plik TERC: brak kolumn ${TERC_COLUMNS.join(';')}`);
  }

  const units: TerritorialUnitRecord[] = [];
  const lineOfCode = new Map<string, number>();
  const levelOfCode = new Map<string, TerritoryLevel>();
  let stateDate = '';

  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const line = i + 1;
    const cells = raw.split(';').map((cell) => cell.trim());
    if (cells.length !== TERC_COLUMNS.length) {
      throw invalid(line, `oczekiwano ${TERC_COLUMNS.length} pól oddzielonych średnikiem, jest ${cells.length}`);
    }
    const [woj, pow, gmi, rodz, rawName, , stanNa] = cells as [string, string, string, string, string, string, string];

    checkCode(line, 'WOJ', woj, false);
    checkCode(line, 'POW', pow, true);
    checkCode(line, 'GMI', gmi, true);
    if (pow === '' && gmi !== '') throw invalid(line, 'kod gminy (GMI) bez kodu powiatu (POW)');
    if (gmi === '' && rodz !== '') throw invalid(line, `rodzaj gminy „${rodz}” bez kodu gminy (GMI)`);
    if (gmi !== '' && rodz === '') throw invalid(line, 'brak rodzaju gminy (RODZ)');
    if (gmi !== '' && !GMINA_KINDS[rodz] && !GMINA_PARTS.has(rodz)) throw invalid(line, `nieznany rodzaj gminy „${rodz}”`);
    if (rawName === '') throw invalid(line, 'brak nazwy');
    if (rawName.length > MAX_NAME_LENGTH) throw invalid(line, `nazwa dłuższa niż ${MAX_NAME_LENGTH} znaków`);
    if (rawName.includes('\uFFFD')) throw invalid(line, 'nieczytelne znaki w nazwie – plik nie jest zapisany w UTF-8');
    if (!isValidDate(stanNa)) throw invalid(line, `nieprawidłowa data STAN_NA „${stanNa}” (oczekiwano RRRR-MM-DD)`);

    if (GMINA_PARTS.has(rodz)) continue;

    let unit: TerritorialUnitRecord;
    if (pow === '') {
      unit = { code: woj, level: 'voivodeship', name: rawName.toLocaleLowerCase('pl'), kind: null, voivodeshipCode: woj, powiatCode: null, stateDate: stanNa };
    } else if (gmi === '') {
      const kind: TerritoryKind = isCityCountyCode(woj + pow) ? 'city_county' : 'land_county';
      unit = { code: woj + pow, level: 'powiat', name: rawName, kind, voivodeshipCode: woj, powiatCode: woj + pow, stateDate: stanNa };
    } else {
      unit = { code: woj + pow + gmi + rodz, level: 'gmina', name: rawName, kind: GMINA_KINDS[rodz]!, voivodeshipCode: woj, powiatCode: woj + pow, stateDate: stanNa };
    }

    const firstLine = lineOfCode.get(unit.code);
    if (firstLine !== undefined) throw invalid(line, `kod ${unit.code} powtórzony (pierwszy raz w wierszu ${firstLine})`);
    lineOfCode.set(unit.code, line);
    levelOfCode.set(unit.code, unit.level);
    units.push(unit);
    if (stanNa > stateDate) stateDate = stanNa;
  }

  if (units.length === 0) throw new InvalidTercError('Plik TERC nie zawiera żadnego województwa, powiatu ani gminy');

  // Every powiat belongs to a listed voivodeship, every gmina to a listed powiat.
  for (const unit of units) {
    const parent = unit.level === 'gmina' ? unit.powiatCode! : unit.voivodeshipCode;
    const parentLevel: TerritoryLevel = unit.level === 'gmina' ? 'powiat' : 'voivodeship';
    if (unit.level !== 'voivodeship' && levelOfCode.get(parent) !== parentLevel) {
      throw invalid(lineOfCode.get(unit.code)!, `brak ${parentLevel === 'powiat' ? 'powiatu' : 'województwa'} o kodzie ${parent}, do którego należy ${unit.name}`);
    }
  }

  return { stateDate, units };
}

/**
 * Where the shipped TERC.csv can be: next to this module when it runs from source (db/reference/),
 * or, in the built app where the code is bundled into dist/*.js, in db/reference/ beside dist/.
 */
export function shippedTercCandidates(moduleDir: string = __dirname): string[] {
  return [path.join(moduleDir, 'teryt', 'TERC.csv'), path.join(moduleDir, '..', 'db', 'reference', 'teryt', 'TERC.csv')];
}

/** The path of the shipped TERC.csv; throws (a packaging fault, not a user error) when it is nowhere. */
export function shippedTercPath(moduleDir: string = __dirname): string {
  const candidates = shippedTercCandidates(moduleDir);
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`Brak dołączonego pliku TERYT TERC.csv; szukano w: ${candidates.join(', ')}`);
  return found;
}

/** Reads and parses the shipped TERC file (UTF-8 with BOM). */
export function readShippedTerc(moduleDir: string = __dirname): ParsedTerc {
  return parseTerc(fs.readFileSync(shippedTercPath(moduleDir), 'utf8'));
}
