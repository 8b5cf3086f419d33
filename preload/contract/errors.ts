/**
 * Errors cross the process boundary as values, never as thrown exceptions or stack traces
 * (Electron keeps only an error's message; HTTP carries JSON).
 */
export const ERROR_CODES = ['validation', 'not_found', 'conflict', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** Polish, ready to show to the user. */
  message: string;
  /** Field path ("nip", "parties.0.name") → Polish message, for validation errors. */
  fieldErrors?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Partial<AppError>;
  return typeof message === 'string' && (ERROR_CODES as readonly unknown[]).includes(code);
}
