/**
 * Measured proposals for services whose targets the benchmark misses (docs/performance.md says what to change
 * where). They live here, not in the services, so the benchmark can show the effect on the same data side by side.
 */
import type { Knex } from 'knex';
import { chromium, type Browser, type Page } from 'playwright-core';
import { comparePolish, foldForSearch } from '../../preload/contract';
import { CHROMIUM_ARGS } from '../../main/services/documents';
import { whereSearchMatches } from '../../main/services/versioned';

/**
 * People search for a picker: the first `limit` matches in the table's order (no ORDER BY, so SQLite stops scanning
 * at the 50th match), with their institution and roles, shown in Polish order. listPeople today returns every match
 * (thousands for one or two letters), loads their roles and sorts them all with the Polish collator.
 */
export async function searchPeopleLimited(db: Knex, search: string, limit = 50): Promise<number> {
  const q = db('people as p').leftJoin('institutions as i', 'i.id', 'p.institution_id').select('p.*', { institution_name: 'i.name' });
  whereSearchMatches(q, 'p.search_text', foldForSearch(search).split(' ').filter(Boolean));
  const rows = (await q.limit(limit)) as { id: string; first_name: string; last_name: string }[];
  if (rows.length) await db('person_roles').whereIn('person_id', rows.map((row) => row.id)).select('person_id', 'role');
  rows.sort((a, b) => comparePolish(a.last_name, b.last_name) || comparePolish(a.first_name, b.first_name));
  return rows.length;
}

/**
 * The Chromium printer with one page kept ready between prints (createChromiumPrinter opens a new browser context
 * and page for every print, which starts a new renderer process each time). Same network lock-down, same PDF options.
 */
export function warmPagePrinter(executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') {
  let browser: Browser | null = null;
  let page: Page | null = null;
  const ready = async (): Promise<Page> => {
    if (page && !page.isClosed()) return page;
    browser ??= await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ offline: true });
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    page = await context.newPage();
    return page;
  };
  return {
    async print(html: string): Promise<Uint8Array> {
      const current = await ready();
      await current.setContent(html, { waitUntil: 'load' });
      await current.evaluate('document.fonts.ready.then(() => document.fonts.status)');
      const pdf = await current.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, tagged: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
    async close(): Promise<void> {
      await browser?.close();
      browser = null;
      page = null;
    },
  };
}
