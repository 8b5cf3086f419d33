/** Runs the built `kooperator` command (or another script of dist/) as users do: a real Node process. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const KOOPERATOR_BIN = path.resolve(__dirname, '../../bin/kooperator.js');

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** A Node script with arguments; a non-zero exit is an outcome to check, not an exception. */
export async function runNode(args: string[], options: { env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: options.env ?? process.env, timeout: options.timeout ?? 120_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** `kooperator …args` */
export function kooperator(...args: string[]): Promise<Outcome> {
  return runNode([KOOPERATOR_BIN, ...args]);
}
