/**
 * Every call from the window goes through the gate. A restore is a barrier: from the moment it begins new calls
 * wait; calls already in flight finish first (so they are in the safety copy the restore makes); then the file is
 * swapped and reopened, and the waiting calls run on the restored database. A call is confirmed only if it was
 * written to the file the user goes on to see.
 *
 * The gate also holds every call that may write until the start's integrity check has passed (runtime.ts, option
 * `checkBesideStart`: the app and the harness run SQLite's quick_check beside the start instead of before it, so the
 * window shows while it runs): the calls that only read (READ_ONLY_CHANNELS) go ahead meanwhile, the others wait for
 * its verdict and, on a damaged file, are refused with the restore offer's text, having written nothing.
 *
 * The gate also watches the SQLite file itself: when it is replaced under the running process (another program
 * restored or copied a file over it), this process stops, and every call – including the one whose write went
 * to the replaced file – is refused with that message instead of being confirmed.
 */
import fs from 'node:fs';
import { ServiceError } from '../errors';
import { DatabaseDamagedError } from './damaged';

/** The channels that swap the database file: they run alone. */
export const EXCLUSIVE_CHANNELS: ReadonlySet<string> = new Set(['backups.restore']);

/**
 * The channels that never write to the database: they need not wait for the start's integrity check. Anything not
 * named here waits (the people's and institutions' lists too: they fill the sort keys an import left empty).
 */
export const READ_ONLY_CHANNELS: ReadonlySet<string> = new Set([
  'agreements.get',
  'agreements.list',
  'app.info',
  'audit.forRecord',
  'backups.overview',
  'connection.get',
  'dashboard.overview',
  'events.calendar',
  'events.coachingRegister',
  'events.get',
  'events.list',
  'events.page',
  'office.get',
  'partnerships.forInstitution',
  'partnerships.get',
  'partnerships.list',
  'people.get',
  'people.history',
  'projects.get',
  'projects.getLogo',
  'projects.list',
  'reports.summary',
  'rodo.settings',
  'search.global',
  'templates.get',
  'templates.list',
  'templates.placeholders',
  'territory.get',
  'territory.search',
  'territory.status',
]);

interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

function identityOf(file: string): FileIdentity | null {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

export class DatabaseReplacedError extends ServiceError {
  /** `during`: the file was replaced while this call was writing, so its changes went to the replaced file. */
  constructor(file: string, during: boolean) {
    super(
      'conflict',
      `Plik bazy danych ${file} został zastąpiony innym plikiem przez inny program (np. przywrócenie kopii z wiersza poleceń), ` +
        `gdy Kooperator miał go otwartego. ` +
        (during
          ? 'Zmiany tej operacji trafiły do zastąpionego pliku i nie ma ich w bazie – wprowadź je ponownie po ponownym uruchomieniu. '
          : 'Nic nie zostało zapisane. ') +
        'Kooperator przestał pracować z tym plikiem: zamknij go i uruchom ponownie.',
    );
    this.name = 'DatabaseReplacedError';
  }
}

/** A call that may write, on a file the start's check found damaged: the offer's text, nothing written. */
function refusal(error: unknown): never {
  if (error instanceof DatabaseDamagedError) throw new ServiceError('conflict', error.message);
  throw error;
}

export class DatabaseGate {
  private inFlight = 0;
  private barrier: Promise<void> | null = null;
  private whenDrained: (() => void) | null = null;
  private identity: FileIdentity | null;
  private replaced = false;
  /** The start's integrity check and the writes of the start after it (runtime.ts); settled at once by default. */
  private verdict: Promise<void> = Promise.resolve();

  /** `file`: the SQLite file to watch; null for a PostgreSQL server. */
  constructor(private readonly file: string | null) {
    this.identity = file ? identityOf(file) : null;
  }

  /** Runs one call: alone for a restore, beside the others otherwise. */
  async run<T>(channel: string, work: () => Promise<T>): Promise<T> {
    if (!READ_ONLY_CHANNELS.has(channel)) await this.verdict.catch(refusal);
    while (this.barrier) await this.barrier;
    return EXCLUSIVE_CHANNELS.has(channel) ? this.alone(work) : this.beside(work);
  }

  /** Calls that may write wait for `verdict` from now on (the start's integrity check, or a restore after it). */
  holdWritesUntil(verdict: Promise<void>): void {
    verdict.catch(() => undefined); // observed by the calls that wait for it
    this.verdict = verdict;
  }

  /** Runs `work` alone, whatever the verdict: the restore of a file the start's check found damaged. */
  async runAloneDespiteVerdict<T>(work: () => Promise<T>): Promise<T> {
    while (this.barrier) await this.barrier;
    return this.alone(work);
  }

  /** Whether the file was found replaced: the process no longer writes. */
  get stopped(): boolean {
    return this.replaced;
  }

  private async beside<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      this.checkFile(false);
      const result = await work();
      // Written to a file that is no longer the database: not confirmed.
      this.checkFile(true);
      return result;
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.whenDrained?.();
    }
  }

  private async alone<T>(work: () => Promise<T>): Promise<T> {
    let lift!: () => void;
    this.barrier = new Promise((resolve) => (lift = resolve));
    try {
      if (this.inFlight > 0) await new Promise<void>((resolve) => (this.whenDrained = resolve));
      this.whenDrained = null;
      this.checkFile(false);
      return await work();
    } finally {
      this.barrier = null;
      lift();
    }
  }

  /** The restore of this process swapped the file in: it is the database from now on. */
  adoptSwappedFile(): void {
    if (this.file && !this.replaced) this.identity = identityOf(this.file);
  }

  /** `after`: checked after the call's work, which then went to a replaced file if the file changed meanwhile. */
  private checkFile(after: boolean): void {
    if (!this.file) return;
    if (this.replaced) throw new DatabaseReplacedError(this.file, false);
    const now = identityOf(this.file);
    // A file that vanished and came back, or another file renamed over it.
    if (this.identity && (!now || now.dev !== this.identity.dev || now.ino !== this.identity.ino)) {
      this.replaced = true;
      throw new DatabaseReplacedError(this.file, after);
    }
    if (!this.identity) this.identity = now;
  }
}
