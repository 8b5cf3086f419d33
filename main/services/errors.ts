import type { AppError, ErrorCode } from '../../preload/contract';

/** The only exception services throw on purpose; the dispatcher turns it into a typed AppError. */
export class ServiceError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  toAppError(): AppError {
    return { code: this.code, message: this.message, ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}) };
  }
}

export function notFound(what: string): ServiceError {
  return new ServiceError('not_found', `Nie znaleziono: ${what}. Mógł zostać usunięty przez innego użytkownika.`);
}

export function staleVersion(what: string): ServiceError {
  return new ServiceError(
    'conflict',
    `Ten rekord (${what}) zmienił ktoś inny po otwarciu formularza. Odśwież dane, aby zobaczyć zmiany, zanim zapiszesz.`,
  );
}
