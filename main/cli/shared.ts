import type { Command } from 'commander';
import { resolveDatabaseFile } from '../config/paths';
import { openRuntime, type Runtime, type RuntimeOptions } from '../runtime';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface GlobalOptions {
  db?: string;
}

export function databaseFileOf(program: Command): string {
  return resolveDatabaseFile(program.opts<GlobalOptions>().db);
}

/** Opens the database for one command and always closes it, also after an error. */
export async function withRuntime<T>(program: Command, options: RuntimeOptions, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(databaseFileOf(program), options);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
