/**
 * Reading an exchange file from disk a window at a time (exchange/bytes.ts) gives exactly what reading its bytes in
 * memory gives: the same frame and the same records, whatever the window's size — records longer than the window,
 * strings and runs of backslashes cut by its edge, CRLF line ends and a byte-order mark included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXCHANGE_ENTITIES } from '../../preload/contract';
import { FileBytes, memoryBytes, type Bytes } from '../../main/services/exchange/bytes';
import { buildDemoDocument } from '../../main/services/exchange/demo';
import { serializeExchange } from '../../main/services/exchange';
import { Problems } from '../../main/services/exchange/problems';
import { openSource } from '../../main/services/exchange/source';
import { makeTempDir } from '../support/tempDatabase';

const dir = makeTempDir('Kooperator plik wymiany ');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Everything a source gives: the frame and every list's records, in order. */
function readAll(bytes: Bytes): { frame: unknown; lists: Record<string, unknown[]> } {
  const problems = new Problems();
  const source = openSource(bytes, problems);
  expect(problems.list).toEqual([]);
  return { frame: source!.frame, lists: Object.fromEntries(EXCHANGE_ENTITIES.map((entity) => [entity, [...source!.items(entity)]])) };
}

function fromDisk(file: string, window: number): { frame: unknown; lists: Record<string, unknown[]> } {
  const fd = fs.openSync(file, 'r');
  try {
    return readAll(new FileBytes(fd, fs.fstatSync(fd).size, window));
  } finally {
    fs.closeSync(fd);
  }
}

describe('an exchange file read from disk', () => {
  const demo = buildDemoDocument({ seed: 5 });
  // Names that put quotes, backslashes (a run longer than the smaller windows keep behind them) and Polish letters in strings.
  demo.people[0]!.lastName = `Żółć-Gęślą "\\\\" ${'\\'.repeat(41)}"`;
  demo.people[1]!.firstName = '\\"Łukasz\\"';
  const text = serializeExchange(demo).replace(/\n/g, '\r\n');
  const file = path.join(dir, 'wymiana z Łodzi.json');
  fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  const inMemory = readAll(memoryBytes(fs.readFileSync(file)));

  it('holds the records the test relies on', () => {
    expect(inMemory.lists.people![0]).toMatchObject({ lastName: demo.people[0]!.lastName });
    expect(inMemory.lists.events!.length).toBeGreaterThan(10);
    // Some records are longer than the smallest windows below.
    expect(Math.max(...inMemory.lists.events!.map((event) => JSON.stringify(event).length))).toBeGreaterThan(1000);
  });

  it.each([16, 100, 1000, 4096, 1 << 20])('gives the same frame and records through a window of %i bytes', (window) => {
    expect(fromDisk(file, window)).toEqual(inMemory);
  });

  it('stops where a file shortened after it was opened now ends, and refuses it', () => {
    const shortened = path.join(dir, 'skrócony.json');
    fs.writeFileSync(shortened, text);
    const fd = fs.openSync(shortened, 'r');
    try {
      const bytes = new FileBytes(fd, fs.fstatSync(fd).size, 4096);
      fs.truncateSync(shortened, Math.floor(text.length / 3));
      const problems = new Problems();
      expect(openSource(bytes, problems)).toBeNull();
      expect(problems.list).toEqual([{ path: '$', message: expect.stringContaining('plik nie jest poprawnym dokumentem JSON') }]);
      expect(bytes.length).toBe(Math.floor(text.length / 3));
    } finally {
      fs.closeSync(fd);
    }
  });

  it('reads a file without a byte-order mark and an empty one as in memory', () => {
    const plain = path.join(dir, 'bez BOM.json');
    fs.writeFileSync(plain, serializeExchange(demo));
    expect(fromDisk(plain, 64)).toEqual(readAll(memoryBytes(fs.readFileSync(plain))));
    const empty = path.join(dir, 'pusty.json');
    fs.writeFileSync(empty, '');
    const fd = fs.openSync(empty, 'r');
    try {
      const problems = new Problems();
      expect(openSource(new FileBytes(fd, 0, 64), problems)).toBeNull();
      expect(problems.list).toEqual([{ path: '$', message: expect.stringContaining('plik nie jest poprawnym dokumentem JSON') }]);
    } finally {
      fs.closeSync(fd);
    }
  });
});
