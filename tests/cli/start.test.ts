/** `npm start` where Electron's binary cannot be had: one clear line naming the browser harness, no stack trace. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function electronInstalled(): boolean {
  try {
    createRequire(__filename)('electron');
    return true;
  } catch {
    return false;
  }
}

describe('npm start without the Electron binary', () => {
  it.skipIf(electronInstalled())('says in one line that Electron is missing and names npm run serve', () => {
    const result = spawnSync(process.execPath, [path.resolve(__dirname, '../../build/scripts/start.mjs')], {
      env: { ...process.env, KOOPERATOR_NO_DOWNLOAD: '1' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Nie można uruchomić Electron: .*npm run serve$/);
  });
});
