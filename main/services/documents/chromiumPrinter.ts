/**
 * The PDF printer outside Electron (browser harness, command line, tests): Chromium's print engine
 * driven by playwright-core, with the system's Chromium (never a downloaded browser).
 */
// Loaded only when the first document is printed: the installed app prints with Electron and ships without it.
import type { Browser, Page } from 'playwright-core';
import type { PdfPrinter } from '../context';
import { fontFileAt, linkFonts } from './fonts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A font file for a page of no origin (setContent's about:blank): allowed to it, and cached for good. */
const FONT_HEADERS = { 'content-type': 'font/woff2', 'cache-control': 'public, max-age=31536000, immutable', 'access-control-allow-origin': '*' };

export interface ChromiumPrinterOptions {
  /** Defaults to $CHROMIUM_PATH, then /usr/bin/chromium. */
  executablePath?: string;
  /** Limit for one print (loading the page, fonts, printing). */
  timeoutMs?: number;
}

export type ChromiumPrinter = PdfPrinter & { close(): Promise<void> };

/**
 * A printer that starts Chromium on its first print and keeps it, with one browser context and page, for the next
 * ones: a new context and page per print started a new renderer process each time, about half of a 300-row list's
 * print time (docs/performance.md, item 4). The context is offline and refuses every network request: the HTML must
 * carry everything it needs (see `printDocumentHtml`), except that its embedded fonts are swapped for the same files
 * served from memory (`linkFonts`), which Chromium then keeps decoded from one print to the next. Each print replaces
 * the page's content, waits for the document's fonts and prints A4 with the page's own @page size and margins,
 * backgrounds included, as a tagged PDF.
 * One page prints one document at a time, so prints queue; after a failed print the page is closed and the next
 * print opens a fresh one, so a stuck or broken document does not spoil the documents after it. (setContent rewrites
 * the same document, which keeps the first Content-Security-Policy it was given; every printed document comes from
 * printDocumentHtml with the same policy, so that changes nothing; going to a blank page first would cost 40–230 ms.)
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): ChromiumPrinter {
  const executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const timeout = options.timeoutMs ?? 30_000;
  let browser: Promise<Browser> | null = null;
  let page: Promise<Page> | null = null;
  /** The last print asked for, settled or not: the next one starts after it. */
  let queue: Promise<unknown> = Promise.resolve();

  const launch = (): Promise<Browser> => {
    if (!browser) {
      const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout })).then(
        (started) => {
          started.on('disconnected', () => {
            if (browser === launching) {
              browser = null;
              page = null;
            }
          });
          return started;
        },
        (error: unknown) => {
          browser = null;
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          throw new Error(`Nie udało się uruchomić przeglądarki Chromium (${executablePath}) do drukowania PDF: ${reason}`);
        },
      );
      browser = launching;
    }
    return browser;
  };

  const openPage = async (): Promise<Page> => {
    const context = await (await launch()).newContext({ offline: true });
    try {
      context.setDefaultTimeout(timeout);
      // Nothing from outside; the document's fonts from memory, kept by Chromium from one print to the next (linkFonts).
      await context.route('**/*', (route) => {
        const font = fontFileAt(route.request().url());
        if (!font) return route.abort('blockedbyclient');
        return route.fulfill({ status: 200, body: font, headers: FONT_HEADERS });
      });
      return await context.newPage();
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  };

  /** The kept page, opened when there is none (first print, after an error, after Chromium went away). */
  const ready = async (): Promise<Page> => {
    const kept = page ? await page.catch(() => null) : null;
    if (kept && !kept.isClosed()) return kept;
    // A page closed under us (its renderer crashed): let its context go too.
    if (kept) await kept.context().close().catch(() => undefined);
    const opening = openPage();
    page = opening;
    opening.catch(() => {
      if (page === opening) page = null;
    });
    return opening;
  };

  /** Closes the kept page's context; the next print opens a new one. */
  const dropPage = async (): Promise<void> => {
    const kept = page;
    page = null;
    const current = kept ? await kept.catch(() => null) : null;
    await current?.context().close().catch(() => undefined);
  };

  const printNow = async (html: string): Promise<Uint8Array> => {
    const current = await ready();
    try {
      await current.setContent(linkFonts(html), { waitUntil: 'load' });
      await current.evaluate('document.fonts.ready.then(() => document.fonts.status)');
      const pdf = await current.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
        tagged: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      await dropPage();
      throw error;
    }
  };

  const print = (html: string): Promise<Uint8Array> => {
    const printed = queue.then(() => printNow(html));
    queue = printed.catch(() => undefined);
    return printed;
  };

  /** Lets the prints already asked for finish, then closes the page and Chromium; a later print starts it again. */
  const close = (): Promise<void> => {
    const closing = queue.then(async () => {
      await dropPage();
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close();
    });
    queue = closing.catch(() => undefined);
    return closing;
  };

  return Object.assign(print, { close });
}
