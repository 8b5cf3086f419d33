/**
 * Item 8 of the benchmark: screens at scale, as a user waits for them. The browser harness (dist/serve.js, the same
 * renderer and services as the app) serves a copy of the benchmark's database in Debian's Chromium, driven by
 * playwright-core; each screen is reached the way a user reaches it — a click in the menu changes the address's
 * hash, a search is typed — and timed from that moment to its first data on screen (the selector of its first row,
 * not the network going quiet). Before each run the page is loaded anew on the help page (which asks the database
 * nothing), so no screen finds its data cached by an earlier one: a median of 3 runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { writeWorkstationSettings } from '../../main/config/workstationSettings';
import { median, now, run } from './measure';

export interface ScreenTiming {
  name: string;
  /** Until what is timed: the first data on screen (most screens), or the whole screen drawn. */
  until: 'first data' | 'all drawn';
  runs: number[];
  ms: number;
  /** Why the screen could not be measured (its data never showed). */
  error?: string;
}

/** dd.mm.rrrr of the day `days` after `day` (YYYY-MM-DD). */
function dayPl(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  const iso = date.toISOString();
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export interface ScreenOptions {
  /** The benchmark's database (copied: the office's name and this PC's user are set in the copy). */
  db: string;
  work: string;
  sqliteShell: string;
  chromiumPath: string;
  /** The year the summary screen shows, a week (its Monday) and a month with many events, a partnership with many members. */
  year: number;
  weekStart: string;
  month: string;
  partnershipId: string;
  /** A surname's first letters typed into the people register's search. */
  search: string;
}

const RUNS = 3;
/** What the functions run in the page use of it (this file is compiled without the DOM's types). */
interface InPage {
  location: { hash: string };
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  };
}

/**
 * Resolves once an element matching `selector` (with text matching `text`, when given) is in the page. Checked in
 * the page on every animation frame: a Playwright locator's wait retries at 0, 20, 50 and 100 ms and then only
 * every 500 ms, which made a screen of 1.4 s read as 1.9 s.
 */
function shown(page: Page, selector: string, text?: string): Promise<unknown> {
  return page.waitForFunction(
    ([wanted, pattern]) => Array.from((globalThis as unknown as InPage).document.querySelectorAll(wanted)).some((element) => pattern === null || new RegExp(pattern).test(element.textContent ?? '')),
    [selector, text ?? null] as const,
    { polling: 'raf', timeout: 120_000 },
  );
}
const START = '#/pomoc';

/** The harness on `db`, at a free port: resolves with its address once it prints it. */
function startHarness(db: string, settings: string): Promise<{ url: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const harness = spawn(process.execPath, [path.join(__dirname, 'serve.js'), '--db', db, '--port', '0', '--settings', settings], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    harness.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /(http:\/\/\S+?)\/?\s/.exec(out);
      if (match) resolve({ url: match[1]!, process: harness });
    });
    harness.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    harness.on('exit', (code) => reject(new Error(`the harness ended (${code}) before it served: ${err.trim().slice(0, 400)}`)));
  });
}

export async function measureScreens(options: ScreenOptions): Promise<ScreenTiming[]> {
  const db = path.join(options.work, 'screens.sqlite');
  fs.copyFileSync(options.db, db);
  await run(options.sqliteShell, [
    db,
    "INSERT OR REPLACE INTO settings (key, value) VALUES ('office.name', 'Regionalny Ośrodek Polityki Społecznej w Katowicach'), ('office.voivodeshipTeryt', '24');",
  ]);
  const settings = path.join(options.work, 'ustawienia-stanowiska-przegladarka.json');
  writeWorkstationSettings(settings, { version: 1, userName: 'Anna Pomiarowa', database: null });
  const harness = await startHarness(db, settings);
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--lang=pl'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'pl-PL' });
    const base = `${harness.url}/`;
    const fresh = async (hash = START) => {
      await page.goto(`${base}${hash}`);
      await page.reload();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    };
    /** From the address's change to `ready`. */
    const open = async (hash: string, ready: (page: Page) => Promise<unknown>) => {
      await fresh();
      const start = now();
      await page.evaluate((target) => void ((globalThis as unknown as InPage).location.hash = target), hash);
      await ready(page);
      return now() - start;
    };
    const firstGridRow = (p: Page) => shown(p, '.MuiDataGrid-row[data-rowindex="0"]');
    const screens: { name: string; until?: ScreenTiming['until']; measure: () => Promise<number> }[] = [
      { name: 'events list as it opens (this week and the coming events first, a page of 100)', measure: () => open('#/wydarzenia', firstGridRow) },
      {
        name: `events list, one week (${dayPl(options.weekStart, 0)} – ${dayPl(options.weekStart, 6)} typed in the dates)`,
        measure: async () => {
          await open('#/wydarzenia', firstGridRow);
          await page.getByRole('textbox', { name: 'Od dnia' }).fill(dayPl(options.weekStart, 0));
          await page.waitForTimeout(300);
          const start = now();
          await page.getByRole('textbox', { name: 'Do dnia' }).fill(dayPl(options.weekStart, 6));
          // Done when the first row is one of that week (the list before held every event).
          const days = Array.from({ length: 7 }, (_, i) => dayPl(options.weekStart, i));
          await page.waitForFunction((week) => week.some((day) => ((globalThis as unknown as InPage).document.querySelector('.MuiDataGrid-row[data-rowindex="0"]')?.textContent ?? '').includes(day)), days);
          return now() - start;
        },
      },
      { name: 'people register, page 1 (100 people and the total)', measure: () => open('#/osoby', firstGridRow) },
      {
        name: `people register, a search ("${options.search}" typed)`,
        measure: async () => {
          await open('#/osoby', firstGridRow);
          const start = now();
          await page.getByRole('textbox', { name: 'Szukaj', exact: true }).fill(options.search);
          await page.waitForFunction((typed) => ((globalThis as unknown as InPage).document.querySelector('.MuiDataGrid-row[data-rowindex="0"]')?.textContent ?? '').toLocaleLowerCase('pl').startsWith(typed), options.search.toLocaleLowerCase('pl'));
          return now() - start;
        },
      },
      { name: `calendar, month ${options.month}`, measure: () => open(`#/kalendarz?data=${options.month}-15&widok=miesiac`, (p) => shown(p, 'section[aria-label="Kalendarz wydarzeń"] a', '\\D')) },
      {
        name: 'a partnership with its members',
        measure: () => open(`#/partnerstwa/${options.partnershipId}`, (p) => shown(p, 'table[aria-label="Historia członkostwa"] tbody tr')),
      },
      {
        // The screen opens on the last whole year; the benchmark's data is of options.year.
        name: `summary screen, year ${options.year}`,
        measure: () => open('#/raporty', (p) => shown(p, 'h2', String(options.year))),
      },
      {
        // Its title and sentences come first; the charts, chronicle and tables are drawn in a render of their own.
        name: `summary screen, year ${options.year}`,
        until: 'all drawn',
        measure: () => open('#/raporty', (p) => shown(p, 'section[aria-label="Szczegóły podsumowania"] table')),
      },
    ];
    const timings: ScreenTiming[] = [];
    for (const screen of screens) {
      const runs: number[] = [];
      try {
        for (let i = 0; i < RUNS; i++) runs.push(await screen.measure());
        timings.push({ name: screen.name, until: screen.until ?? 'first data', runs, ms: median(runs) });
      } catch (error) {
        timings.push({ name: screen.name, until: screen.until ?? 'first data', runs, ms: NaN, error: (error instanceof Error ? error.message : String(error)).split('\n')[0]! });
      }
    }
    return timings;
  } finally {
    await browser.close();
    harness.process.kill('SIGTERM');
    await new Promise((resolve) => harness.process.once('exit', resolve));
  }
}
