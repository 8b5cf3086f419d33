/**
 * The PDF printer outside Electron (browser harness, command line, tests): Chromium's print engine
 * driven by playwright-core, with the system's Chromium (never a downloaded browser).
 */
// Loaded only when the first document is printed: the installed app prints with Electron and ships without it.
import type { Browser } from 'playwright-core';
import type { PdfPrinter } from '../context';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumPrinterOptions {
  /** Defaults to $CHROMIUM_PATH, then /usr/bin/chromium. */
  executablePath?: string;
  /** Limit for one print (loading the page, fonts, printing). */
  timeoutMs?: number;
}

export type ChromiumPrinter = PdfPrinter & { close(): Promise<void> };

/**
 * A printer that starts Chromium on its first print and keeps it for the next ones. Every print gets a
 * fresh browser context and page, closed afterwards, with every network request refused: the HTML must
 * carry everything it needs (see `printDocumentHtml`). Prints A4 with the page's own @page size and
 * margins, backgrounds included, after the document's fonts are loaded.
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): ChromiumPrinter {
  const executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const timeout = options.timeoutMs ?? 30_000;
  let browser: Promise<Browser> | null = null;

  const launch = (): Promise<Browser> => {
    if (!browser) {
      const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout })).then(
        (started) => {
          started.on('disconnected', () => {
            if (browser === launching) browser = null;
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

  const print = async (html: string): Promise<Uint8Array> => {
    const context = await (await launch()).newContext({ offline: true });
    try {
      context.setDefaultTimeout(timeout);
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => document.fonts.status)');
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
        tagged: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await context.close();
    }
  };

  const close = async (): Promise<void> => {
    const running = browser;
    browser = null;
    if (running) await (await running.catch(() => null))?.close();
  };

  return Object.assign(print, { close });
}
