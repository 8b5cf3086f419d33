import { randomUUID } from 'node:crypto';

/** Stable string ids with a readable prefix ("ins-…"): they survive export/import between offices unchanged. */
export function newId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
