/**
 * Hostile files on the command line, as scripts and bulk loads send them: each refused with exit code 1 and a Polish
 * message (never a heap crash with exit 134 or a stack trace), and the database file byte-identical.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kooperator } from '../support/cli';
import { makeTempDir } from '../support/tempDatabase';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = makeTempDir('Kooperator wrogie pliki CLI ');
  file = path.join(dir, 'kooperator.sqlite');
  expect((await kooperator('--db', file, 'migrate')).code).toBe(0);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const hash = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function refusedCommand(...args: string[]): Promise<string> {
  const before = hash();
  const outcome = await kooperator('--db', file, ...args);
  expect(outcome.code).toBe(1);
  expect(outcome.stderr).not.toMatch(/FATAL|heap|at \w+ \(|SQLITE_/);
  expect(hash()).toBe(before);
  return outcome.stderr;
}

describe('hostile files on the command line', () => {
  it('import: an exchange file with one 40 MB string is refused by the record size, no heap crash', async () => {
    const big = path.join(dir, 'długi tekst.json');
    const fd = fs.openSync(big, 'w');
    fs.writeSync(fd, '{"format":"kooperator-exchange","version":1,"exportedAt":"2026-05-04T12:00:00+02:00","office":{"name":"ROPS","voivodeshipTeryt":"24"},"projects":[],"institutions":[{"id":"i1","type":"ops","teryt":null,"name":"');
    const chunk = Buffer.alloc(1 << 20, 'a');
    for (let i = 0; i < 40; i++) fs.writeSync(fd, chunk);
    fs.writeSync(fd, '"}],"people":[],"agreements":[],"partnerships":[],"events":[]}');
    fs.closeSync(fd);
    const stderr = await refusedCommand('import', big);
    expect(stderr).toContain('institutions[0]: rekord zajmuje 41 MB, a jeden rekord pliku wymiany może mieć najwyżej 16 MB');
    expect(stderr).toContain('Błąd: plik zawiera błędy (1); nic nie zaimportowano');
  });

  it('import-table: a zip bomb is refused by its declared size, a mixed-encoding CSV with its line', async () => {
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const size = 200 * 1024 * 1024;
    const packed = zlib.deflateRawSync(Buffer.alloc(size, 0x20), { level: 9 });
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length + packed.length, 16);
    const bomb = path.join(dir, 'bomba.xlsx');
    fs.writeFileSync(bomb, Buffer.concat([local, name, packed, central, name, end]));
    expect(await refusedCommand('import-table', 'institutions', bomb)).toContain('Błąd: Plik XLSX „bomba.xlsx” po rozpakowaniu zająłby 200 MB, a import przyjmuje najwyżej 120 MB.');

    const mixed = path.join(dir, 'mieszane.csv');
    fs.writeFileSync(mixed, Buffer.concat([Buffer.from('Nazwa;Typ\nŁódzki Ośrodek;OPS\nMOPS w '), Buffer.from([0xaf]), Buffer.from('orach;OPS\n')]));
    expect(await refusedCommand('import-table', 'institutions', mixed)).toContain('w wierszu 3 ma bajt 0xAF, który nie jest znakiem UTF-8');
  });
});
