import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../main/services/errors';
import { declaredUnpackedBytes, decodeText, readCsv, readTable, readXlsx, writeXlsx, XLSX_MAX_UNPACKED_BYTES } from '../../main/services/tabular';
import { CP1250, cp1250 } from '../support/cp1250';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe('validation');
  return error as ServiceError;
}

/** Deterministic "random" bytes, so a failure can be reproduced. */
function noise(length: number): Uint8Array {
  let seed = 12345;
  return Uint8Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
}

describe('decodeText', () => {
  it('the hand-written cp1250 map agrees with Windows-1250 as Node decodes it', () => {
    const decoder = new TextDecoder('windows-1250');
    for (const [char, byte] of Object.entries(CP1250)) expect(decoder.decode(Uint8Array.of(byte)), char).toBe(char);
  });

  it('reads Windows-1250 when the bytes are not UTF-8, UTF-8 otherwise, and drops the BOM', () => {
    expect(decodeText(cp1250('Zażółć gęślą jaźń'))).toEqual({ text: 'Zażółć gęślą jaźń', encoding: 'windows-1250' });
    expect(decodeText(utf8('\uFEFFŁódź'))).toEqual({ text: 'Łódź', encoding: 'utf-8' });
    expect(decodeText(utf8('Żory'))).toEqual({ text: 'Żory', encoding: 'utf-8' });
  });

  it('keeps Windows-1250 whose capitals happen to form a UTF-8 character (ÓŁ is D3 A3) when most bytes are not UTF-8', () => {
    expect(decodeText(cp1250('Nazwa;Uwagi\nŻÓŁW;żółw w Łodzi\n'))).toEqual({ text: 'Nazwa;Uwagi\nŻÓŁW;żółw w Łodzi\n', encoding: 'windows-1250' });
  });

  it('refuses a UTF-8 file with one byte that is not UTF-8, naming its line and the byte, instead of guessing Windows-1250', () => {
    const good = utf8('Nazwa;Miejscowość\nOśrodek Pomocy Społecznej;Łódź\n');
    const mixed = Uint8Array.from([...good, ...utf8('Dom Pomocy Spo'), 0xb3, ...utf8('ecznej;Żory\n')]);
    expect(() => decodeText(mixed, 'instytucje.csv')).toThrow(
      'Plik „instytucje.csv” jest zapisany w UTF-8, ale w wierszu 3 ma bajt 0xB3, który nie jest znakiem UTF-8 (plik ma mieszane kodowanie).',
    );
    // A BOM says UTF-8 outright: one stray byte is refused even without other Polish letters.
    expect(() => decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Nazwa\nMOPS '), 0xaf, ...utf8('ory\n')]))).toThrow(/w wierszu 2 ma bajt 0xAF/);
  });
});

describe('readCsv', () => {
  it('reads a Windows-1250 CSV with semicolons and CRLF as Polish Excel saves it', () => {
    const bytes = cp1250('Nazwa;Miejscowość;Uwagi\r\nOśrodek Pomocy Społecznej;Łódź;Zażółć gęślą jaźń\r\nMOPS;Żory;ĄĆĘŁŃÓŚŹŻ\r\n');
    const table = readCsv(bytes);
    expect(table.encoding).toBe('windows-1250');
    expect(table.separator).toBe(';');
    expect(table.headers).toEqual(['Nazwa', 'Miejscowość', 'Uwagi']);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['Ośrodek Pomocy Społecznej', 'Łódź', 'Zażółć gęślą jaźń'] },
      { rowNumber: 3, cells: ['MOPS', 'Żory', 'ĄĆĘŁŃÓŚŹŻ'] },
    ]);
  });

  it('reads a UTF-8 CSV with a BOM without leaving the BOM in the first header', () => {
    const table = readCsv(utf8('\uFEFFNIP;Nazwa\n6441067516;Gminny Ośrodek Pomocy Społecznej w Łące\n'));
    expect(table.encoding).toBe('utf-8');
    expect(table.headers).toEqual(['NIP', 'Nazwa']);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['6441067516', 'Gminny Ośrodek Pomocy Społecznej w Łące'] }]);
  });

  it('handles commas, doubled quotes and line breaks inside quotes, blank lines and short rows', () => {
    // The header's semicolons are inside quotes: they must not win the separator vote.
    const text = [
      '"Nazwa;skrót;pełna" , Adres ,Uwagi',
      '"Fundacja ""Razem"", oddział","ul. Długa 1, 00-001 Warszawa","linia 1',
      'linia 2"',
      '',
      '  Koło Gospodyń Wiejskich  ,  ul. Krótka 2  ',
      ',,',
      'Stowarzyszenie,,',
      '',
    ].join('\n');
    const table = readCsv(utf8(text));
    expect(table.separator).toBe(',');
    expect(table.headers).toEqual(['Nazwa;skrót;pełna', 'Adres', 'Uwagi']);
    // Rows are numbered as Excel shows them: the two-line record is row 2, the blank line row 3.
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['Fundacja "Razem", oddział', 'ul. Długa 1, 00-001 Warszawa', 'linia 1\nlinia 2'] },
      { rowNumber: 4, cells: ['Koło Gospodyń Wiejskich', 'ul. Krótka 2', ''] },
      { rowNumber: 6, cells: ['Stowarzyszenie', '', ''] },
    ]);
  });

  it('detects tabs', () => {
    const table = readCsv(utf8('Gmina\tPowiat\tUwagi\r\nŻory\t\t " x " \r\n'));
    expect(table.separator).toBe('\t');
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['Żory', '', 'x'] }]);
  });

  it('says which row holds an unclosed quote', () => {
    expect(() => readCsv(utf8('Nazwa;Adres\nA;B\n"Fundacja;ul. Długa\nC;D\n'), 'lista.csv')).toThrow(
      'Nie udało się odczytać pliku „lista.csv”: w wierszu 3 otwarto cudzysłów, którego nigdzie nie zamknięto.',
    );
  });

  it('rejects an empty file and one with only blank lines', async () => {
    expect((await failure(readTable('pusty.csv', new Uint8Array()))).message).toBe('Plik „pusty.csv” jest pusty.');
    expect((await failure(readTable('puste.csv', utf8('\r\n;;\r\n  \r\n')))).message).toBe('Plik „puste.csv” jest pusty.');
  });
});

describe('XLSX', () => {
  it('writes a sheet that reads back as the user would see it', async () => {
    const bytes = await writeXlsx(
      'Instytucje: lista/2025 [robocza] z bardzo długą nazwą',
      [
        { header: 'Nazwa', width: 40 },
        { header: 'NIP', kind: 'text' },
        { header: 'Uczestnicy', kind: 'number' },
        { header: 'Data porozumienia', kind: 'date' },
      ],
      [
        ['Miejski Ośrodek Pomocy Społecznej w Żorach', 6511234567, 12.5, '2025-03-07'],
        ['Stowarzyszenie „Zażółć gęślą jaźń”', null, 3, null],
      ],
    );
    expect(bytes).toBeInstanceOf(Uint8Array);

    const table = await readXlsx(bytes);
    expect(table.headers).toEqual(['Nazwa', 'NIP', 'Uczestnicy', 'Data porozumienia']);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['Miejski Ośrodek Pomocy Społecznej w Żorach', '6511234567', '12.5', '2025-03-07'] },
      { rowNumber: 3, cells: ['Stowarzyszenie „Zażółć gęślą jaźń”', '', '3', ''] },
    ]);

    // The details Excel users rely on: real numbers and dates, bold frozen filterable header, valid sheet name.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.worksheets[0]!;
    expect(workbook.worksheets).toHaveLength(1);
    expect(sheet.name).toBe('Instytucje- lista-2025 -robocza');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toEqual('A1:D1');
    expect(sheet.getColumn(1).width).toBe(40);
    expect(sheet.getCell('B2').value).toBe('6511234567');
    expect(sheet.getCell('C2').value).toBe(12.5);
    expect(sheet.getCell('D2').value).toEqual(new Date(Date.UTC(2025, 2, 7)));
    expect(sheet.getCell('D2').numFmt).toBe('dd.mm.yyyy');
  });

  it('reads numbers, dates, rich text, formulas and links from a sheet made elsewhere', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dane');
    workbook.addWorksheet('Inny arkusz').addRow(['nie ten']);
    sheet.addRow([]); // the header may start lower down
    sheet.getRow(2).values = ['NIP', 'Kwota', 'Data', 'Nazwa', 'Razem', 'Strona', 'Kod'];
    sheet.getRow(3).values = [
      6441067516,
      0.1 + 0.2,
      new Date(Date.UTC(2024, 0, 15)),
      { richText: [{ text: 'Ośrodek ', font: { bold: true } }, { text: 'w Łodzi' }] },
      { formula: 'B3*2', result: 0.6 },
      { text: 'strona gminy', hyperlink: 'https://zory.pl' },
      44100,
    ];
    sheet.getCell('G3').numFmt = '00\\-000';
    sheet.getRow(4).values = [1e21, 12.5, null, 'tylko tekst'];

    const table = await readTable('Dane.XLSX', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(table.headers).toEqual(['NIP', 'Kwota', 'Data', 'Nazwa', 'Razem', 'Strona', 'Kod']);
    expect(table.rows).toEqual([
      { rowNumber: 3, cells: ['6441067516', '0.3', '2024-01-15', 'Ośrodek w Łodzi', '0.6', 'strona gminy', '44-100'] },
      { rowNumber: 4, cells: ['1000000000000000000000', '12.5', '', 'tylko tekst', '', '', ''] },
    ]);
  });

  it('reads the first visible sheet, not a hidden one before it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Stare dane', { state: 'hidden' }).addRow(['Nazwa']).commit();
    workbook.getWorksheet('Stare dane')!.addRow(['Z ukrytego arkusza']);
    workbook.addWorksheet('Robocze', { state: 'veryHidden' }).addRow(['Nazwa', 'Uwagi']);
    const visible = workbook.addWorksheet('Instytucje');
    visible.addRow(['Nazwa']);
    visible.addRow(['MOPS w Żorach']);
    const table = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), 'lista.xlsx');
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['MOPS w Żorach'] }]);

    const allHidden = new ExcelJS.Workbook();
    allHidden.addWorksheet('Ukryty', { state: 'hidden' }).addRow(['Nazwa']);
    expect((await failure(readXlsx(new Uint8Array(await allHidden.xlsx.writeBuffer()), 'ukryte.xlsx'))).message).toBe(
      'Plik „ukryte.xlsx” nie ma żadnego widocznego arkusza: odkryj arkusz z danymi w Excelu.',
    );
  });

  it('reports merged ranges and error cells with their addresses instead of copying them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dane');
    sheet.addRow(['Nazwa', 'Typ', 'Miejscowość', 'Uwagi']);
    sheet.addRow(['MOPS w Żorach', 'OPS', 'Żory', '']);
    sheet.mergeCells('B2:C2');
    sheet.addRow(['GOPS w Suszcu', { error: '#DIV/0!' }, { formula: '1/0', result: { error: '#DIV/0!' } }, 'x']);
    const table = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), 'scalone.xlsx');
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['MOPS w Żorach', 'OPS', '', ''] },
      { rowNumber: 3, cells: ['GOPS w Suszcu', '', '', 'x'] },
    ]);
    expect(table.problems).toEqual([
      { rowNumber: 2, column: 1, message: expect.stringContaining('Komórki B2:C2 są scalone') },
      { rowNumber: 3, column: 1, message: 'Komórka B3 zawiera błąd Excela #DIV/0! zamiast wartości: popraw formułę albo wpisz wartość.' },
      { rowNumber: 3, column: 2, message: expect.stringContaining('Komórka C3 zawiera błąd Excela #DIV/0!') },
    ]);
  });

  it('refuses a workbook whose zip declares more than the limit unpacked, before unpacking anything', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Dane').addRow(['Nazwa']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(declaredUnpackedBytes(bytes)!.total).toBeLessThan(XLSX_MAX_UNPACKED_BYTES);
    // The first central directory entry claims 3 GB unpacked, as a zip bomb's does.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entry = bytes.findIndex((_, i) => i + 4 <= bytes.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(entry + 24, 3_000_000_000, true);
    expect((await failure(readXlsx(bytes, 'bomba.xlsx'))).message).toMatch(/^Plik XLSX „bomba.xlsx” po rozpakowaniu zająłby 286\d MB, a import przyjmuje najwyżej 120 MB\./);
  });

  it('rejects a corrupt file and a CSV named .xlsx with a Polish message', async () => {
    const message = 'Nie udało się odczytać pliku XLSX „lista.xlsx”: plik jest uszkodzony lub to nie jest arkusz Excela.';
    expect((await failure(readTable('lista.xlsx', noise(2048)))).message).toBe(message);
    expect((await failure(readTable('lista.xlsx', utf8('Nazwa;NIP\nA;1\n')))).message).toBe(message);
  });

  it('rejects an empty sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Pusty');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await failure(readTable('pusty.xlsx', bytes))).message).toBe('Plik „pusty.xlsx” jest pusty.');
  });
});

describe('readTable', () => {
  it('picks the reader by extension, whatever its case', async () => {
    expect((await readTable('LISTA.CSV', utf8('a;b\n1;2'))).separator).toBe(';');
    expect((await readTable('eksport.txt', utf8('a,b\n1,2'))).rows).toEqual([{ rowNumber: 2, cells: ['1', '2'] }]);
  });

  it('refuses other formats', async () => {
    for (const name of ['umowa.pdf', 'stary.xls', 'bez rozszerzenia']) {
      expect((await failure(readTable(name, utf8('a;b')))).message).toBe(
        `Plik „${name}” ma nieobsługiwany format. Wybierz plik XLSX lub CSV.`,
      );
    }
  });
});
