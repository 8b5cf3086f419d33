import fs from 'node:fs';
import path from 'node:path';
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

/** SQLite's, PostgreSQL's and the system's words for a full disk. */
export function isDiskFull(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100' || /SQLITE_FULL|database or disk is full|ENOSPC|no space left on device/i.test(message ?? '');
}

/** "12,3 MB" */
export function megabytesText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('pl-PL', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

/** Free space for this user on the disk of `dir`; null where the system cannot say. */
export function freeBytes(dir: string): number | null {
  try {
    const stat = fs.statfsSync(dir);
    return Number(stat.bavail) * Number(stat.bsize);
  } catch {
    return null;
  }
}

/** A full disk under the database: what was being saved was rolled back whole. */
export function diskFullError(databaseLocation: string, engine: 'sqlite' | 'postgresql'): ServiceError {
  if (engine === 'postgresql') return new ServiceError('conflict', `Na serwerze bazy danych ${databaseLocation} zabrakło miejsca na dysku; nic nie zapisano. Powiadom administratora serwera.`);
  const free = freeBytes(path.dirname(databaseLocation));
  return new ServiceError(
    'conflict',
    `Na dysku z bazą danych zabrakło miejsca (plik ${databaseLocation}${free === null ? '' : `, wolne ${megabytesText(free)}`}); nic nie zapisano. ` +
      'Zwolnij miejsce na tym dysku i spróbuj ponownie.',
  );
}
