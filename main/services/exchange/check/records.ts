/** A raw record of an exchange file as the checks look at it, and the valid ones read again for a problem's path. */
import { EXCHANGE_RECORD_SCHEMAS, type ExchangeEntity } from '../../../../preload/contract';
import type { DocumentSource } from '../source';

export type Path = (string | number)[];

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
      if (parsed.success) yield [entity, index, parsed.data];
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
