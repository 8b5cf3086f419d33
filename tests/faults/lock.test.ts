/** The owner's lock beside a SQLite file: who holds it, when it is refused, and when a dead owner's lock is taken over. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDatabaseLock, DatabaseInUseError, localHost, lockFileOf } from '../../main/services/backups/owner';
import { makeTempDir } from '../support/tempDatabase';

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir('Kooperator blokada ');
  file = path.join(dir, 'kooperator.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeLock(owner: { host: string; pid: number; startedAt: string }, modified = new Date()): void {
  fs.writeFileSync(lockFileOf(file), JSON.stringify({ ...owner, program: 'aplikacja Kooperator', token: 'obcy' }));
  fs.utimesSync(lockFileOf(file), modified, modified);
}

const refusal = () => {
  try {
    acquireDatabaseLock(file, 'test', 'przed przywróceniem').release();
  } catch (error) {
    return error;
  }
  return null;
};

describe('one owner of a database file', () => {
  it('refuses while a live process of this computer holds the file, naming the computer and the hour', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeLock({ host: localHost(), pid: child.pid!, startedAt: '2026-12-07T08:05:00.000Z' });
      const error = refusal();
      expect(error).toBeInstanceOf(DatabaseInUseError);
      const hour = new Date('2026-12-07T08:05:00.000Z');
      const time = `${String(hour.getHours()).padStart(2, '0')}:${String(hour.getMinutes()).padStart(2, '0')}`;
      expect((error as Error).message).toMatch(new RegExp(`^Kooperator ma tę bazę otwartą na tym komputerze \\(${localHost()}\\) od (\\d\\d\\.\\d\\d\\.\\d{4} )?${time} – zamknij go przed przywróceniem\\.`));
      // The holder's lock is untouched.
      expect(JSON.parse(fs.readFileSync(lockFileOf(file), 'utf8'))).toMatchObject({ pid: child.pid });
    } finally {
      child.kill();
    }
  });

  it('takes over the lock of a process that no longer runs, and releases its own', async () => {
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => child.on('exit', resolve));
    writeLock({ host: localHost(), pid: child.pid!, startedAt: new Date().toISOString() });
    const lock = acquireDatabaseLock(file, 'test', 'przed przywróceniem');
    expect(JSON.parse(fs.readFileSync(lockFileOf(file), 'utf8'))).toMatchObject({ pid: process.pid, program: 'test' });
    lock.release();
    expect(fs.existsSync(lockFileOf(file))).toBe(false);
  });

  it('counts another computer’s lock as live while it is refreshed, and as a leftover when it stopped', () => {
    writeLock({ host: 'KOMPUTER-KASI', pid: 4242, startedAt: new Date().toISOString() });
    expect((refusal() as Error).message).toMatch(/^Kooperator ma tę bazę otwartą na komputerze KOMPUTER-KASI od \d\d:\d\d – zamknij go przed przywróceniem\./);
    writeLock({ host: 'KOMPUTER-KASI', pid: 4242, startedAt: new Date().toISOString() }, new Date(Date.now() - 10 * 60_000));
    expect(refusal()).toBeNull();
  });
});
