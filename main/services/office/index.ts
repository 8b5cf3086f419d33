/**
 * The office this installation belongs to, kept in the `settings` table (keys in OFFICE_SETTING_KEYS) and shared by
 * every PC of the office, and the user of this PC, kept in this PC's own settings (ctx.workstation): on a shared
 * PostgreSQL server each PC logs changes under its own user. The first-run wizard writes both; the exchange file
 * writes the office's two.
 */
import type { Knex } from 'knex';
import { LEGACY_USER_NAME_SETTING_KEY, OFFICE_SETTING_KEYS, type Office, type OfficeSave } from '../../../preload/contract';
import type { ServiceContext, Workstation } from '../context';
import { ServiceError } from '../errors';

export { DEFAULT_OFFICE_NAME, OFFICE_CITY_SETTING_KEY, officeName, readSetting } from './settings';

const KEYS = Object.values(OFFICE_SETTING_KEYS);

type OfficeContext = Pick<ServiceContext, 'db' | 'workstation'>;

export async function getOffice(ctx: OfficeContext): Promise<Office> {
  const rows = (await ctx.db('settings').whereIn('key', KEYS).select('key', 'value')) as { key: string; value: string }[];
  const value = (key: string) => rows.find((row) => row.key === key)?.value.trim() || null;
  return { name: value(OFFICE_SETTING_KEYS.name), voivodeshipTeryt: value(OFFICE_SETTING_KEYS.voivodeshipTeryt), userName: ctx.workstation.userName() };
}

export async function saveOffice(ctx: OfficeContext, input: OfficeSave): Promise<Office> {
  const voivodeship = (await ctx.db('territorial_units').where({ code: input.voivodeshipTeryt, level: 'voivodeship' }).first('code')) as { code: string } | undefined;
  if (!voivodeship) throw new ServiceError('validation', 'Wybierz województwo z listy', { voivodeshipTeryt: 'Wybierz województwo z listy' });
  saveWorkstationUserName(ctx, input.userName);
  await ctx.db.transaction(async (trx) => {
    for (const [field, key] of Object.entries(OFFICE_SETTING_KEYS) as [keyof typeof OFFICE_SETTING_KEYS, string][]) {
      await trx('settings').insert({ key, value: input[field] }).onConflict('key').merge();
    }
  });
  return getOffice(ctx);
}

export function saveWorkstationUserName(ctx: Pick<ServiceContext, 'workstation'>, userName: string): { userName: string } {
  try {
    ctx.workstation.setUserName(userName);
  } catch (error) {
    throw new ServiceError('validation', `Nie udało się zapisać ustawień tego komputera: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { userName: ctx.workstation.userName() ?? userName };
}

/**
 * Older versions kept the user's name in the shared table. A PC whose own settings name nobody takes it over once
 * and removes it, so that on a shared server it is not handed to every other PC as well (they ask their own user).
 * Only for settings kept in a file: the command line and tests keep them in memory and would lose it.
 */
export async function adoptSharedUserName(db: Knex, workstation: Workstation): Promise<void> {
  if (workstation.file === null || workstation.userName() !== null) return;
  const row = (await db('settings').where({ key: LEGACY_USER_NAME_SETTING_KEY }).first('value')) as { value: string } | undefined;
  if (!row?.value?.trim()) return;
  workstation.setUserName(row.value);
  await db('settings').where({ key: LEGACY_USER_NAME_SETTING_KEY }).delete();
}
