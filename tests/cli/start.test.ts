/**
 * `npm start` where Electron's binary cannot be had: one clear line saying so, then the same app in the browser
 * harness (its address printed), never a stack trace.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDatabase';

function electronInstalled(): boolean {
  try {
    createRequire(__filename)('electron');
    return true;
  } catch {
    return false;
  }
}

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('npm start without the Electron binary', () => {
  it.skipIf(electronInstalled())('says so in one line and starts the browser harness, which serves the app', async () => {
    dir = makeTempDir();
    const start = spawn(process.execPath, [path.resolve(__dirname, '../../build/scripts/start.mjs'), '--db', path.join(dir, 'biuro.sqlite'), '--port', '0'], {
      env: { ...process.env, KOOPERATOR_NO_DOWNLOAD: '1' },
    });
    let stdout = '';
    let stderr = '';
    start.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let url: string;
    try {
      url = await new Promise<string>((resolve, reject) => {
        start.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const found = /Kooperator \(przeglądarka\): (http:\/\/127\.0\.0\.1:\d+\/?)/.exec(stdout);
          if (found) resolve(found[1]!);
        });
        start.on('exit', (code) => reject(new Error(`start ended (${code}) before the harness answered: ${stderr}`)));
      });
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Nie można uruchomić programu Electron .*w przeglądarce/)]);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      const ended = new Promise((resolve) => start.on('exit', resolve));
      start.kill('SIGTERM');
      await ended;
    }
    // The harness ended with it: its port no longer answers.
    await expect(fetch(url)).rejects.toThrow();
  }, 60_000);
});
