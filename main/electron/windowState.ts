/** The window's size and position, remembered between runs in a small JSON file in the data folder. */
import fs from 'node:fs';
import { z } from 'zod';

const windowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().default(false),
});

export type WindowState = z.output<typeof windowState>;

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The saved state, or null when there is none, it is unreadable, or it would open off every screen (a monitor was unplugged). */
export function loadWindowState(file: string, screens: Area[]): WindowState | null {
  let parsed;
  try {
    parsed = windowState.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const state = parsed.data;
  // At least a 100×50 corner of the title bar must be on some screen for the user to grab it.
  const visible = screens.some(
    (screen) => state.x + 100 > screen.x && state.x < screen.x + screen.width - 100 && state.y >= screen.y && state.y < screen.y + screen.height - 50,
  );
  return visible ? state : null;
}

export function saveWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
}
