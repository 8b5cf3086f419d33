/**
 * A fresh SQLite file per test, in a folder whose name has spaces and Polish letters,
 * as office PCs have ("C:\Users\Łukasz\Moje dokumenty"). Removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRuntime, type Runtime } from '../../main/runtime';

export function makeTempDir(prefix = 'Kooperator Łódź '): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TempDatabase {
  runtime: Runtime;
  file: string;
  cleanup(): Promise<void>;
}

export async function openTempDatabase(): Promise<TempDatabase> {
  const dir = makeTempDir();
  const file = path.join(dir, 'dane użytkownika', 'kooperator.sqlite');
  const runtime = await openRuntime(file);
  return {
    runtime,
    file,
    async cleanup() {
      await runtime.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
