/**
 * electron-builder.yml packs what the app needs. Offline, so Electron itself is a stand-in folder
 * (electronDist); the installers proper are built on a machine with internet.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { MIGRATIONS } from '../../db/migrations';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDatabase';

const ROOT = path.resolve(__dirname, '../..');
const work = makeTempDir('pakowanie ');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('electron-builder configuration', () => {
  it('packs the built app, the renderer and the unpacked sqlite3 addon', async () => {
    const electronDist = path.join(work, 'electron');
    fs.mkdirSync(path.join(electronDist, 'resources'), { recursive: true });
    fs.writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(electronDist, 'version'), '41.7.1');
    const output = path.join(work, 'release');
    await promisify(execFile)(
      path.join(ROOT, 'node_modules/.bin/electron-builder'),
      ['--linux', '--dir', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
      { cwd: ROOT, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    const resources = path.join(output, 'linux-unpacked', 'resources');
    const packed = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((p) => p.split(path.sep).join('/'));
    for (const file of ['/dist/main.js', '/dist/serviceThread.js', '/dist/preload.js', '/dist/renderer/index.html', '/db/reference/teryt/TERC.csv', '/package.json', '/node_modules/knex/package.json', '/node_modules/@fontsource/noto-serif/package.json']) {
      expect(packed).toContain(file);
    }
    expect(packed.filter((p) => p.startsWith('/dist/') && p.endsWith('.map'))).toEqual([]);
    expect(packed.some((p) => p.startsWith('/node_modules/electron/'))).toBe(false);
    expect(packed.some((p) => p.startsWith('/node_modules/playwright-core/'))).toBe(false);
    expect(fs.existsSync(path.join(resources, 'app.asar.unpacked/node_modules/sqlite3/build/Release/node_sqlite3.node'))).toBe(true);
    // The fonts printed documents embed, and the migrations (bundled into the main process's code).
    expect(packed.some((p) => /^\/node_modules\/@fontsource\/noto-serif\/files\/.*latin-ext.*\.woff2$/.test(p))).toBe(true);
    const mainBundle = extractFile(path.join(resources, 'app.asar'), 'dist/main.js').toString('utf8');
    for (const migration of Object.keys(MIGRATIONS)) expect(mainBundle).toContain(migration);
    // playwright-core is left out of the installer (the app prints with Electron): the main process must not load it.
    expect(mainBundle).not.toMatch(/require\(["']playwright-core["']\)/);
    // No sources, tests or build leftovers.
    expect(packed.filter((p) => /^\/(main|preload|renderer\/src|tests|build)\//.test(p))).toEqual([]);
    expect(packed.filter((p) => p.startsWith('/node_modules/sqlite3/') && /\/(src|deps|obj|obj\.target)\//.test(p))).toEqual([]);
  }, 180_000);
});
