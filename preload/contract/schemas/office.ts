/**
 * The office this installation belongs to (set up by the first-run wizard). It lives in the `settings` table
 * under the keys below.
 */
import { z } from 'zod';
import * as f from './fields';

/** Settings keys of the office, shared by every PC of it (the exchange file writes them too). */
export const OFFICE_SETTING_KEYS = {
  name: 'office.name',
  voivodeshipTeryt: 'office.voivodeshipTeryt',
} as const;

/**
 * Where older versions kept the user's name, shared by every PC of a PostgreSQL server. Now each PC keeps its
 * own (ustawienia-stanowiska.json); the first start with a settings file takes the old value over once.
 */
export const LEGACY_USER_NAME_SETTING_KEY = 'user.name';

export const officeSave = z.object({
  name: f.requiredText('Nazwa biura (ROPS / RCPS)', 300),
  voivodeshipTeryt: f.text({ error: 'Wybierz województwo' })
    .trim()
    .regex(/^\d{2}$/, 'Wybierz województwo z listy'),
  userName: f.requiredText('Imię i nazwisko', 200),
});

export type OfficeSave = z.output<typeof officeSave>;

/** The office as stored; a field is null until the wizard (or an exchange file) sets it. */
export interface Office {
  name: string | null;
  voivodeshipTeryt: string | null;
  /** Who works at this PC (from this PC's settings, not the shared database). */
  userName: string | null;
}
