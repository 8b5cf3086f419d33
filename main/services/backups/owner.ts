/**
 * One owner of a SQLite file at a time. The app and the browser harness hold a lock file beside the database they
 * opened (`<plik>.blokada`: computer, process, start); `kooperator restore`, `copy --replace` and `migrate` take it
 * for their work and refuse while another live process holds it. A lock of a process that no longer runs on this
 * computer is taken over; a lock of another computer counts as live while its owner refreshes it (every minute).
 *
 * The same owner tag (`<pid>@<computer>`) names the work files of a backup or restore in progress
 * (`.kopia-….<tag>.partial`, `<plik>.<tag>.przywracanie`), so clean-up removes leftovers of dead runs only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diskFullError, isDiskFull, ServiceError } from '../errors';

export const LOCK_SUFFIX = '.blokada';
/** A lock of another computer not refreshed for this long belongs to a computer that crashed or lost the network. */
const FOREIGN_LOCK_STALE_MS = 3 * 60_000;
const HEARTBEAT_MS = 60_000;
/** Work files of another computer untouched for this long are leftovers of a run that died there. */
const FOREIGN_WORK_STALE_MS = 6 * 3_600_000;

/** This computer's name, as it appears in lock files and work-file names. */
export function localHost(): string {
  return os.hostname().replace(/[^A-Za-z0-9.-]/g, '_') || 'komputer';
}

/** `<pid>@<computer>`: who owns a work file. */
export function ownerTag(pid = process.pid): string {
  return `${pid}@${localHost()}`;
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a work file tagged `<pid>@<computer>` (or untagged, from an older version) is a leftover of a dead run:
 * on this computer its process no longer runs; elsewhere it has not been touched for hours.
 */
export function isLeftover(tag: string | null, modifiedMs: number, now = Date.now()): boolean {
  if (tag === null) return true;
  const match = /^(\d+)@(.+)$/.exec(tag);
  if (!match) return true;
  if (match[2] === localHost()) return Number(match[1]) !== process.pid && !isProcessAlive(Number(match[1]));
  return now - modifiedMs > FOREIGN_WORK_STALE_MS;
}

/** Removes a leftover file or folder; one that vanished meanwhile (another run cleaned it) is no error. */
export function removeQuietly(target: string): boolean {
  try {
    fs.rmSync(target, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
}

/** `<plik>.<pid>@<computer>.przywracanie` leftovers (and the untagged ones of older versions) of dead restores. */
export function removeRestoreLeftovers(databaseFile: string, now = Date.now()): string[] {
  const dir = path.dirname(databaseFile);
  const base = path.basename(databaseFile);
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(`${base}.`) || !name.endsWith('.przywracanie')) continue;
    const middle = name.slice(base.length + 1, -'.przywracanie'.length);
    const target = path.join(dir, name);
    let modified: number;
    try {
      modified = fs.statSync(target).mtimeMs;
    } catch {
      continue;
    }
    if (isLeftover(middle === '' ? null : middle, modified, now) && removeQuietly(target)) removed.push(name);
  }
  return removed;
}

export interface LockOwner {
  host: string;
  pid: number;
  startedAt: string;
  /** "aplikacja", "przeglądarka", "wiersz poleceń (restore)". */
  program: string;
  token: string;
}

export function lockFileOf(databaseFile: string): string {
  return `${databaseFile}${LOCK_SUFFIX}`;
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.host !== 'string' || typeof parsed.pid !== 'number' || typeof parsed.startedAt !== 'string') return null;
    return { host: parsed.host, pid: parsed.pid, startedAt: parsed.startedAt, program: String(parsed.program ?? 'Kooperator'), token: String(parsed.token ?? '') };
  } catch {
    return null;
  }
}

function isLive(owner: LockOwner | null, lockFile: string, now: number): boolean {
  if (!owner) return false; // unreadable: a lock cut short by a crash
  if (owner.host === localHost()) return isProcessAlive(owner.pid);
  try {
    return now - fs.statSync(lockFile).mtimeMs <= FOREIGN_LOCK_STALE_MS;
  } catch {
    return false;
  }
}

/** "14:05" today, "06.12.2026 14:05" another day. */
function sinceText(startedAt: string, now: Date): string {
  const started = new Date(startedAt);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(started.getHours())}:${two(started.getMinutes())}`;
  if (started.toDateString() === now.toDateString()) return time;
  return `${two(started.getDate())}.${two(started.getMonth() + 1)}.${started.getFullYear()} ${time}`;
}

/** Another live process holds the database: nothing was changed. */
export class DatabaseInUseError extends ServiceError {
  constructor(
    readonly owner: LockOwner,
    readonly databaseFile: string,
    beforeWhat: string,
    now = new Date(),
  ) {
    const where = owner.host === localHost() ? `na tym komputerze (${owner.host})` : `na komputerze ${owner.host}`;
    super(
      'conflict',
      `Kooperator ma tę bazę otwartą ${where} od ${sinceText(owner.startedAt, now)} – zamknij go ${beforeWhat}. ` +
        `(Plik ${databaseFile}; otworzył go: ${owner.program}, proces ${owner.pid}.) Nic nie zostało zmienione.`,
    );
    this.name = 'DatabaseInUseError';
  }
}

/** The live owner of the database other than this process, or null. */
export function otherOwner(databaseFile: string, now = Date.now()): LockOwner | null {
  const lockFile = lockFileOf(path.resolve(databaseFile));
  if (!fs.existsSync(lockFile)) return null;
  const owner = readOwner(lockFile);
  if (owner && owner.host === localHost() && owner.pid === process.pid) return null;
  return isLive(owner, lockFile, now) ? owner : null;
}

/** Refuses (DatabaseInUseError) while another live process holds the database. */
export function refuseIfOwnedElsewhere(databaseFile: string, beforeWhat: string): void {
  const owner = otherOwner(databaseFile);
  if (owner) throw new DatabaseInUseError(owner, path.resolve(databaseFile), beforeWhat);
}

export interface DatabaseLock {
  readonly owner: LockOwner;
  release(): void;
}

/** Puts our lock file in place only if there is none: written aside, then linked (atomic, never half-written). */
function tryCreate(lockFile: string, owner: LockOwner): boolean {
  const aside = `${lockFile}.${owner.token}`;
  fs.writeFileSync(aside, JSON.stringify(owner, null, 2));
  try {
    fs.linkSync(aside, lockFile);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: exclusive create.
    try {
      fs.writeFileSync(lockFile, JSON.stringify(owner, null, 2), { flag: 'wx' });
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

/**
 * Takes the database for this process. `beforeWhat` ends the refusal: "przed przywróceniem", "przed otwarciem
 * jej tutaj". A lock this process already holds is shared (released by its first holder).
 */
export function acquireDatabaseLock(databaseFile: string, program: string, beforeWhat: string): DatabaseLock {
  const file = path.resolve(databaseFile);
  const lockFile = lockFileOf(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const owner: LockOwner = { host: localHost(), pid: process.pid, startedAt: new Date().toISOString(), program, token: crypto.randomBytes(6).toString('hex') };
  for (let attempt = 0; attempt < 5; attempt++) {
    let created: boolean;
    try {
      created = tryCreate(lockFile, owner);
    } catch (error) {
      if (isDiskFull(error)) throw diskFullError(file, 'sqlite');
      throw error;
    }
    if (created) return heldLock(lockFile, owner);
    const current = readOwner(lockFile);
    if (current && current.host === owner.host && current.pid === process.pid) return { owner: current, release: () => undefined };
    if (isLive(current, lockFile, Date.now())) throw new DatabaseInUseError(current!, file, beforeWhat);
    // A dead owner's lock: moved aside first, so of two processes taking it over only one removes it.
    const stale = `${lockFile}.${owner.token}.stara`;
    try {
      fs.renameSync(lockFile, stale);
      fs.rmSync(stale, { force: true });
    } catch {
      // Another process took it over first; look again.
    }
  }
  const current = readOwner(lockFile);
  throw new DatabaseInUseError(current ?? owner, file, beforeWhat);
}

function heldLock(lockFile: string, owner: LockOwner): DatabaseLock {
  // Another computer sees the lock as live while its time keeps moving.
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      fs.utimesSync(lockFile, now, now);
    } catch {
      // The lock vanished or the disk is away: the next write's own check tells the user.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return {
    owner,
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      if (readOwner(lockFile)?.token === owner.token) fs.rmSync(lockFile, { force: true });
    },
  };
}
