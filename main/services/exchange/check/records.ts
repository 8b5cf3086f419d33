/** A raw record of an exchange file as the checks look at it, and the valid ones read again for a problem's path. */
import { EXCHANGE_RECORD_SCHEMAS, type ExchangeEntity } from '../../../../preload/contract';
import type { Problems } from '../problems';
import type { DocumentSource } from '../source';

export type Path = (string | number)[];

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keys no exchange file may hold anywhere: copied into an object they reach its prototype (`__proto__` would
 * silently drop an attendance mark, or pass as a known key).
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Paths (from `value`) of every forbidden key inside a parsed JSON value, at any depth. */
export function forbiddenKeyPaths(value: unknown): Path[] {
  const found: Path[] = [];
  const trail: Path = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        trail.push(index);
        walk(item);
        trail.pop();
      });
    } else if (isObject(node)) {
      for (const key of Object.keys(node)) {
        trail.push(key);
        if (FORBIDDEN_KEYS.has(key)) found.push([...trail]);
        else walk(node[key]);
        trail.pop();
      }
    }
  };
  walk(value);
  return found;
}

/** Adds a problem for every forbidden key of `value`; true when there was none. */
export function withoutForbiddenKeys(value: unknown, at: Path, problems: Problems): boolean {
  const paths = forbiddenKeyPaths(value);
  for (const path of paths) problems.add([...at, ...path], `niedozwolony klucz „${String(path.at(-1))}”: format wymiany nie ma takiego klucza`);
  return paths.length === 0;
}

/** The id a raw record declares, whatever else is wrong with it (so references to it do not fail as well). */
export function rawId(value: unknown): string | null {
  return isObject(value) && typeof value.id === 'string' && value.id.trim() ? value.id.trim() : null;
}

/** Every valid record of the lists `entities`, in that order (for the second look that builds paths). */
export function* validRecords(source: DocumentSource, entities: ExchangeEntity[]): Generator<[ExchangeEntity, number, unknown]> {
  for (const entity of entities) {
    let index = 0;
    for (const item of source.items(entity)) {
      const parsed = EXCHANGE_RECORD_SCHEMAS[entity].safeParse(item);
      if (parsed.success && forbiddenKeyPaths(item).length === 0) yield [entity, index, parsed.data];
      index++;
    }
  }
}

/** A part's id at its path, and the record it belongs to. */
export interface Part {
  path: Path;
  id: string;
  /** The record it belongs to. */
  owner: string;
}
