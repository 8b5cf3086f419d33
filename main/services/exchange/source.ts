/**
 * Reading an exchange file record by record instead of as one parsed document. A 91 MB file with Polish letters
 * is a 182 MB string once decoded and another 84 MB as parsed JSON; here the file's bytes are only scanned for
 * where each list's items begin and end, and one item at a time is decoded and parsed (JSON.parse on the item's
 * bytes), so the import holds the bytes (or, reading a file on disk, a window of it: bytes.ts), one record and what
 * it keeps of it. The lists can be walked again (the check, then the write) and in any order (the write goes in
 * foreign-key order).
 *
 * The scan is a few dozen lines of our own rather than a streaming JSON library: it only has to find the ends of
 * strings, objects and arrays, and it does so with indexOf over the bytes, while a general streaming tokenizer
 * builds every value token by token in JavaScript: on the benchmark's 91 MB file stream-json took 5.0 s to stream
 * the records, this scan 0.15 s plus 0.5 s to decode and parse each record (docs/performance.md, section 6).
 * Anything the scan does not recognise — broken JSON, a BOM in the wrong place, a key given twice — falls back to
 * decoding and parsing the file whole, which gives the exact message JSON.parse gives.
 */
import { EXCHANGE_ENTITIES, type ExchangeEntity } from '../../../preload/contract';
import type { Bytes } from './bytes';
import type { Problems } from './problems';

export interface DocumentSource {
  /** The top-level value; each list the file holds is a sparse array of its length (the frame's checks count it). */
  readonly frame: unknown;
  /** The list's raw items (as JSON.parse gives them) in order; none when the file has no such list or it is not a list. */
  items(entity: ExchangeEntity): Iterable<unknown>;
}

/** An item the scan passed but that does not decode or parse: the file is then read whole for the exact message. */
export class UnreadableItem extends Error {}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

class NotScannable extends Error {}

const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

function skipSpace(bytes: Bytes, pos: number): number {
  while (isSpace(bytes.at(pos))) pos++;
  return pos;
}

/** The position after the string that starts at `pos` (an opening quote). */
function stringEnd(bytes: Bytes, pos: number): number {
  let at = pos + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, at);
    if (quote < 0) throw new NotScannable();
    let slashes = 0;
    while (bytes.at(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** The position after the JSON value that starts at `pos`. */
function valueEnd(bytes: Bytes, pos: number): number {
  const first = bytes.at(pos);
  if (first === QUOTE) return stringEnd(bytes, pos);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    let at = pos;
    while (at < bytes.length) {
      const byte = bytes.at(at)!;
      if (byte === QUOTE) {
        at = stringEnd(bytes, at);
        continue;
      }
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return at + 1;
      }
      at++;
    }
    throw new NotScannable();
  }
  // A number, true, false or null: up to the next delimiter (JSON.parse of the item checks its spelling).
  let at = pos;
  while (at < bytes.length) {
    const byte = bytes.at(at)!;
    if (byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || isSpace(byte)) break;
    if (byte === QUOTE || byte === OPEN_BRACE || byte === OPEN_BRACKET || byte === COLON) throw new NotScannable();
    at++;
  }
  if (at === pos) throw new NotScannable();
  return at;
}

/** Calls `each(start, end)` for every item of the array that starts at `pos`; returns the position after it. */
function walkArray(bytes: Bytes, pos: number, each: (start: number, end: number) => void): number {
  let at = skipSpace(bytes, pos + 1);
  if (bytes.at(at) === CLOSE_BRACKET) return at + 1;
  for (;;) {
    const end = valueEnd(bytes, at);
    each(at, end);
    at = skipSpace(bytes, end);
    if (bytes.at(at) === CLOSE_BRACKET) return at + 1;
    if (bytes.at(at) !== COMMA) throw new NotScannable();
    at = skipSpace(bytes, at + 1);
  }
}

const LISTS = new Set<string>(EXCHANGE_ENTITIES);

/**
 * The most one record (or one top-level value) may take in the file. The largest a register makes — an event with
 * hundreds of participants marked day by day, a template of 200 000 characters — is well under 2 MB; a record of
 * more is refused by its size before it is decoded, as one string of hundreds of megabytes would exhaust the
 * import's heap (the thread's limit cannot always catch a single allocation that large: the process would abort).
 */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** The most a file may take to be parsed whole (the fallback when it is not written as the export writes it). */
export const MAX_WHOLE_FILE_BYTES = 32 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/** A value over MAX_RECORD_BYTES, found by the scan: its path and size. */
interface Oversized {
  path: (string | number)[];
  bytes: number;
}

function addOversized(problems: Problems, oversized: readonly Oversized[]): void {
  for (const { path, bytes } of oversized) {
    problems.add(path, `rekord zajmuje ${megabytes(bytes)}, a jeden rekord pliku wymiany może mieć najwyżej ${megabytes(MAX_RECORD_BYTES)} (zapewne zawiera bardzo długi tekst); plik odrzucono bez odczytywania go`);
  }
}

/** The whole-file fallback refuses a file too large to parse whole, with the reason. */
function tooLargeToParseWhole(length: number, problems: Problems): boolean {
  if (length <= MAX_WHOLE_FILE_BYTES) return false;
  problems.add(
    '$',
    `plik (${megabytes(length)}) nie jest zapisany tak, jak zapisuje go eksport Kooperatora (np. uszkodzony lub niepoprawny JSON), a plików większych niż ${megabytes(MAX_WHOLE_FILE_BYTES)} import nie odczytuje w całości`,
  );
  return true;
}

/**
 * The file as a source of records. The bytes are scanned once here (which also counts each list's items);
 * null, with a problem added, when the file is not UTF-8 JSON.
 */
export function openSource(bytes: Bytes, problems: Problems): DocumentSource | null {
  try {
    const oversized: Oversized[] = [];
    const source = scan(bytes, oversized);
    if (oversized.length === 0) return source;
    addOversized(problems, oversized);
    return null;
  } catch (error) {
    if (!(error instanceof NotScannable)) throw error;
  }
  if (tooLargeToParseWhole(bytes.length, problems)) return null;
  return wholeSource(bytes.whole(), problems);
}

/** The file decoded and parsed whole: for files the scan does not take, and for the exact message of a broken one. */
function wholeSource(body: Uint8Array, problems: Problems): DocumentSource | null {
  const raw = parseWhole(body, problems);
  if (problems.count) return null;
  const lists = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    frame: raw,
    items: (entity) => (Array.isArray(lists[entity]) ? (lists[entity] as unknown[]) : []),
  };
}

function parseWhole(body: Uint8Array, problems: Problems): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    problems.add('$', 'plik nie jest zapisany w kodowaniu UTF-8');
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.add('$', `plik nie jest poprawnym dokumentem JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

/** The problem a file gives when read whole (after an item of it would not decode or parse). */
export function wholeFileProblem(bytes: Bytes, problems: Problems): void {
  if (tooLargeToParseWhole(bytes.length, problems)) return;
  parseWhole(bytes.whole(), problems);
  if (problems.count === 0) problems.add('$', 'plik nie jest poprawnym dokumentem JSON');
}

/** An own property, as JSON.parse makes it, whatever the key ("__proto__" too), so the checks see it. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The file's frame and lists, scanned without decoding a record; values over MAX_RECORD_BYTES go to `oversized`. */
function scan(bytes: Bytes, oversized: Oversized[]): DocumentSource {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parse = (start: number, end: number): unknown => {
    try {
      return JSON.parse(decoder.decode(bytes.slice(start, end)));
    } catch {
      throw new UnreadableItem();
    }
  };
  let at = skipSpace(bytes, 0);
  if (bytes.at(at) !== OPEN_BRACE) throw new NotScannable();
  const frame: Record<string, unknown> = {};
  const lists = new Map<string, number>();
  at = skipSpace(bytes, at + 1);
  if (bytes.at(at) !== CLOSE_BRACE) {
    for (;;) {
      if (bytes.at(at) !== QUOTE) throw new NotScannable();
      const keyEnd = stringEnd(bytes, at);
      let key: unknown;
      try {
        key = JSON.parse(decoder.decode(bytes.slice(at, keyEnd)));
      } catch {
        throw new NotScannable();
      }
      if (typeof key !== 'string' || Object.hasOwn(frame, key)) throw new NotScannable();
      at = skipSpace(bytes, keyEnd);
      if (bytes.at(at) !== COLON) throw new NotScannable();
      at = skipSpace(bytes, at + 1);
      if (LISTS.has(key) && bytes.at(at) === OPEN_BRACKET) {
        let count = 0;
        lists.set(key, at);
        at = walkArray(bytes, at, (start, end) => {
          if (end - start > MAX_RECORD_BYTES) oversized.push({ path: [key, count], bytes: end - start });
          count++;
        });
        setOwn(frame, key, new Array(count));
      } else {
        const end = valueEnd(bytes, at);
        if (end - at > MAX_RECORD_BYTES) {
          oversized.push({ path: [key], bytes: end - at });
          at = skipSpace(bytes, end);
          if (bytes.at(at) === CLOSE_BRACE) break;
          if (bytes.at(at) !== COMMA) throw new NotScannable();
          at = skipSpace(bytes, at + 1);
          continue;
        }
        try {
          setOwn(frame, key, JSON.parse(decoder.decode(bytes.slice(at, end))));
        } catch {
          throw new NotScannable();
        }
        at = end;
      }
      at = skipSpace(bytes, at);
      if (bytes.at(at) === CLOSE_BRACE) break;
      if (bytes.at(at) !== COMMA) throw new NotScannable();
      at = skipSpace(bytes, at + 1);
    }
  }
  if (skipSpace(bytes, at + 1) !== bytes.length) throw new NotScannable();
  return {
    frame,
    *items(entity) {
      const start = lists.get(entity);
      if (start === undefined) return;
      // The structure was checked by the walk above: between items there is a comma.
      let at = skipSpace(bytes, start + 1);
      if (bytes.at(at) === CLOSE_BRACKET) return;
      for (;;) {
        const end = valueEnd(bytes, at);
        yield parse(at, end);
        at = skipSpace(bytes, end);
        if (bytes.at(at) === CLOSE_BRACKET) return;
        at = skipSpace(bytes, at + 1);
      }
    },
  };
}
