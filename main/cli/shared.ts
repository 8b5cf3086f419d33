import type { Command } from 'commander';
import { resolveDatabaseFile } from '../config/paths';
import { defaultWorkstationSettingsFile, memoryWorkstation, readWorkstationSettings } from '../config/workstationSettings';
import type { DatabaseTarget } from '../../db/connection';
import { openRuntime, type Runtime, type RuntimeOptions } from '../runtime';
import type { Workstation } from '../services/context';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface GlobalOptions {
  db?: string;
  databaseUrl?: string;
}

export function databaseFileOf(program: Command): string {
  return resolveDatabaseFile(program.opts<GlobalOptions>().db);
}

/** `--database-url` or KOOPERATOR_DATABASE_URL: a shared PostgreSQL server; otherwise the SQLite file. */
export function databaseTargetOf(program: Command): DatabaseTarget {
  const url = program.opts<GlobalOptions>().databaseUrl ?? process.env.KOOPERATOR_DATABASE_URL;
  return url ? { postgresUrl: url } : { sqliteFile: databaseFileOf(program) };
}

/**
 * Who works at this PC, from the app's settings file (read only: a command never changes it), so that the audit
 * entries of an import on the command line name the same person as the app's. A missing or unreadable file leaves
 * the operating system's user.
 */
export function commandLineWorkstation(env: NodeJS.ProcessEnv = process.env): Workstation {
  try {
    return memoryWorkstation({ userName: readWorkstationSettings(defaultWorkstationSettingsFile(env)).userName });
  } catch {
    return memoryWorkstation();
  }
}

/** Opens the database for one command and always closes it, also after an error. */
export async function withRuntime<T>(program: Command, options: RuntimeOptions, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(databaseTargetOf(program), { workstation: commandLineWorkstation(), ...options });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
