/** A damaged database at start, outside the app: the browser harness refuses it, says what to do, and writes nothing. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kooperator, runNode } from '../support/cli';
import { makeTempDir } from '../support/tempDatabase';

const HARNESS = path.resolve(__dirname, '../../dist/serve.js');

let dir: string;
beforeEach(() => {
  dir = makeTempDir('Kooperator uszkodzona ');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a damaged database file at start', () => {
  it('the browser harness refuses it without writing and prints the offer of the newest good backup', async () => {
    const file = path.join(dir, 'Dane ośrodka', 'kooperator.sqlite');
    const backup = await kooperator('--db', file, 'backup');
    expect(backup.code).toBe(0);
    const name = /kopia-[\w-]+-manual/.exec(backup.stdout)![0];
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, crypto.randomBytes(4 * 4096), 0, 4 * 4096, Math.floor(size / 4096 / 2) * 4096);
    fs.closeSync(fd);
    const hash = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = hash();

    const refused = await runNode([HARNESS, '--db', file, '--port', '0'], { timeout: 30_000 });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Plik bazy danych ${file} jest uszkodzony`);
    expect(refused.stderr).toContain(`Najnowsza dobra kopia zapasowa: ${name}`);
    expect(refused.stderr).toContain(`kooperator --db "${file}" restore --newest`);
    expect(hash()).toBe(before);

    const restored = await kooperator('--db', file, 'restore', '--newest');
    expect(restored.stdout).toContain(`Przywrócono kopię ${name}. Uszkodzony plik zachowano jako ${file}.uszkodzona-`);
    expect((await kooperator('--db', file, 'check', '--full')).stdout).toBe('Baza danych jest spójna.\n');
  }, 60_000);
});
