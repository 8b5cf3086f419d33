/** Problems of an exchange file, each at its JSON path: `events[12].participants[3].personId: nieznana osoba "p-77"`. */
import { ServiceError } from '../errors';

export interface ExchangeProblem {
  path: string;
  message: string;
}

/** The file was refused: every problem with its JSON path; nothing was written. */
export class ExchangeFileError extends ServiceError {
  constructor(readonly problems: ExchangeProblem[], fieldErrors: Record<string, string>) {
    super('validation', `Plik wymiany zawiera błędy (${problems.length}); nic nie zaimportowano. Popraw plik i spróbuj ponownie.`, fieldErrors);
    this.name = 'ExchangeFileError';
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** ['events', 12, 'participants', 3, 'personId'] → "events[12].participants[3].personId". */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text || '$';
}

export class Problems {
  readonly list: ExchangeProblem[] = [];

  add(path: readonly PropertyKey[] | string, message: string): void {
    this.list.push({ path: typeof path === 'string' ? path : formatPath(path), message });
  }

  /** A zod error's issues under `prefix`; unknown keys become one problem per key. */
  addZod(prefix: readonly PropertyKey[], issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[]): void {
    for (const issue of issues) {
      if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
        for (const key of issue.keys) this.add([...prefix, ...issue.path, key], issue.message);
      } else {
        this.add([...prefix, ...issue.path], issue.message);
      }
    }
  }

  /** Another collection's problems, after these. */
  append(other: Problems): void {
    for (const problem of other.list) this.list.push(problem);
  }

  get count(): number {
    return this.list.length;
  }

  /** Path → message, for an error's fieldErrors (messages at one path joined). */
  fieldErrors(): Record<string, string> {
    // A Map, not an object's keys: a path may be "__proto__" (a refused key) and must stay a key.
    const errors = new Map<string, string>();
    for (const problem of this.list) {
      const earlier = errors.get(problem.path);
      errors.set(problem.path, earlier ? `${earlier}; ${problem.message}` : problem.message);
    }
    return Object.fromEntries(errors);
  }
}
