/** The fault suite's tools: a real browser harness in its own process, and reading what a database file holds. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { withReadOnly } from '../../db/connection';
import { checkIntegrity } from '../../main/services/backups/backup';

export const HARNESS = path.resolve(__dirname, '../../dist/serve.js');

export interface Reply {
  ok: boolean;
  value?: { id: string; version: number; name?: string };
  error?: { code: string; message: string };
}

export interface Harness {
  url: string;
  child: ChildProcess;
  call(channel: string, input: unknown): Promise<Reply>;
  /** SIGTERM and the exit code (0 after a polite stop). */
  stop(): Promise<number | null>;
  stderr(): string;
}

/** Starts `node dist/serve.js --db file` and waits until it listens. */
export function startHarness(file: string): Promise<Harness> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HARNESS, '--db', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0];
      if (url)
        resolve({
          url,
          child,
          async call(channel, input) {
            const response = await fetch(`${url}api/${channel}`, { method: 'POST', body: JSON.stringify({ input }) });
            return (await response.json()) as Reply;
          },
          stop() {
            child.kill('SIGTERM');
            return exited;
          },
          stderr: () => stderr,
        });
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    void exited.then((code) => reject(new Error(`the harness ended (${code}): ${stderr}`)));
  });
}

/** Institution names a database file holds, and SQLite's full check of it. */
export async function readInstitutions(file: string): Promise<{ names: Set<string>; problems: string[] }> {
  // Read-only, as `kooperator check` reads: a backup read for the test stays byte for byte as it was.
  return withReadOnly(file, async (db) => {
    const problems = await checkIntegrity(db, true);
    const rows = (await db('institutions').select('name')) as { name: string }[];
    return { names: new Set(rows.map((row) => row.name)), problems };
  });
}
