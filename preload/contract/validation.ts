import type { z } from 'zod';
import type { AppError } from './errors';

/** Zod issues → one Polish message per field path (the first one found), plus a summary. Used on both sides. */
export function validationError(error: z.ZodError): AppError & { fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    fieldErrors[field] ??= issue.message;
  }
  const count = Object.keys(fieldErrors).length;
  return {
    code: 'validation',
    message: count === 1 ? 'Popraw zaznaczone pole.' : `Popraw zaznaczone pola (${count}).`,
    fieldErrors,
  };
}
