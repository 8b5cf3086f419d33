/**
 * `kooperator event-folder` as users run it (a real process on a real file; needs `node build/scripts/build-node.mjs`):
 * the event's folder saved as one PDF, each step reported, read back; a stored scan gone missing stops it by its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRuntime } from '../../main/runtime';
import { addPhotos, addSignedScan } from '../db/fixtures/modelPhotosFolder';
import { kooperator } from '../support/cli';
import { pdfToText } from '../support/pdf';
import { makeTempDir } from '../support/tempDatabase';

const NOW = '2026-01-05T10:00:00.000Z';

let dir: string;
let file: string;
let scanPath: string;
beforeEach(async () => {
  dir = makeTempDir('Kooperator Teczka ');
  file = path.join(dir, 'kooperator.sqlite');
  const runtime = await openRuntime(file, { dailyBackup: false });
  const stamps = { created_at: NOW, updated_at: NOW };
  await runtime.db('events').insert({ id: 'w1', title: 'Warsztat „Razem łatwiej”', type: 'workshop', status: 'held', starts_at: '2026-03-12T08:00:00.000Z', ends_at: '2026-03-12T14:00:00.000Z', hours: 6, hour_unit: 'didactic', ...stamps });
  await runtime.db('people').insert({ id: 'p1', first_name: 'Anna', last_name: 'Łęcka', ...stamps });
  await runtime.db('event_participants').insert({ id: 'w1-p1', event_id: 'w1', person_id: 'p1', created_at: NOW });
  const scan = await addSignedScan(runtime, 'w1', 1);
  await addPhotos(runtime, 'w1', [{ caption: 'Praca w grupach – Zawiercie', takenOn: '2026-03-12' }]);
  const row = (await runtime.db('event_attachments').where({ id: scan.id }).first('path')) as { path: string };
  scanPath = path.join(runtime.filesDir, ...row.path.split('/'));
  await runtime.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kooperator event-folder', () => {
  it('saves the folder, reporting each step', async () => {
    const out = path.join(dir, 'teczki', 'teczka.pdf');
    const outcome = await kooperator('--db', file, 'event-folder', '--event', 'w1', '--out', out);
    expect(outcome.stderr).toContain('Sprawdzanie plików wydarzenia (2 pliki)…');
    expect(outcome.stderr).toContain('Gotowe.');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(`Zapisano teczkę wydarzenia w pliku ${out}`);
    const text = (await pdfToText(new Uint8Array(fs.readFileSync(out)))).replace(/\s+/g, ' ');
    for (const part of ['TECZKA WYDARZENIA', 'Warsztat „Razem łatwiej”', 'LISTA OBECNOŚCI', 'SKAN LISTY - STRONA 1', 'REJESTR WYDANYCH ZAŚWIADCZEŃ', 'Praca w grupach – Zawiercie (12.03.2026 r.)']) {
      expect(text).toContain(part);
    }
  }, 60_000);

  it('stops with the missing file named', async () => {
    fs.rmSync(scanPath);
    const out = path.join(dir, 'teczka.pdf');
    const outcome = await kooperator('--db', file, 'event-folder', '--event', 'w1', '--out', out);
    expect(outcome.code).not.toBe(0);
    expect(outcome.stderr).toContain('Teczki wydarzenia „Warsztat ‚Razem łatwiej’” nie można utworzyć. Nie znaleziono pliku „Lista obecności – podpisana.pdf”');
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});
