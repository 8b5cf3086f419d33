/**
 * The office this installation belongs to and the user of this computer, kept in the `settings` table
 * (keys in OFFICE_SETTING_KEYS). The first-run wizard writes them; the exchange file writes the office's two.
 */
import type { Knex } from 'knex';
import { OFFICE_SETTING_KEYS, type Office, type OfficeSave } from '../../../preload/contract';
import { ServiceError } from '../errors';

const KEYS = Object.values(OFFICE_SETTING_KEYS);

export async function getOffice(db: Knex): Promise<Office> {
  const rows = (await db('settings').whereIn('key', KEYS).select('key', 'value')) as { key: string; value: string }[];
  const value = (key: string) => rows.find((row) => row.key === key)?.value.trim() || null;
  return { name: value(OFFICE_SETTING_KEYS.name), voivodeshipTeryt: value(OFFICE_SETTING_KEYS.voivodeshipTeryt), userName: value(OFFICE_SETTING_KEYS.userName) };
}

export async function saveOffice(db: Knex, input: OfficeSave): Promise<Office> {
  const voivodeship = (await db('territorial_units').where({ code: input.voivodeshipTeryt, level: 'voivodeship' }).first('code')) as { code: string } | undefined;
  if (!voivodeship) throw new ServiceError('validation', 'Wybierz województwo z listy', { voivodeshipTeryt: 'Wybierz województwo z listy' });
  await db.transaction(async (trx) => {
    for (const [field, key] of Object.entries(OFFICE_SETTING_KEYS) as [keyof OfficeSave, string][]) {
      await trx('settings').insert({ key, value: input[field] }).onConflict('key').merge();
    }
  });
  return getOffice(db);
}
