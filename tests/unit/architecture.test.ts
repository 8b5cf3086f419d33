/** The layering rule: only the thin Electron layer may import 'electron'; services stay testable without it. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const ELECTRON_LAYER = ['main/electron', 'main/index.ts', 'preload/index.ts'];
const IMPORTS_ELECTRON = /from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

describe('architecture', () => {
  it('keeps electron out of services, database, contract, command line, harness and renderer', () => {
    const files = ['main', 'db', 'preload', 'renderer/src'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter(
      (file) => !ELECTRON_LAYER.some((allowed) => file === allowed || file.startsWith(`${allowed}/`)) && IMPORTS_ELECTRON.test(fs.readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('the Electron layer really does import electron (the check above can see an import)', () => {
    expect(IMPORTS_ELECTRON.test(fs.readFileSync(path.join(ROOT, 'main/electron/ipc.ts'), 'utf8'))).toBe(true);
  });
});
