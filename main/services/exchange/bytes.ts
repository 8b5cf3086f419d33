/**
 * Where the scan of an exchange file (source.ts) reads its bytes from: an array in memory (a file sent over IPC, a
 * document built by the demo) or the file on disk, a window of it at a time. Reading from disk keeps the import's
 * memory independent of the file's size: at the benchmark's scale the file is 91 MB, which the import otherwise holds
 * from start to commit (docs/performance.md, item 6).
 */
import fs from 'node:fs';

export interface Bytes {
  readonly length: number;
  /** The byte at `pos`; undefined outside the file. */
  at(pos: number): number | undefined;
  /** The position of the first `byte` at or after `from`; -1 when there is none. */
  indexOf(byte: number, from: number): number;
  /** The bytes [start, end); only valid until the next call (decode them at once). */
  slice(start: number, end: number): Uint8Array;
  /** Every byte, for the rare file the scan does not take (it is then parsed whole). */
  whole(): Uint8Array;
}

const BOM = [0xef, 0xbb, 0xbf];

function bomLength(first: Uint8Array): number {
  return BOM.every((byte, i) => first[i] === byte) ? BOM.length : 0;
}

/** Bytes in memory, without a leading byte-order mark. */
export function memoryBytes(bytes: Uint8Array): Bytes {
  const body = bytes.subarray(bomLength(bytes));
  return {
    length: body.length,
    at: (pos) => body[pos],
    indexOf: (byte, from) => body.indexOf(byte, from),
    slice: (start, end) => body.subarray(start, end),
    whole: () => body,
  };
}

/** 1 MiB read at a time; the window keeps a sixteenth of itself behind the position it moved to, so a record that began just before is still in it. */
const WINDOW = 1 << 20;

/**
 * An open file, read through one window. The scan goes forward, so the window mostly moves forward; a look behind
 * it (a run of backslashes) or a record longer than the window is read again from the disk cache.
 */
export class FileBytes implements Bytes {
  /** The file's length without the byte-order mark; shorter if the file turns out to end sooner (see `read`). */
  length: number;
  private readonly buffer: Buffer;
  private readonly behind: number;
  private view: Uint8Array;
  private start = 0;
  private readonly base: number;

  /** `window` is the bytes read at a time (the tests make it small to cross its edges often). */
  constructor(
    private readonly fd: number,
    size: number,
    window = WINDOW,
  ) {
    this.buffer = Buffer.allocUnsafe(window);
    this.behind = window >> 4;
    this.view = this.buffer.subarray(0, 0);
    const first = Buffer.alloc(BOM.length);
    fs.readSync(fd, first, 0, BOM.length, 0);
    this.base = bomLength(first);
    this.length = Math.max(0, size - this.base);
  }

  at(pos: number): number | undefined {
    const offset = pos - this.start;
    if (offset >= 0 && offset < this.view.length) return this.view[offset];
    if (pos < 0 || pos >= this.length) return undefined;
    this.load(pos);
    return this.view[pos - this.start];
  }

  indexOf(byte: number, from: number): number {
    for (let at = Math.max(0, from); at < this.length; at = this.start + this.view.length) {
      if (at < this.start || at >= this.start + this.view.length) this.load(at);
      if (at >= this.start + this.view.length) return -1;
      const found = this.view.indexOf(byte, at - this.start);
      if (found >= 0) return this.start + found;
    }
    return -1;
  }

  slice(start: number, end: number): Uint8Array {
    if (start >= this.start && end <= this.start + this.view.length) return this.view.subarray(start - this.start, end - this.start);
    return this.read(start, Buffer.allocUnsafe(Math.max(0, end - start)));
  }

  whole(): Uint8Array {
    return this.read(0, Buffer.allocUnsafe(this.length));
  }

  private load(pos: number): void {
    this.start = Math.max(0, pos - this.behind);
    this.view = this.read(this.start, this.buffer.subarray(0, Math.min(this.buffer.length, this.length - this.start)));
  }

  /**
   * Fills `into` from `pos` on. Fewer bytes come back only when someone shortened the file since it was opened: the
   * bytes then end there, so the scan stops (the file is refused, or the import rolled back, see index.ts).
   */
  private read(pos: number, into: Buffer): Buffer {
    let filled = 0;
    while (filled < into.length) {
      const count = fs.readSync(this.fd, into, filled, into.length - filled, this.base + pos + filled);
      if (count === 0) {
        this.length = Math.min(this.length, pos + filled);
        break;
      }
      filled += count;
    }
    return into.subarray(0, filled);
  }
}
