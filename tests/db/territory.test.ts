/** The territory register: the shipped TERYT TERC file, search for pickers, updates from a newer file. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { parseTerc, shippedTercPath } from '../../db/reference/terc';
import { ServiceError } from '../../main/services/errors';
import {
  getTerritorialUnit,
  loadShippedTerritoryIfEmpty,
  searchTerritory,
  territoryExists,
  territoryStatus,
  updateTerritoryFromTerc,
} from '../../main/services/territory';
import { describeTerritoryHit, territoryCode, territorySearchQuery } from '../../preload/contract/schemas/territory';
import { cp1250 } from '../support/cp1250';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

const SHIPPED = shippedTercPath();
const TERC = fs.readFileSync(SHIPPED, 'utf8');
const TERC_LINES = TERC.split('\r\n');

/** The shipped file with line `n` (1 = header) replaced, or removed when `text` is null. */
function withLine(n: number, text: string | null): string {
  const lines = [...TERC_LINES];
  if (text === null) lines.splice(n - 1, 1);
  else lines[n - 1] = text;
  return lines.join('\r\n');
}

function lineNumberOf(prefix: string): number {
  const index = TERC_LINES.findIndex((line) => line.startsWith(prefix));
  if (index < 0) throw new Error(`no line ${prefix}`);
  return index + 1;
}

async function expectServiceError(promise: Promise<unknown>, code: string, message: string | RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe(code);
  if (typeof message === 'string') expect((error as ServiceError).message).toBe(message);
  else expect((error as ServiceError).message).toMatch(message);
}

describe('the shipped TERC file', () => {
  it('is the GUS file reproduced unchanged, found from source', () => {
    expect(path.relative(path.resolve(__dirname, '../..'), SHIPPED).split(path.sep).join('/')).toBe('db/reference/teryt/TERC.csv');
    const bytes = fs.readFileSync(SHIPPED);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(-4).toString('latin1')).toBe('\r\n\r\n');
  });

  it('is found beside dist/ in the built app, and a missing one is reported clearly', () => {
    const root = path.resolve(__dirname, '../..');
    expect(shippedTercPath(path.join(root, 'dist'))).toBe(path.join(root, 'db', 'reference', 'teryt', 'TERC.csv'));
    expect(() => shippedTercPath(path.join(root, 'nowhere', 'dist'))).toThrow(/TERC\.csv.*szukano w:/);
  });

  it('parses to 16 voivodeships, 380 powiats and 2 479 gminas, skipping parts of gminas', () => {
    const { stateDate, units } = parseTerc(TERC);
    expect(stateDate).toBe('2025-01-01');
    const count = (level: string, kind?: string) => units.filter((u) => u.level === level && (kind === undefined || u.kind === kind)).length;
    expect([count('voivodeship'), count('powiat'), count('gmina')]).toEqual([16, 380, 2479]);
    expect([count('powiat', 'land_county'), count('powiat', 'city_county')]).toEqual([314, 66]);
    expect([count('gmina', 'urban'), count('gmina', 'rural'), count('gmina', 'urban_rural')]).toEqual([302, 1459, 718]);
    expect(units.find((u) => u.code === '24')).toEqual({
      code: '24',
      level: 'voivodeship',
      name: 'śląskie',
      kind: null,
      voivodeshipCode: '24',
      powiatCode: null,
      stateDate: '2025-01-01',
    });
    expect(units.some((u) => u.code === '0201044' || u.code === '0201045')).toBe(false); // RODZ 4, 5 of Nowogrodziec
    expect(units.find((u) => u.code === '0201043')?.kind).toBe('urban_rural');
  });

  it('reads the same without BOM, with LF line ends and without the trailing empty line', () => {
    const plain = TERC.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').trimEnd();
    expect(parseTerc(plain)).toEqual(parseTerc(TERC));
  });

  it('names the line of a bad row', () => {
    const lines = TERC_LINES.length;
    const cases: [string, string][] = [
      ['', 'To nie jest plik TERC: brak kolumn WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA'],
      ['<?xml version="1.0"?><teryt/>', 'To nie jest plik TERC: brak kolumn WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA'],
      [withLine(17, '02;02;03;7;Pieszyce;obszar wiejski;2025-01-01'), 'Plik TERC, wiersz 17: nieznany rodzaj gminy „7”'],
      [withLine(3, '02;1;;;bolesławiecki;powiat;2025-01-01'), 'Plik TERC, wiersz 3: kod w kolumnie POW musi mieć 2 cyfry, jest „1”'],
      [withLine(4, '02;01;01;1;Bolesławiec;gmina miejska'), 'Plik TERC, wiersz 4: oczekiwano 7 pól oddzielonych średnikiem, jest 6'],
      [withLine(4, '02;01;01;;Bolesławiec;gmina miejska;2025-01-01'), 'Plik TERC, wiersz 4: brak rodzaju gminy (RODZ)'],
      [withLine(4, '02;01;01;1;;gmina miejska;2025-01-01'), 'Plik TERC, wiersz 4: brak nazwy'],
      [withLine(4, '02;01;01;1;Bolesławiec;gmina miejska;01.01.2025'), 'Plik TERC, wiersz 4: nieprawidłowa data STAN_NA „01.01.2025” (oczekiwano RRRR-MM-DD)'],
      [withLine(5, '02;01;01;1;Bolesławiec;gmina miejska;2025-01-01'), 'Plik TERC, wiersz 5: kod 0201011 powtórzony (pierwszy raz w wierszu 4)'],
      [withLine(3, null), 'Plik TERC, wiersz 3: brak powiatu o kodzie 0201, do którego należy Bolesławiec'],
      [withLine(4, '02;01;01;1;Boles\uFFFDawiec;gmina miejska;2025-01-01'), 'Plik TERC, wiersz 4: nieczytelne znaki w nazwie – plik nie jest zapisany w UTF-8'],
      [TERC_LINES.slice(0, 1).join('\r\n'), 'Plik TERC nie zawiera żadnego województwa, powiatu ani gminy'],
    ];
    for (const [text, message] of cases) {
      expect(() => parseTerc(text), message).toThrow(message);
    }
    expect(TERC_LINES.length).toBe(lines);
  });
});

describe('the register loaded at start', () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await openTempDatabase(); // loads the shipped file
  });
  afterAll(async () => {
    await temp.cleanup();
  });
  const db = () => temp.runtime.db;

  it('holds the whole country at 2025-01-01, and a second load changes nothing', async () => {
    const status = { stateDate: '2025-01-01', voivodeships: 16, powiats: 380, gminas: 2479 };
    expect(await territoryStatus(db())).toEqual(status);
    await loadShippedTerritoryIfEmpty(db());
    expect(await territoryStatus(db())).toEqual(status);
    expect(await db()('territorial_units').count({ n: '*' }).first()).toEqual({ n: 16 + 380 + 2479 });
    expect(await db()('settings').select('*')).toEqual([{ key: 'teryt.stateDate', value: '2025-01-01' }]);
  });

  it('knows cities with county rights, their gminas and rural gminas with their powiat and voivodeship', async () => {
    expect(await getTerritorialUnit(db(), '2475011')).toEqual({
      code: '2475011',
      level: 'gmina',
      name: 'Sosnowiec',
      kind: 'urban',
      voivodeshipCode: '24',
      voivodeshipName: 'śląskie',
      powiatCode: '2475',
      powiatName: 'Sosnowiec',
      inRegister: true,
    });
    expect(await getTerritorialUnit(db(), '2475')).toMatchObject({ level: 'powiat', name: 'Sosnowiec', kind: 'city_county', powiatCode: '2475' });
    expect(await getTerritorialUnit(db(), '1061011')).toMatchObject({ name: 'Łódź', kind: 'urban', powiatCode: '1061', powiatName: 'Łódź', voivodeshipName: 'łódzkie' });
    expect(await getTerritorialUnit(db(), '1061')).toMatchObject({ kind: 'city_county' });
    const oksa = await getTerritorialUnit(db(), '2602052');
    expect(oksa).toMatchObject({ name: 'Oksa', kind: 'rural', powiatCode: '2602', powiatName: 'jędrzejowski', voivodeshipCode: '26', voivodeshipName: 'świętokrzyskie' });
    expect(await getTerritorialUnit(db(), '2602')).toMatchObject({ name: 'jędrzejowski', kind: 'land_county' });
    expect(await getTerritorialUnit(db(), '24')).toMatchObject({ level: 'voivodeship', name: 'śląskie', kind: null, powiatCode: null, powiatName: null });
    expect(describeTerritoryHit(oksa)).toBe('Oksa – gmina wiejska, powiat jędrzejowski, woj. świętokrzyskie');
    expect(describeTerritoryHit(await getTerritorialUnit(db(), '2475011'))).toBe('Sosnowiec – gmina miejska, miasto na prawach powiatu, woj. śląskie');
    await expectServiceError(getTerritorialUnit(db(), '2475019'), 'not_found', 'Nie znaleziono jednostki terytorialnej o kodzie 2475019.');
    expect(await territoryExists(db(), '2475011')).toBe(true);
    expect(await territoryExists(db(), '2475')).toBe(true);
    expect(await territoryExists(db(), '2475014')).toBe(false);
  });

  it('finds names without diacritics, best match first', async () => {
    const lodz = await searchTerritory(db(), { query: 'lodz' });
    expect(lodz[0]).toMatchObject({ code: '1061011', name: 'Łódź' });
    expect(lodz[1]).toMatchObject({ code: '1061', level: 'powiat' }); // same name, ties by level
    expect(lodz.map((h) => h.name)).toContain('łódzkie');
    expect(lodz.length).toBeLessThanOrEqual(20);

    expect((await searchTerritory(db(), { query: 'zory' }))[0]).toMatchObject({ name: 'Żory', level: 'gmina', kind: 'urban' });
    expect((await searchTerritory(db(), { query: 'BEDZIN' }))[0]).toMatchObject({ name: 'Będzin', level: 'gmina' });
    expect((await searchTerritory(db(), { query: 'Będziń', levels: ['powiat'] }))[0]).toMatchObject({ name: 'będziński', code: '2401' });

    const boleslawiec = await searchTerritory(db(), { query: 'boleslawiec', levels: ['gmina'] });
    expect(boleslawiec.slice(0, 3).map((h) => [h.code, h.kind, h.powiatName, h.voivodeshipName])).toEqual([
      ['0201011', 'urban', 'bolesławiecki', 'dolnośląskie'],
      ['0201022', 'rural', 'bolesławiecki', 'dolnośląskie'],
      ['1018013', 'urban_rural', 'wieruszowski', 'łódzkie'],
    ]);
    expect(boleslawiec.at(-1)?.name).toBe('Warta Bolesławiecka'); // a word of the name starts with it
    const all = await searchTerritory(db(), { query: 'Bolesławiec' });
    expect(all.map((h) => h.name)).toEqual(['Bolesławiec', 'Bolesławiec', 'Bolesławiec', 'bolesławiecki', 'Warta Bolesławiecka']);

    const koz = await searchTerritory(db(), { query: 'kozle' });
    expect(koz.map((h) => h.name)).toContain('Kędzierzyn-Koźle');
    expect((await searchTerritory(db(), { query: 'dobra szczecinska' }))[0]).toMatchObject({ name: 'Dobra (Szczecińska)' });
  });

  it('filters by level and area, limits, and takes TERYT codes and level words', async () => {
    const silesianGminas = await searchTerritory(db(), { query: 'a', levels: ['gmina'], withinCode: '24', limit: 50 });
    expect(silesianGminas).toHaveLength(50);
    expect(silesianGminas.every((h) => h.level === 'gmina' && h.voivodeshipCode === '24')).toBe(true);
    const inPowiat = await searchTerritory(db(), { query: 'o', withinCode: '2602', limit: 100 });
    expect(inPowiat.length).toBeGreaterThan(3);
    expect(inPowiat.every((h) => h.code.startsWith('2602'))).toBe(true);
    expect(await searchTerritory(db(), { query: 'lodz', levels: ['voivodeship'] })).toEqual([expect.objectContaining({ code: '10', name: 'łódzkie' })]);
    expect(await searchTerritory(db(), { query: 'a', limit: 3 })).toHaveLength(3);
    expect(await searchTerritory(db(), { query: 'lodz', withinCode: '24' })).toEqual([]);

    expect((await searchTerritory(db(), { query: '2475011' })).map((h) => h.name)).toEqual(['Sosnowiec']);
    expect((await searchTerritory(db(), { query: '2475' })).map((h) => h.code)).toEqual(['2475', '2475011']);
    expect((await searchTerritory(db(), { query: 'powiat bedz' })).map((h) => h.code)).toEqual(['2401']);
    expect((await searchTerritory(db(), { query: 'woj. slaskie' })).map((h) => h.code)).toEqual(['24', '02']); // exact, then containing (dolnośląskie)
    expect((await searchTerritory(db(), { query: 'wojcieszow' })).map((h) => h.name)).toEqual(['Wojcieszów']);
    expect(await searchTerritory(db(), { query: '100%_' })).toEqual([]);
  });
});

describe('the contract schemas', () => {
  it('trims and checks queries and codes with Polish messages', () => {
    expect(territorySearchQuery.parse({ query: '  łódź ', levels: ['gmina'], withinCode: '10' })).toEqual({ query: 'łódź', levels: ['gmina'], withinCode: '10' });
    const messages = (input: unknown) => territorySearchQuery.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ query: '   ' })).toEqual(['Wpisz co najmniej jeden znak nazwy lub kodu TERYT']);
    expect(messages({ query: 'x'.repeat(101) })).toEqual(['Szukany tekst może mieć najwyżej 100 znaków']);
    expect(messages({ query: 'a', levels: ['sołectwo'] })).toEqual(['Nieznany poziom podziału terytorialnego']);
    expect(messages({ query: 'a', withinCode: '247' })).toEqual(['Kod obszaru musi mieć 2 cyfry (województwo) lub 4 (powiat)']);
    expect(messages({ query: 'a', limit: 0 })).toEqual(['Limit musi wynosić co najmniej 1']);
    expect(messages({ query: 'a', limit: 101 })).toEqual(['Limit może wynosić najwyżej 100']);
    expect(territoryCode.parse({ code: ' 2475011 ' })).toEqual({ code: '2475011' });
    expect(territoryCode.safeParse({ code: '24750' }).error?.issues[0]?.message).toBe('Kod TERYT musi mieć 2, 4 lub 7 cyfr');
  });
});

describe('updating from a newer TERC', () => {
  // Each test has its own database (loading the register takes about 0.1 s), so none depends on another's updates.
  let temp: TempDatabase;
  beforeEach(async () => {
    temp = await openTempDatabase();
  });
  afterEach(async () => {
    await temp.cleanup();
  });
  const db = () => temp.runtime.db;
  const dump = async () => ({
    units: await db()('territorial_units').select('*').orderBy('code'),
    settings: await db()('settings').select('*').orderBy('key'),
  });

  // 2026: Oksa gone, Bieliny renamed, a new gmina in powiat jędrzejowski.
  const oksaLine = lineNumberOf('26;02;05;2;Oksa;');
  const bielinyLine = lineNumberOf('26;04;01;2;Bieliny;');
  const newer = withLine(oksaLine, '26;02;10;2;Gmina Próbna;gmina wiejska;2025-01-01')
    .replace('26;04;01;2;Bieliny;', '26;04;01;2;Bieliny Kapitulne;')
    .replaceAll(';2025-01-01', ';2026-01-01');

  it('refuses a broken file and leaves the register exactly as it was', async () => {
    const before = await dump();
    await expectServiceError(updateTerritoryFromTerc(db(), 'NAZWA;KOD\r\nŁódź;1061011\r\n'), 'validation', 'To nie jest plik TERC: brak kolumn WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA');
    await expectServiceError(updateTerritoryFromTerc(db(), withLine(17, '02;02;03;7;Pieszyce;obszar wiejski;2026-01-01')), 'validation', 'Plik TERC, wiersz 17: nieznany rodzaj gminy „7”');
    // Valid rows but only one voivodeship: a partial extract would push the rest of the country out of the register.
    const partial = TERC_LINES.filter((line, i) => i === 0 || line.startsWith('24;')).join('\r\n');
    await expectServiceError(updateTerritoryFromTerc(db(), partial), 'validation', /^Plik TERC nie obejmuje całego kraju: brak województwa dolnośląskie \(02\)/);
    expect(await dump()).toEqual(before);
  });

  it('adds, renames, marks units out of the register without deleting them, and moves the state date', async () => {
    expect(bielinyLine).toBeGreaterThan(1);
    expect(await updateTerritoryFromTerc(db(), newer)).toEqual({ stateDate: '2026-01-01', added: 1, updated: 1, leftRegister: 1 });
    expect(await territoryStatus(db())).toEqual({ stateDate: '2026-01-01', voivodeships: 16, powiats: 380, gminas: 2479 });

    const oksa = await getTerritorialUnit(db(), '2602052');
    expect(oksa).toMatchObject({ name: 'Oksa', powiatName: 'jędrzejowski', inRegister: false });
    expect(describeTerritoryHit(oksa)).toMatch(/\(poza rejestrem TERYT\)$/);
    expect(await db()('territorial_units').where({ code: '2602052' }).first('state_date')).toEqual({ state_date: '2025-01-01' });
    expect(await territoryExists(db(), '2602052')).toBe(true);
    expect(await territoryExists(db(), '2602052', { inRegisterOnly: true })).toBe(false);
    expect(await searchTerritory(db(), { query: 'oksa' })).toEqual([]);
    expect(await searchTerritory(db(), { query: 'oksa', includeOutOfRegister: true })).toEqual([oksa]);

    expect(await getTerritorialUnit(db(), '2604012')).toMatchObject({ name: 'Bieliny Kapitulne', inRegister: true });
    expect((await searchTerritory(db(), { query: 'kapitulne' }))[0]?.code).toBe('2604012');
    expect(await getTerritorialUnit(db(), '2602102')).toMatchObject({ name: 'Gmina Próbna', kind: 'rural', powiatName: 'jędrzejowski' });
    expect(await db()('territorial_units').where({ code: '2475011' }).first('state_date')).toEqual({ state_date: '2026-01-01' });
  });

  it('takes the same file again as a no-op and refuses an older one', async () => {
    await updateTerritoryFromTerc(db(), newer);
    const before = await dump();
    expect(await updateTerritoryFromTerc(db(), newer)).toEqual({ stateDate: '2026-01-01', added: 0, updated: 0, leftRegister: 0 });
    expect(await dump()).toEqual(before);
    await expectServiceError(
      updateTerritoryFromTerc(db(), TERC),
      'validation',
      'Plik TERC ma stan na 2025-01-01, a program ma już dane ze stanem na 2026-01-01. Wczytaj plik nowszy lub z tą samą datą.',
    );
    expect(await dump()).toEqual(before);
  });

  it('brings a unit back into the register when a later file lists it again', async () => {
    await updateTerritoryFromTerc(db(), newer);
    const later = TERC.replaceAll(';2025-01-01', ';2027-01-01');
    expect(await updateTerritoryFromTerc(db(), later)).toEqual({ stateDate: '2027-01-01', added: 0, updated: 2, leftRegister: 1 });
    expect(await getTerritorialUnit(db(), '2602052')).toMatchObject({ inRegister: true });
    expect(await getTerritorialUnit(db(), '2602102')).toMatchObject({ inRegister: false });
    expect(await getTerritorialUnit(db(), '2604012')).toMatchObject({ name: 'Bieliny' });
  });

  it('takes a Windows-1250 TERC file through the contract, as a user picks it in Ustawienia', async () => {
    const bytes = cp1250(newer.replaceAll('\uFEFF', ''));
    const result = await dispatch(temp.runtime, 'territory.update', { fileName: 'TERC_Urzedowy_2026.csv', contentBase64: Buffer.from(bytes).toString('base64') });
    expect(result).toEqual({ ok: true, value: { stateDate: '2026-01-01', added: 1, updated: 1, leftRegister: 1 } });
    expect(await getTerritorialUnit(db(), '2479011')).toMatchObject({ name: 'Żory', voivodeshipName: 'śląskie' });
  });
});
