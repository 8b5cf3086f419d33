/** Field-level refusals collected while checking a write, thrown together as one ServiceError. */
import { ServiceError } from '../errors';

export interface Problem {
  field: string;
  message: string;
  /** 'conflict' when the data are fine but the register's state forbids the write (already a member). */
  code: 'validation' | 'conflict';
}

export function problem(field: string, message: string, code: Problem['code'] = 'validation'): Problem {
  return { field, message, code };
}

/** Throws when there is any problem: field errors for the form, and a message for the whole write. */
export function throwProblems(problems: Problem[], nothingSavedPrefix = ''): void {
  if (problems.length === 0) return;
  const fieldErrors: Record<string, string> = {};
  for (const p of problems) fieldErrors[p.field] ??= p.message;
  const count = Object.keys(fieldErrors).length;
  const code = problems.some((p) => p.code === 'validation') ? 'validation' : 'conflict';
  const message =
    code === 'conflict' && problems.length === 1
      ? problems[0]!.message
      : code === 'conflict'
        ? `Zmiana koliduje z danymi w rejestrze (${count}).`
        : count === 1
          ? 'Popraw zaznaczone pole.'
          : `Popraw zaznaczone pola (${count}).`;
  throw new ServiceError(code, `${nothingSavedPrefix}${message}`, fieldErrors);
}
