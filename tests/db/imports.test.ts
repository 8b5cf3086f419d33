/** Importing institutions and people from files, and exporting lists, on a real SQLite file. */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile, ImportPreview, Institution, Person, Result } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { writeXlsx } from '../../main/services/tabular';
import { cp1250 } from '../support/cp1250';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(async () => {
  await temp.cleanup();
});

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function dump() {
  return { institutions: await temp.runtime.db('institutions').select('*'), people: await temp.runtime.db('people').select('*') };
}

describe('import of institutions', () => {
  it('imports a Windows-1250 CSV with ";" with correct diacritics, types given by label or abbreviation', async () => {
    const csv = cp1250(
      'Nazwa;Typ;Kod TERYT;Miejscowość;NIP;Aktywna\r\n' +
        'Miejski Ośrodek Pomocy Społecznej w Żorach;MOPS;2479011;Żory;644-106-75-16;tak\r\n' +
        'Powiatowy Urząd Pracy w Łodzi;Powiatowy urząd pracy;1061011;Łódź;;nie\r\n',
    );
    const request = { entity: 'institutions', fileName: 'instytucje z Excela.csv', contentBase64: base64(csv) };
    const preview = unwrap<ImportPreview>(await dispatch(temp.runtime, 'imports.preview', request));
    expect(preview).toMatchObject({ encoding: 'windows-1250', rowCount: 2, problems: [] });
    expect(preview.mapping).toMatchObject({ name: 0, type: 1, terytCode: 2, city: 3, nip: 4, active: 5, street: null });

    expect(unwrap(await dispatch(temp.runtime, 'imports.commit', request))).toEqual({ imported: 2, skipped: 0 });
    const list = unwrap<Institution[]>(await dispatch(temp.runtime, 'institutions.list', {}));
    expect(list.map((i) => [i.name, i.type, i.city, i.active, i.territoryName])).toEqual([
      ['Miejski Ośrodek Pomocy Społecznej w Żorach', 'ops', 'Żory', true, 'Żory'],
      ['Powiatowy Urząd Pracy w Łodzi', 'pup', 'Łódź', false, 'Łódź'],
    ]);
  });

  it('with one bad row imports nothing and names the row and the column', async () => {
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'Istniejąca', type: 'ngo' }));
    const before = await dump();
    const csv = new TextEncoder().encode('Nazwa,Typ,NIP,Kod pocztowy\nGOPS w Oksie,GOPS,,28-363\nPCPR w Jędrzejowie,PCPR,1234563219,28-300\n,OPS,,\n');
    const request = { entity: 'institutions', fileName: 'lista.csv', contentBase64: base64(csv) };

    const preview = unwrap<ImportPreview>(await dispatch(temp.runtime, 'imports.preview', request));
    expect(preview.problems).toEqual([
      { rowNumber: 3, column: 'NIP', message: 'Nieprawidłowy NIP: wymagane 10 cyfr z poprawną sumą kontrolną' },
      { rowNumber: 4, column: 'Nazwa', message: 'Pole „Nazwa” jest wymagane' },
    ]);
    const commit = await dispatch(temp.runtime, 'imports.commit', request);
    expect(commit).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('nic nie zaimportowano'), fieldErrors: { 'wiersz 3, NIP': expect.any(String), 'wiersz 4, Nazwa': expect.any(String) } },
    });
    expect(await dump()).toEqual(before);
  });

  it('asks for a required column that could not be found, and follows the mapping the user gives', async () => {
    const csv = new TextEncoder().encode('Instytucja partnerska;Rodzaj podmiotu\nStowarzyszenie Razem;ngo\n');
    const request = { entity: 'institutions', fileName: 'a.csv', contentBase64: base64(csv) };
    const guessed = unwrap<ImportPreview>(await dispatch(temp.runtime, 'imports.preview', request));
    expect(guessed.problems).toEqual([
      { rowNumber: 1, column: 'Nazwa', message: 'Brak kolumny „Nazwa”: wskaż ją w przyporządkowaniu kolumn' },
      { rowNumber: 1, column: 'Typ instytucji', message: 'Brak kolumny „Typ instytucji”: wskaż ją w przyporządkowaniu kolumn' },
    ]);
    const mapped = unwrap<ImportPreview>(await dispatch(temp.runtime, 'imports.preview', { ...request, mapping: { name: 0, type: 1 } }));
    expect(mapped.problems).toEqual([]);
    expect(mapped.sample).toEqual([{ rowNumber: 2, values: { name: 'Stowarzyszenie Razem', type: 'ngo' } }]);
  });

  it('rejects a file that is not a table with a Polish message', async () => {
    const result = await dispatch(temp.runtime, 'imports.preview', { entity: 'people', fileName: 'skan.pdf', contentBase64: base64(new Uint8Array([37, 80, 68, 70])) });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: 'Plik „skan.pdf” ma nieobsługiwany format. Wybierz plik XLSX lub CSV.' } });
  });
});

describe('import of people', () => {
  it('imports an XLSX of people, matching institutions by name, short name or NIP and roles by label', async () => {
    const mops = unwrap<Institution>(await dispatch(temp.runtime, 'institutions.save', { name: 'MOPS w Sosnowcu', shortName: 'MOPS Sosnowiec', type: 'ops', nip: '6441067516' }));
    const xlsx = await writeXlsx('Osoby', [{ header: 'Imię' }, { header: 'Nazwisko' }, { header: 'Forma' }, { header: 'Instytucja' }, { header: 'Role' }, { header: 'E-mail' }], [
      ['Anna', 'Łęcka', 'Pani', 'mops w sosnowcu', 'Pracownik socjalny, coach', 'a.lecka@example.pl'],
      ['Jan', 'Żak', 'pan', 'MOPS Sosnowiec', 'trener', null],
      ['Ewa', 'Lis', '', '644-106-75-16', '', null],
      ['Olga', 'Bez', null, '', 'Superwizor', null],
    ]);
    const request = { entity: 'people', fileName: 'osoby.xlsx', contentBase64: base64(xlsx) };
    expect(unwrap<ImportPreview>(await dispatch(temp.runtime, 'imports.preview', request)).problems).toEqual([]);
    expect(unwrap(await dispatch(temp.runtime, 'imports.commit', request))).toEqual({ imported: 4, skipped: 0 });
    const people = unwrap<Person[]>(await dispatch(temp.runtime, 'people.list', {}));
    // The form of address comes from its column; where the table leaves it empty it stays unknown (not guessed).
    expect(people.map((p) => [p.lastName, p.formOfAddress, p.institutionId, p.roles])).toEqual([
      ['Bez', null, null, ['supervisor']],
      ['Lis', null, mops.id, []],
      ['Łęcka', 'ms', mops.id, ['coach', 'social_worker']],
      ['Żak', 'mr', mops.id, ['trainer']],
    ]);
  });

  it('names an unknown institution and an unknown role, and imports nothing', async () => {
    const csv = new TextEncoder().encode('Imię;Nazwisko;Instytucja;Role;Forma grzecznościowa\nAnna;Nowak;GOPS Nigdzie;pracownik socjalny;Pani\nJan;Kowal;;astronauta;Pan\nEwa;Lis;;;Szanowna\n');
    const request = { entity: 'people', fileName: 'osoby.csv', contentBase64: base64(csv) };
    const result: Result<unknown> = await dispatch(temp.runtime, 'imports.commit', request);
    expect(result).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'wiersz 2, Instytucja': expect.stringContaining('Nie ma w rejestrze instytucji „GOPS Nigdzie”'), 'wiersz 3, Role': 'Nieznana rola „astronauta”', 'wiersz 4, Forma grzecznościowa': 'Wpisz „Pani” albo „Pan” albo zostaw puste (jest „Szanowna”)' } },
    });
    expect(await temp.runtime.db('people').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('imported twice, the same file adds nobody: each row is recognised by name and institution, also a repeat within the file', async () => {
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'MOPS w Sosnowcu', type: 'ops', nip: '6441067516' }));
    const csv = new TextEncoder().encode('Imię;Nazwisko;Instytucja\nAnna;Łęcka;MOPS w Sosnowcu\nJan;Żak;\nANNA;ŁĘCKA;644-106-75-16\n');
    const request = { entity: 'people', fileName: 'osoby.csv', contentBase64: base64(csv) };
    expect(unwrap(await dispatch(temp.runtime, 'imports.commit', request))).toEqual({ imported: 2, skipped: 1 });
    const once = await dump();

    const again = unwrap<ImportPreview>(await dispatch(temp.runtime, 'imports.preview', request));
    expect(again.problems).toEqual([]);
    expect(again.existing).toEqual([
      { rowNumber: 2, name: 'Anna Łęcka', reason: 'to samo imię i nazwisko w tej samej instytucji' },
      { rowNumber: 3, name: 'Jan Żak', reason: 'to samo imię i nazwisko, bez instytucji' },
      { rowNumber: 4, name: 'Anna Łęcka', reason: 'to samo imię i nazwisko w tej samej instytucji' },
    ]);
    expect(unwrap(await dispatch(temp.runtime, 'imports.commit', request))).toEqual({ imported: 0, skipped: 3 });
    expect(await dump()).toEqual(once);
    expect(await temp.runtime.db('people').count({ n: '*' })).toEqual([{ n: 2 }]);
  });

  it('suggests the nearest role for a slip of the pen', async () => {
    const csv = new TextEncoder().encode('Imię;Nazwisko;Role\nJan;Kowal;superwizer\n');
    const preview = unwrap<ImportPreview>(await dispatch(temp.runtime, 'imports.preview', { entity: 'people', fileName: 'osoby.csv', contentBase64: base64(csv) }));
    expect(preview.problems).toEqual([{ rowNumber: 2, column: 'Role', message: 'Nieznana rola „superwizer” – czy chodziło o „Superwizor”?' }]);
  });
});

describe('import that teaches', () => {
  it('recognises institutions already in the register by NIP, REGON, or name and gmina, and skips them on a second import', async () => {
    const csv = new TextEncoder().encode(
      'Nazwa;Typ;Kod TERYT;Miejscowość;NIP;REGON\n' +
        'MOPS w Żorach;MOPS;2479011;Żory;644-106-75-16;\n' +
        'Stowarzyszenie Razem;NGO;2479011;Żory;;\n' +
        'Fundacja Krok;NGO;;Gliwice;;\n',
    );
    const request = { entity: 'institutions', fileName: 'instytucje.csv', contentBase64: base64(csv) };
    expect(unwrap(await dispatch(temp.runtime, 'imports.commit', request))).toEqual({ imported: 3, skipped: 0 });
    const once = await dump();
    const renamed = new TextEncoder().encode(
      'Nazwa;Typ;Kod TERYT;Miejscowość;NIP\n' +
        'Miejski Ośrodek Pomocy Społecznej w Żorach;MOPS;2479011;Żory;6441067516\n' +
        'STOWARZYSZENIE  RAZEM;NGO;2479011;Żory;\n' +
        'Fundacja Krok;NGO;;Gliwice;\n' +
        'Stowarzyszenie Razem;NGO;2469011;Katowice;\n',
    );
    const again = { ...request, contentBase64: base64(renamed) };
    const preview = unwrap<ImportPreview>(await dispatch(temp.runtime, 'imports.preview', again));
    expect(preview.existing).toEqual([
      { rowNumber: 2, name: 'MOPS w Żorach', reason: 'ten sam NIP' },
      { rowNumber: 3, name: 'Stowarzyszenie Razem', reason: 'ta sama nazwa i gmina' },
      { rowNumber: 4, name: 'Fundacja Krok', reason: 'ta sama nazwa i miejscowość' },
    ]);
    // The same name in another gmina is another institution.
    expect(unwrap(await dispatch(temp.runtime, 'imports.commit', again))).toEqual({ imported: 1, skipped: 3 });
    expect((await dump()).institutions).toHaveLength(once.institutions.length + 1);
  });

  it('suggests the vocabulary value an office means by a word of its own, and takes nothing silently', async () => {
    const csv = new TextEncoder().encode('Nazwa;Typ\nRazem dla Żor;Stowarzyszenie\nPoradnia w Rybniku;Poradnia psychologiczno-pedagogiczn\nKlub;kosmodrom\n');
    const preview = unwrap<ImportPreview>(await dispatch(temp.runtime, 'imports.preview', { entity: 'institutions', fileName: 'a.csv', contentBase64: base64(csv) }));
    expect(preview.problems).toEqual([
      { rowNumber: 2, column: 'Typ', message: 'Nieznany typ instytucji „Stowarzyszenie” – czy chodziło o „Organizacja pozarządowa”?' },
      { rowNumber: 3, column: 'Typ', message: 'Nieznany typ instytucji „Poradnia psychologiczno-pedagogiczn” – czy chodziło o „Poradnia psychologiczno-pedagogiczna”?' },
      { rowNumber: 4, column: 'Typ', message: 'Nieznany typ instytucji „kosmodrom”' },
    ]);
  });

  it('gives a template whose first sheet has the columns the import maps without asking, and a sheet explaining them', async () => {
    const file = unwrap<ExportedFile>(await dispatch(temp.runtime, 'imports.template', { entity: 'institutions' }));
    expect(file.fileName).toBe('szablon-importu-instytucji.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const [data, help] = workbook.worksheets;
    expect(data!.name).toBe('Instytucje');
    expect(data!.rowCount).toBe(1);
    const headers = (data!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(['Nazwa', 'Nazwa skrócona', 'Typ instytucji', 'Kod TERYT', 'Ulica i numer', 'Kod pocztowy', 'Miejscowość', 'NIP', 'REGON', 'E-mail', 'Telefon', 'Strona www', 'Uwagi', 'Aktywna (tak/nie)']);
    const helpText = help!.getSheetValues().flat().join(' | ');
    expect(helpText).toContain('Ośrodek pomocy społecznej (MOPS/GOPS/OPS)');
    expect(helpText).toContain('„tak” albo „nie”');

    // Filled in with one row, it imports without any mapping.
    data!.addRow(['GOPS w Oksie', null, 'GOPS']);
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = unwrap<ImportPreview>(await dispatch(temp.runtime, 'imports.preview', { entity: 'institutions', fileName: 'szablon.xlsx', contentBase64: base64(filled) }));
    expect(preview.problems).toEqual([]);
    expect(preview.rowCount).toBe(1);
  });
});

describe('export to XLSX', () => {
  it('exports the list as filtered, with Polish headers and labels', async () => {
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops', terytCode: '2602052', nip: '6441067516' }));
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'Komenda Powiatowa Policji', type: 'police' }));
    const file = unwrap<ExportedFile>(await dispatch(temp.runtime, 'institutions.export', { sector: 'social_assistance' }));
    expect(file.fileName).toMatch(/^instytucje-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Instytucje');
    expect(sheet.rowCount).toBe(2);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row[header.indexOf('Nazwa')]).toBe('GOPS w Oksie');
    expect(row[header.indexOf('Typ instytucji')]).toBe('Ośrodek pomocy społecznej (MOPS/GOPS/OPS)');
    expect(row[header.indexOf('Gmina / powiat')]).toBe('Oksa');
    expect(row[header.indexOf('NIP')]).toBe('6441067516');
  });
});
