import type { Result } from '../../preload/contract';

/** The value of a successful Result, or a test failure naming the error. */
export function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}
