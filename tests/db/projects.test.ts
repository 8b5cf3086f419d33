/** Projects with phases, indicators and logo strips, through the contract, on a real SQLite file and data folder. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile, Project } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { readStoredFile, storeFile } from '../../main/services/storedFiles';
import { unwrap } from '../support/results';
import * as measures from '../../db/migrations/20261207_013_indicator_measures';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(async () => {
  await temp.cleanup();
});

const PROJECT = {
  name: 'Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin',
  macroregion: 'III',
  gminaKind: 'urban',
  startDate: '2018-01-01',
  endDate: '2021-12-31',
  cofinancingClause: 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego',
  phases: [
    { name: 'I Faza modelu – budowa modelu', startDate: '2018-01-01', endDate: '2019-03-31' },
    { name: 'II Faza pilotażu', startDate: '2019-04-01', endDate: '2020-12-31' },
    { name: 'Ewaluacja i rekomendacje', startDate: '2021-01-01', endDate: '2021-12-31' },
  ],
  indicators: [
    { code: 'W1', name: 'Liczba utworzonych PZK', unit: 'szt.', target: 15, measure: { kind: 'partnerships', partnershipKinds: ['pzk'], state: 'formed' }, phaseTargets: [{ phaseIndex: 1, target: 15 }] },
    {
      code: 'W2',
      name: 'Liczba godzin coachingu indywidualnego',
      unit: 'godz.',
      target: 1200,
      measure: { kind: 'manual' },
      values: [{ from: '2018-01-01', to: '2018-12-31', value: 180, note: ' z list obecności u partnera ' }],
      phaseTargets: [
        { phaseIndex: 1, target: 1000 },
        { phaseIndex: 0, target: 200 },
      ],
    },
  ],
};

/** CRC-32 of PNG chunks, written out here so the test does not trust the code it checks. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 1×1 RGB PNG (one blue pixel). */
function tinyPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x00, 0x33, 0x99]))),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

const upload = (fileName: string, bytes: Uint8Array) => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });

describe('projects through the contract', () => {
  it('round-trips a project with three phases and indicators with per-phase targets, keeping ids that stay', async () => {
    const ctx = temp.runtime;
    const created = unwrap<Project>(await dispatch(ctx, 'projects.save', PROJECT));
    expect(created).toMatchObject({ name: PROJECT.name, macroregion: 'III', gminaKind: 'urban', startDate: '2018-01-01', endDate: '2021-12-31', version: 1 });
    expect(created.id).toMatch(/^prj-/);
    expect(created.phases.map((p) => p.name)).toEqual(PROJECT.phases.map((p) => p.name));
    const [first, second, third] = created.phases;
    expect(created.indicators).toEqual([
      {
        id: expect.any(String),
        code: 'W1',
        name: 'Liczba utworzonych PZK',
        unit: 'szt.',
        target: 15,
        measure: { kind: 'partnerships', partnershipKinds: ['pzk'], state: 'formed' },
        measureOrigin: null,
        values: [],
        phaseTargets: [{ phaseId: second!.id, phaseIndex: 1, target: 15 }],
      },
      {
        id: expect.any(String),
        code: 'W2',
        name: 'Liczba godzin coachingu indywidualnego',
        unit: 'godz.',
        target: 1200,
        measure: { kind: 'manual' },
        measureOrigin: null,
        values: [{ from: '2018-01-01', to: '2018-12-31', value: 180, note: 'z list obecności u partnera' }],
        phaseTargets: [
          { phaseId: first!.id, phaseIndex: 0, target: 200 },
          { phaseId: second!.id, phaseIndex: 1, target: 1000 },
        ],
      },
    ]);
    expect(unwrap<Project>(await dispatch(ctx, 'projects.get', { id: created.id }))).toEqual(created);
    // What get returns can be sent back unchanged.
    const resaved = unwrap<Project>(await dispatch(ctx, 'projects.save', created));
    expect({ ...resaved, version: 1, updatedAt: created.updatedAt }).toEqual(created);

    // Drop the first phase, move the evaluation before the pilot, add one: kept phases keep their ids.
    const edited = unwrap<Project>(
      await dispatch(ctx, 'projects.save', {
        ...resaved,
        phases: [third, second, { name: 'Wdrożenie', startDate: '2021-06-01', endDate: null }],
        indicators: [{ ...resaved.indicators[1]!, phaseTargets: [{ phaseIndex: 1, target: 1100 }, { phaseIndex: 2, target: 100 }] }],
      }),
    );
    expect(edited.version).toBe(3);
    expect(edited.phases.map((p) => p.id).slice(0, 2)).toEqual([third!.id, second!.id]);
    expect(edited.phases[2]).toMatchObject({ id: expect.stringMatching(/^faz-/), name: 'Wdrożenie', endDate: null });
    expect(edited.indicators).toHaveLength(1);
    expect(edited.indicators[0]).toMatchObject({ id: resaved.indicators[1]!.id, code: 'W2' });
    expect(edited.indicators[0]!.phaseTargets).toEqual([
      { phaseId: second!.id, phaseIndex: 1, target: 1100 },
      { phaseId: edited.phases[2]!.id, phaseIndex: 2, target: 100 },
    ]);
    expect(await ctx.db('project_phases').where({ id: first!.id })).toEqual([]);
    expect(await ctx.db('indicator_phase_targets').count({ n: '*' })).toEqual([{ n: 2 }]);

    const listed = unwrap<Project[]>(await dispatch(ctx, 'projects.list', { search: 'kooperacje wspolpracy' }));
    expect(listed.map((p) => p.id)).toEqual([created.id]);
    expect(unwrap<Project[]>(await dispatch(ctx, 'projects.list', { macroregion: 'I' }))).toEqual([]);

    unwrap(await dispatch(ctx, 'projects.delete', { id: created.id, version: edited.version }));
    for (const table of ['projects', 'project_phases', 'project_indicators', 'indicator_phase_targets']) {
      expect(await ctx.db(table).count({ n: '*' })).toEqual([{ n: 0 }]);
    }
  });

  it('refuses an end before the start, phases outside the project and duplicate indicator codes, writing nothing', async () => {
    const ctx = temp.runtime;
    const endBeforeStart = await dispatch(ctx, 'projects.save', { ...PROJECT, startDate: '2021-01-01', endDate: '2020-12-31', phases: [] });
    expect(endBeforeStart).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { endDate: expect.stringContaining('nie może być wcześniejsza') } } });

    const phaseOutside = await dispatch(ctx, 'projects.save', {
      ...PROJECT,
      phases: [{ name: 'Za późno', startDate: '2021-06-01', endDate: '2022-03-31' }, { name: 'Odwrotnie', startDate: '2019-05-01', endDate: '2019-04-01' }],
      indicators: [],
    });
    expect(phaseOutside).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'phases.0.endDate': expect.stringContaining('po końcu projektu'), 'phases.1.endDate': expect.stringContaining('przed swoim początkiem') } },
    });

    const duplicateCode = await dispatch(ctx, 'projects.save', {
      ...PROJECT,
      indicators: [...PROJECT.indicators, { code: 'w1', name: 'Inny wskaźnik', unit: 'szt.', target: 3 }],
    });
    expect(duplicateCode).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'indicators.2.code': 'Kod wskaźnika „w1” jest już użyty w tym projekcie (wskaźnik 1)' } } });

    const badTargets = await dispatch(ctx, 'projects.save', {
      ...PROJECT,
      indicators: [{ code: 'W1', name: 'PZK', unit: 'szt.', target: -1, phaseTargets: [{ phaseIndex: 5, target: 1 }] }],
    });
    expect(badTargets).toMatchObject({
      ok: false,
      error: {
        fieldErrors: {
          'indicators.0.target': 'Wartość docelowa nie może być ujemna',
          'indicators.0.phaseTargets.0.phaseIndex': 'Wybrana faza nie istnieje w tym projekcie',
        },
      },
    });
    const badMacroregion = await dispatch(ctx, 'projects.save', { ...PROJECT, macroregion: 'IV', gminaKind: 'miejska' });
    expect(badMacroregion).toMatchObject({ ok: false, error: { fieldErrors: { macroregion: 'Wybierz makroregion z listy', gminaKind: 'Wybierz rodzaj gminy z listy' } } });
    expect(await ctx.db('projects').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('refuses an indicator without a measure from the list, or a value entered by hand ending before it starts, writing nothing', async () => {
    const ctx = temp.runtime;
    const bad = await dispatch(ctx, 'projects.save', {
      ...PROJECT,
      indicators: [
        { code: 'W1', name: 'Godziny szkoleń', unit: 'godz.', target: 10, measure: { kind: 'hours', eventTypes: [], hourUnit: 'clock' } },
        { code: 'W2', name: 'Rekomendacje', unit: 'szt.', target: 1, measure: { kind: 'manual' }, values: [{ from: '2019-06-30', to: '2019-01-01', value: 1 }] },
        { code: 'W3', name: 'Coś', unit: 'szt.', target: 1, measure: { kind: 'guess' } },
      ],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: {
          'indicators.0.measure.eventTypes': 'Wybierz co najmniej jeden rodzaj wydarzeń',
          'indicators.1.values.0.to': 'Koniec okresu nie może być wcześniejszy niż jego początek',
          'indicators.2.measure.kind': 'Wybierz z listy, co liczy wskaźnik',
        },
      },
    });
    for (const table of ['projects', 'project_indicators', 'indicator_values']) expect(await ctx.db(table).count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('gives indicators of an earlier version the measure their name guessed, or "entered by hand", says which, and forgets it once saved', async () => {
    const ctx = temp.runtime;
    const created = unwrap<Project>(await dispatch(ctx, 'projects.save', PROJECT));
    // As the database was before migration 013: indicators with a code, a name and a unit only.
    await measures.down(ctx.db);
    await ctx.db('project_indicators').where({ code: 'W1' }).update({ name: 'Liczba utworzonych Partnerskich Zespołów Kooperacyjnych' });
    await ctx.db('project_indicators').where({ code: 'W2' }).update({ name: 'Liczba porozumień zawartych z JST' });
    await measures.up(ctx.db);
    const migrated = unwrap<Project>(await dispatch(ctx, 'projects.get', { id: created.id }));
    expect(migrated.indicators.map((i) => [i.code, i.measure, i.measureOrigin])).toEqual([
      ['W1', { kind: 'partnerships', partnershipKinds: ['pzk'], state: 'formed' }, 'guessed'],
      ['W2', { kind: 'manual' }, 'unknown'],
    ]);
    const saved = unwrap<Project>(await dispatch(ctx, 'projects.save', migrated));
    expect(saved.indicators.map((i) => i.measureOrigin)).toEqual([null, null]);
  });

  it('refuses phase ids of another project, and a stale edit, leaving the project unchanged', async () => {
    const ctx = temp.runtime;
    const a = unwrap<Project>(await dispatch(ctx, 'projects.save', PROJECT));
    const b = unwrap<Project>(await dispatch(ctx, 'projects.save', { ...PROJECT, name: 'Inny projekt' }));
    const dump = async () => ({
      phases: await ctx.db('project_phases').orderBy('id'),
      indicators: await ctx.db('project_indicators').orderBy('id'),
      targets: await ctx.db('indicator_phase_targets').orderBy(['indicator_id', 'phase_id']),
      projects: await ctx.db('projects').orderBy('id'),
    });
    const before = await dump();
    const stolen = await dispatch(ctx, 'projects.save', { ...a, phases: [...a.phases, b.phases[0]] });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'phases.3.id': expect.stringContaining('nie należy do tego projektu') } } });
    expect(await dump()).toEqual(before);

    unwrap(await dispatch(ctx, 'projects.save', { ...a, notes: 'pierwsza zmiana' }));
    expect(await dispatch(ctx, 'projects.save', { ...a, notes: 'druga zmiana' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(ctx, 'projects.delete', { id: a.id, version: a.version })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses to delete a project that partnerships or agreements refer to, naming them', async () => {
    const ctx = temp.runtime;
    const project = unwrap<Project>(await dispatch(ctx, 'projects.save', PROJECT));
    const now = new Date().toISOString();
    await ctx.db('partnerships').insert({ id: 'pzk-1', version: 1, created_at: now, updated_at: now, kind: 'pzk', name: 'PZK Będzin', project_id: project.id });
    await ctx.db('agreements').insert({ id: 'por-1', version: 1, created_at: now, updated_at: now, number: 'ROPS/1/2019', status: 'draft', project_id: project.id });
    const refused = await dispatch(ctx, 'projects.delete', { id: project.id, version: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (refused.ok) return;
    expect(refused.error.message).toContain('partnerstwa (1: „PZK Będzin”)');
    expect(refused.error.message).toContain('porozumienia (1: nr „ROPS/1/2019”)');
    expect(await ctx.db('project_phases').count({ n: '*' })).toEqual([{ n: 3 }]);

    await ctx.db('partnerships').delete();
    await ctx.db('agreements').delete();
    unwrap(await dispatch(ctx, 'projects.delete', { id: project.id, version: 1 }));
  });
});

describe('logo strips', () => {
  it('stores a PNG under its SHA-256 in the data folder and gives it back unchanged with its Polish name', async () => {
    const ctx = temp.runtime;
    const project = unwrap<Project>(await dispatch(ctx, 'projects.save', PROJECT));
    const png = tinyPng();
    const sha256 = createHash('sha256').update(png).digest('hex');

    const withLogo = unwrap<Project>(
      await dispatch(ctx, 'projects.setLogo', { projectId: project.id, variant: 'color', file: upload('Logotypy – Fundusze Europejskie (kolor).PNG', png) }),
    );
    expect(withLogo.logos).toEqual({ color: { name: 'Logotypy – Fundusze Europejskie (kolor).PNG', sha256 }, mono: null });
    expect(withLogo.version).toBe(project.version);

    const row = await ctx.db('projects').where({ id: project.id }).first();
    expect(row).toMatchObject({ logo_color_path: `logo/${sha256}.png`, logo_color_name: 'Logotypy – Fundusze Europejskie (kolor).PNG', logo_color_sha256: sha256 });
    const onDisk = path.join(ctx.filesDir, 'logo', `${sha256}.png`);
    expect(fs.readFileSync(onDisk).equals(png)).toBe(true);
    expect(fs.readdirSync(path.join(ctx.filesDir, 'logo'))).toEqual([`${sha256}.png`]); // no temporary file left

    const back = unwrap<{ file: ExportedFile | null }>(await dispatch(ctx, 'projects.getLogo', { projectId: project.id, variant: 'color' }));
    expect(back.file?.fileName).toBe('Logotypy – Fundusze Europejskie (kolor).PNG');
    expect(Buffer.from(back.file!.contentBase64, 'base64').equals(png)).toBe(true);
    expect(unwrap(await dispatch(ctx, 'projects.getLogo', { projectId: project.id, variant: 'mono' }))).toEqual({ file: null });

    // The form saved after the logo was set keeps it.
    const saved = unwrap<Project>(await dispatch(ctx, 'projects.save', { ...project, notes: 'zmiana' }));
    expect(saved.logos.color?.sha256).toBe(sha256);

    const cleared = unwrap<Project>(await dispatch(ctx, 'projects.clearLogo', { projectId: project.id, variant: 'color' }));
    expect(cleared.logos.color).toBeNull();
    expect(fs.existsSync(onDisk)).toBe(true);
  });

  it('refuses a text file renamed .png, a PDF as a logo and a file of another type, by content', async () => {
    const ctx = temp.runtime;
    const project = unwrap<Project>(await dispatch(ctx, 'projects.save', PROJECT));
    const setLogo = (fileName: string, bytes: Uint8Array) => dispatch(ctx, 'projects.setLogo', { projectId: project.id, variant: 'mono', file: upload(fileName, bytes) });

    const text = await setLogo('logo.png', Buffer.from('To nie jest obraz, tylko tekst.\n', 'utf8'));
    expect(text).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { file: expect.stringContaining('nie jest prawidłowym plikiem PNG') } } });
    const pdf = await setLogo('logo.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1'));
    expect(pdf).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('Dozwolone: PNG, JPG, SVG') } });
    const jpgNamedPng = await setLogo('logo.jpg', tinyPng());
    expect(jpgNamedPng).toMatchObject({ ok: false, error: { message: expect.stringContaining('to plik PNG') } });
    const scripted = await setLogo('logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
    expect(scripted).toMatchObject({ ok: false, error: { message: expect.stringContaining('skrypty') } });
    expect(fs.existsSync(path.join(ctx.filesDir, 'logo')) ? fs.readdirSync(path.join(ctx.filesDir, 'logo')) : []).toEqual([]);

    const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- logotyp -->\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const ok = unwrap<Project>(await setLogo('Logotypy czarno-białe.svg', Buffer.from(svg)));
    expect(ok.logos.mono?.name).toBe('Logotypy czarno-białe.svg');
  });

  it('detects a stored file that was changed or removed outside the program', async () => {
    const ctx = temp.runtime;
    const project = unwrap<Project>(await dispatch(ctx, 'projects.save', PROJECT));
    const png = tinyPng();
    const stored = unwrap<Project>(await dispatch(ctx, 'projects.setLogo', { projectId: project.id, variant: 'color', file: upload('logo.png', png) }));
    const onDisk = path.join(ctx.filesDir, 'logo', `${stored.logos.color!.sha256}.png`);

    const tampered = Buffer.from(png);
    tampered[tampered.length - 20] = tampered[tampered.length - 20]! ^ 0xff;
    fs.writeFileSync(onDisk, tampered);
    const changed = await dispatch(ctx, 'projects.getLogo', { projectId: project.id, variant: 'color' });
    expect(changed).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('zmieniony lub uszkodzony') } });

    // Uploading the same file again repairs it.
    unwrap(await dispatch(ctx, 'projects.setLogo', { projectId: project.id, variant: 'color', file: upload('logo.png', png) }));
    expect(fs.readFileSync(onDisk).equals(png)).toBe(true);

    fs.rmSync(onDisk);
    const missing = await dispatch(ctx, 'projects.getLogo', { projectId: project.id, variant: 'color' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('Nie znaleziono pliku „logo.png”') } });
  });

  it('keeps stored paths inside the data folder', async () => {
    const dir = temp.runtime.filesDir;
    const stored = await storeFile(dir, 'skany', upload('C:\\Users\\Łukasz\\Moje dokumenty\\skan 1.pdf', Buffer.from('%PDF-1.7\n')));
    expect(stored.name).toBe('skan 1.pdf');
    expect(stored.path).toMatch(/^skany\/[0-9a-f]{64}\.pdf$/);
    await expect(readStoredFile(dir, '../kooperator.sqlite', stored.sha256)).rejects.toMatchObject({ code: 'not_found' });
    expect(Buffer.from(await readStoredFile(dir, stored.path, stored.sha256)).toString()).toBe('%PDF-1.7\n');
  });
});
