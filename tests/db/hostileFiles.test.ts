/**
 * The hostile-file suite: the files and values a red-team pass sent in (docs/security.md, „Wrogie pliki”), each sent
 * the way the app sends it (through the dispatcher, so the contract, the service thread and the error wording all
 * take part), and each asserting the same three things: refused, with a clear Polish message that says where, and
 * the database file byte-identical (the WAL included: nothing was written, not even an audit entry or a backup).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { backupFolderOf, backupNow } from '../../main/services/backups';
import { importInThread } from '../../main/services/exchange/inThread';
import { previewImportInThread, TABLE_IMPORT_OUT_OF_MEMORY } from '../../main/services/imports/inThread';
import { importRequest, type Result } from '../../preload/contract';
import { MAX_FILE_BASE64_CHARS } from '../../preload/contract/schemas/fields';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
beforeAll(async () => {
  temp = await openTempDatabase({ engine: 'sqlite' });
  const saved = await dispatch(temp.runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops', terytCode: '2479011' });
  expect(saved.ok).toBe(true);
});
afterAll(async () => {
  await temp.cleanup();
});

/** The database file and its WAL, after everything written so far was checkpointed into the file. */
async function settledHash(): Promise<string> {
  await temp.runtime.db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  return fileHash();
}

function fileHash(): string {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(temp.file));
  const wal = `${temp.file}-wal`;
  if (fs.existsSync(wal)) hash.update(fs.readFileSync(wal));
  return hash.digest('hex');
}

/** Sends `input` to `channel` and expects a refusal, the database untouched; gives the error's message and fields. */
async function refused(channel: string, input: unknown, code = 'validation'): Promise<{ message: string; fields: string }> {
  const before = await settledHash();
  const result = (await dispatch(temp.runtime, channel, input, () => {})) as Result<unknown>;
  expect(result.ok, `${channel} przyjęło wrogi plik`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  const fields = Object.entries(result.error.fieldErrors ?? {}).map(([field, message]) => `${field}: ${message}`).join('\n');
  // Nothing technical reaches the user: no engine codes, no SQL, no English stack.
  expect(`${result.error.message}\n${fields}`).not.toMatch(/SQLITE_|INSERT INTO|Error:|undefined|\bat \w+ \(/);
  expect(fileHash()).toBe(before);
  return { message: result.error.message, fields };
}

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const upload = (fileName: string, bytes: Uint8Array | string, entity = 'institutions') => ({ entity, fileName, contentBase64: base64(bytes) });

/** A one-entry zip whose entry unpacks to `size` zero bytes (a zip bomb: a few hundred kilobytes packed). */
function zipBomb(size: number): Uint8Array {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = Buffer.alloc(size, 0x20);
  const packed = zlib.deflateRawSync(data, { level: 9 });
  const crc = zlib.crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const centralAt = local.length + name.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return new Uint8Array(Buffer.concat([local, name, packed, central, name, end]));
}

function exchangeDocument(institutions: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'kooperator-exchange',
    version: 1,
    exportedAt: '2026-05-04T12:00:00+02:00',
    office: { name: 'ROPS Katowice', voivodeshipTeryt: '24' },
    projects: [],
    institutions,
    people: [],
    agreements: [],
    partnerships: [],
    events: [],
    ...extra,
  });
}

describe('hostile files', () => {
  it('a UTF-8 CSV with one byte that is not UTF-8: refused with the byte and its line, not read as Windows-1250', async () => {
    const bytes = Buffer.concat([Buffer.from('Nazwa;Typ;Miejscowość\nOśrodek Pomocy Społecznej;OPS;Łódź\nDom Pomocy Spo'), Buffer.from([0xb3]), Buffer.from('ecznej;DPS;Żory\n')]);
    for (const channel of ['imports.preview', 'imports.commit']) {
      const { message } = await refused(channel, upload('instytucje.csv', bytes));
      expect(message).toContain('Plik „instytucje.csv” jest zapisany w UTF-8, ale w wierszu 3 ma bajt 0xB3');
    }
  });

  it('a CSV with a NUL character in a cell: refused with the row and column (a lone surrogate cannot be in UTF-8 bytes)', async () => {
    const { fields } = await refused('imports.commit', upload('nul.csv', 'Nazwa;Typ;Uwagi\nMOPS w Rybniku;OPS;uwaga\u0000ukryta\nGOPS \ud800;OPS;\n'));
    expect(fields).toContain('wiersz 2, Uwagi: Tekst zawiera znak NUL (pozycja 6), którego nie można zapisać');
    // A lone surrogate cannot be written in UTF-8 at all: the encoder makes it U+FFFD, which is a character like any other.
    expect(fields).not.toContain('wiersz 3');
  });

  it('an XLSX with merged cells and #DIV/0!: refused, each with its cell address, nothing copied', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ukryte', { state: 'hidden' }).addRow(['Nazwa', 'Typ']);
    const sheet = workbook.addWorksheet('Instytucje');
    sheet.addRow(['Nazwa', 'Typ', 'Miejscowość']);
    sheet.addRow(['MOPS w Żorach', 'OPS', 'Żory']);
    sheet.addRow(['GOPS w Suszcu', 'OPS', { formula: '1/0', result: { error: '#DIV/0!' } }]);
    sheet.mergeCells('A2:A3');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { fields } = await refused('imports.commit', upload('scalone.xlsx', bytes));
    expect(fields).toContain('wiersz 2, Nazwa: Komórki A2:A3 są scalone');
    expect(fields).toContain('wiersz 3, Miejscowość: Komórka C3 zawiera błąd Excela #DIV/0! zamiast wartości');
  });

  it('an XLSX zip bomb (130 MB of XML packed into a few hundred kilobytes): refused by its declared size before unpacking', async () => {
    const bomb = zipBomb(130 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { message } = await refused('imports.preview', upload('bomba.xlsx', bomb));
    expect(message).toBe(
      'Plik XLSX „bomba.xlsx” po rozpakowaniu zająłby 130 MB, a import przyjmuje najwyżej 120 MB. Nic nie zaimportowano: zapisz w pliku tylko potrzebny arkusz albo podziel go na mniejsze pliki.',
    );
  });

  it('a workbook that needs more memory than the table import has: its thread ends with a message, the app goes on', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Instytucje');
    sheet.addRow(['Nazwa', 'Typ', 'Uwagi']);
    for (let i = 0; i < 20_000; i++) sheet.addRow([`Ośrodek Pomocy Społecznej nr ${i}`, 'OPS', `Uwagi ${i} zażółć gęślą jaźń`]);
    const request = importRequest.parse(upload('duża lista.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer())));
    const before = await settledHash();
    await expect(previewImportInThread(temp.runtime, request, { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 1 })).rejects.toMatchObject({
      code: 'validation',
      message: TABLE_IMPORT_OUT_OF_MEMORY,
    });
    expect(fileHash()).toBe(before);
    // The process that started the thread still answers.
    expect((await dispatch(temp.runtime, 'institutions.list', {}, () => {})).ok).toBe(true);
  });

  it('a file over 20 MB: refused by the contract before it is decoded', async () => {
    const { fields } = await refused('imports.preview', { entity: 'institutions', fileName: 'duży.csv', contentBase64: 'A'.repeat(MAX_FILE_BASE64_CHARS + 4) });
    expect(fields).toBe('contentBase64: Plik jest za duży (najwyżej 20 MB)');
  });

  it('an exchange file with NUL, a lone surrogate in an id, a 201-character e-mail and __proto__ keys: each refused at its path', async () => {
    const text = exchangeDocument([
      { id: 'i-\ud800', name: 'MOPS w Rybniku', type: 'ops', teryt: null },
      { id: 'i-2', name: 'GOPS\u0000', type: 'ops', teryt: null, email: `${'x'.repeat(189)}@example.com` },
    ]).replace(/^\{/, '{"__proto__": {"format": "kooperator-exchange"},');
    const { fields } = await refused('exchange.import', { fileName: 'wrogi.json', contentBase64: base64(text) });
    expect(fields).toContain('institutions[0].id: Tekst zawiera uszkodzony znak Unicode (połówka pary surogatów U+D800, pozycja 3)');
    expect(fields).toContain('institutions[1].name: Tekst zawiera znak NUL (pozycja 5)');
    expect(fields).toContain('institutions[1].email: Adres e-mail może mieć najwyżej 200 znaków');
    expect(fields).toMatch(/^__proto__: .*niedozwolony klucz „__proto__”/m);
  });

  it('an exchange file with one 17 MB string: refused by the record size without decoding it, no heap crash', async () => {
    const file = path.join(path.dirname(temp.file), 'długi tekst.json');
    fs.writeFileSync(file, exchangeDocument([{ id: 'i-1', name: 'MOPS', type: 'ops', teryt: null, notes: 'u'.repeat(17 * 1024 * 1024) }]));
    const before = await settledHash();
    const error = await importInThread(temp.runtime, { filePath: file }).then(
      () => null,
      (caught: unknown) => caught as { problems?: { path: string; message: string }[] },
    );
    expect(error?.problems).toEqual([
      { path: 'institutions[0]', message: expect.stringMatching(/^rekord zajmuje 18 MB, a jeden rekord pliku wymiany może mieć najwyżej 16 MB/) as unknown as string },
    ]);
    expect(fileHash()).toBe(before);
    fs.rmSync(file);
  });

  it('a template over 200 000 characters or nested deeper than 20 levels: refused', async () => {
    const long = await refused('templates.save', { kind: 'agreement', name: 'Za długi', body: 'a'.repeat(200_001) });
    expect(long.fields).toBe('body: Pole „Treść szablonu” może mieć najwyżej 200000 znaków');
    const deep = await refused('templates.save', { kind: 'agreement', name: 'Za głęboki', body: `${'> '.repeat(21)}cytat` });
    expect(deep.fields).toBe('body: Cytaty lub listy są zagnieżdżone zbyt głęboko (wiersz 1): najwyżej 20 poziomów.');
  });

  it('a backup whose checksum matches but whose database is damaged: restore refused in Polish, not SQLITE_CORRUPT', async () => {
    const backup = await backupNow(temp.runtime, 'manual');
    const dir = path.join(await backupFolderOf(temp.runtime), backup.name);
    const copy = path.join(dir, 'kooperator.sqlite');
    const bytes = fs.readFileSync(copy);
    bytes.fill(0xa5, 100, bytes.length); // the header stays, every page after it is noise
    fs.writeFileSync(copy, bytes);
    const manifestFile = path.join(dir, 'kopia.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { sha256: string };
    manifest.sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const { message } = await refused('backups.restore', { name: backup.name }, 'conflict');
    expect(message).toBe(
      `Kopia „${backup.name}” jest uszkodzona: jej plik bazy danych nie jest poprawną bazą SQLite, choć suma kontrolna się zgadza (plik uszkodził się przed zrobieniem kopii). Niczego nie zmieniono; wybierz inną kopię.`,
    );
  });
});
