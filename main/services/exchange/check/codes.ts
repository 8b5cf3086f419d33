/** TERYT codes: each must be in the register's territorial units. */
import type { Knex } from 'knex';
import type { ExchangeEntity, ExchangeRecord } from '../../../../preload/contract';
import type { Problems } from '../problems';
import { existing } from '../rows';
import type { DocumentSource } from '../source';
import { validRecords, type Path } from './records';

export type EmitCode = (path: Path, code: string | null | undefined) => void;

/** The TERYT codes one record names. */
export function codesOf(entity: ExchangeEntity, index: number, record: unknown, code: EmitCode): void {
  if (entity === 'institutions' || entity === 'partnerships' || entity === 'events') code([entity, index, 'teryt'], (record as { teryt: string | null }).teryt);
  else if (entity === 'agreements') {
    const value = record as ExchangeRecord<'agreements'>;
    code(['agreements', index, 'teryt'], value.teryt);
    (value.partyDetails ?? []).forEach((party, j) => code(['agreements', index, 'partyDetails', j, 'teryt'], party.teryt));
  } else if (entity === 'subregions') {
    const value = record as ExchangeRecord<'subregions'>;
    code(['subregions', index, 'voivodeship'], value.voivodeship);
    value.powiats.forEach((powiat, j) => code(['subregions', index, 'powiats', j], powiat));
  }
}
const NAMING_CODES: ExchangeEntity[] = ['institutions', 'partnerships', 'events', 'agreements', 'subregions'];

/** Every code of `codes` the register does not know, at every path where it occurs (the office's, then the lists'). */
export async function checkCodes(db: Knex, source: DocumentSource, codes: Set<string>, officeTeryt: string | null, problems: Problems): Promise<void> {
  const units = await existing(db, 'territorial_units', codes, 'code');
  if ([...codes].every((code) => units.has(code))) return;
  const unknownCode: EmitCode = (path, code) => {
    if (code && !units.has(code)) problems.add(path, `nieznany kod TERYT "${code}"`);
  };
  unknownCode(['office', 'voivodeshipTeryt'], officeTeryt);
  for (const [entity, index, record] of validRecords(source, NAMING_CODES)) codesOf(entity, index, record, unknownCode);
}
