/** The office's settings as documents read them from the `settings` table, with their defaults. */
import type { Knex } from 'knex';
import { OFFICE_SETTING_KEYS } from '../../../preload/contract';

/** The town where certificates are issued ("Katowice, 14 marca 2026 r."). */
export const OFFICE_CITY_SETTING_KEY = 'office.city';

/** The organiser when an event names none, the data controller in the default RODO clause. */
export const DEFAULT_OFFICE_NAME = 'Regionalny Ośrodek Polityki Społecznej';

/** A setting's value, trimmed; null when it is not set or blank. */
export async function readSetting(db: Knex, key: string): Promise<string | null> {
  const row = (await db('settings').where({ key }).first('value')) as { value: string } | undefined;
  const value = row?.value?.trim();
  return value ? value : null;
}

/** The office's full name, or the default one. */
export async function officeName(db: Knex): Promise<string> {
  return (await readSetting(db, OFFICE_SETTING_KEYS.name)) ?? DEFAULT_OFFICE_NAME;
}
