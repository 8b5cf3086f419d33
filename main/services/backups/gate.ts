/**
 * Every call from the window goes through the gate. A restore is a barrier: from the moment it begins new calls
 * wait; calls already in flight finish first (so they are in the safety copy the restore makes); then the file is
 * swapped and reopened, and the waiting calls run on the restored database. A call is confirmed only if it was
 * written to the file the user goes on to see.
 *
 * The gate also watches the SQLite file itself: when it is replaced under the running process (another program
 * restored or copied a file over it), this process stops, and every call – including the one whose write went
 * to the replaced file – is refused with that message instead of being confirmed.
 */
import fs from 'node:fs';
import { ServiceError } from '../errors';

/** The channels that swap the database file: they run alone. */
export const EXCLUSIVE_CHANNELS: ReadonlySet<string> = new Set(['backups.restore']);

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

export class DatabaseGate {
  private inFlight = 0;
  private barrier: Promise<void> | null = null;
  private whenDrained: (() => void) | null = null;
  private identity: FileIdentity | null;
  private replaced = false;

  /** `file`: the SQLite file to watch; null for a PostgreSQL server. */
  constructor(private readonly file: string | null) {
    this.identity = file ? identityOf(file) : null;
  }

  /** Runs one call: alone for a restore, beside the others otherwise. */
  async run<T>(channel: string, work: () => Promise<T>): Promise<T> {
    while (this.barrier) await this.barrier;
    return EXCLUSIVE_CHANNELS.has(channel) ? this.alone(work) : this.beside(work);
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
