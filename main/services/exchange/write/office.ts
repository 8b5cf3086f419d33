import { OFFICE_NAME_SETTING, OFFICE_VOIVODESHIP_SETTING } from '../exportDocument';
import type { CheckedFile } from '../validate';
import type { Writing } from './writing';

/** The office's name and voivodeship: written only where the register has none. */
export async function writeOffice(w: Writing, doc: CheckedFile): Promise<void> {
  const { db } = w;
  for (const [key, value] of [
    [OFFICE_NAME_SETTING, doc.office.name],
    [OFFICE_VOIVODESHIP_SETTING, doc.office.voivodeshipTeryt],
  ] as const) {
    if (value && !(await db('settings').where({ key }).first('key'))) await db('settings').insert({ key, value });
  }
}
