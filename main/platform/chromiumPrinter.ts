/**
 * The PDF printer outside Electron (browser harness, command line, tests): Chromium's print engine, the system's
 * Chromium (never a downloaded browser), driven over the DevTools protocol (devtoolsPipe.ts). Three commands make a
 * print; playwright-core, which drove it before, cost the printing process 69 MB of memory and 35 MB of heap for them
 * (docs/performance.md, item 6). The installed app prints with Electron's printToPDF (main/electron/pdf.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { PdfPrinter } from '../services/context';
import { DevtoolsPipe, type DevtoolsEvent } from './devtoolsPipe';
import { fontFileAt, linkFonts } from '../services/documents/fonts';

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
  /** Limit for one print (loading the page, fonts, printing), and for starting Chromium. */
  timeoutMs?: number;
}

/** How often the printer started Chromium and opened its page (tests check that both are kept). */
export interface PrinterStarts {
  chromium: number;
  pages: number;
}

export type ChromiumPrinter = PdfPrinter & { close(): Promise<void>; starts(): PrinterStarts };

interface Browser {
  pipe: DevtoolsPipe;
  child: ChildProcess;
  profile: string;
  exited: Promise<void>;
}

interface Page {
  browser: Browser;
  contextId: string;
  sessionId: string;
  frameId: string;
  /** Rejects when the page's renderer crashes; never resolves. */
  crashed: Promise<never>;
  stopListening(): void;
}

/** A font file for a page of no origin (about:blank): allowed to it, and cached for good. */
const FONT_HEADERS = [
  { name: 'Content-Type', value: 'font/woff2' },
  { name: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
  { name: 'Access-Control-Allow-Origin', value: '*' },
];

/** Resolves once the document has loaded, with its images decoded and its fonts ready; never a fixed sleep. */
const DOCUMENT_READY = `new Promise((loaded) => (document.readyState === 'complete' ? loaded() : addEventListener('load', () => loaded(), { once: true })))
  .then(() => Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))))
  .then(() => document.fonts.ready)
  .then(() => document.fonts.status)`;

/** A4 (the document's own @page size and margins win: preferCSSPageSize), backgrounds included, tagged for screen readers. */
const PDF_OPTIONS = {
  paperWidth: 8.27,
  paperHeight: 11.7,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  generateTaggedPDF: true,
};

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A printer that starts Chromium on its first print and keeps it, with one browser context and page, for the next
 * ones: a new context and page per print started a new renderer process each time, about half of a 300-row list's
 * print time (docs/performance.md, item 4). The page is offline and refuses every request: the HTML must carry
 * everything it needs (see `printDocumentHtml`), except that its embedded fonts are swapped for the same files
 * served from memory (`linkFonts`), which Chromium then keeps decoded from one print to the next. Each print replaces
 * the page's document, waits for it to load (images and fonts included) and prints it. One page prints one document
 * at a time, so prints queue; after a failed print (an error, the time limit, a crashed renderer) the page's context
 * is closed and the next print opens a fresh one, so a stuck or broken document does not spoil the documents after
 * it. (Replacing the document keeps the first Content-Security-Policy it was given; every printed document comes from
 * printDocumentHtml with the same policy, so that changes nothing; going to a blank page first would cost 40–230 ms.)
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): ChromiumPrinter {
  const executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const timeout = options.timeoutMs ?? 30_000;
  const starts: PrinterStarts = { chromium: 0, pages: 0 };
  let browser: Promise<Browser> | null = null;
  let page: Promise<Page> | null = null;
  /** The last print asked for, settled or not: the next one starts after it. */
  let queue: Promise<unknown> = Promise.resolve();

  const startChromium = async (): Promise<Browser> => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kooperator-druk-'));
    const child = spawn(executablePath, [...CHROMIUM_ARGS, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    const pipe = new DevtoolsPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
    const exited = new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', (error) => {
        pipe.close(error);
        resolve();
      });
    });
    void exited.then(() => fs.rmSync(profile, { recursive: true, force: true }));
    const started: Browser = { pipe, child, profile, exited };
    try {
      await withTimeout(pipe.send('Browser.getVersion'), timeout, `nie odpowiada od ${timeout / 1000} s`);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    starts.chromium++;
    return started;
  };

  const launch = (): Promise<Browser> => {
    if (!browser) {
      const launching = startChromium().then(
        (started) => {
          void started.exited.then(() => {
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

  /** Requests of the page: its fonts from memory, nothing else. */
  const answerRequest = (pipe: DevtoolsPipe, event: DevtoolsEvent): void => {
    const requestId = event.params.requestId as string;
    const font = fontFileAt((event.params.request as { url: string }).url);
    const answer = font
      ? pipe.send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders: FONT_HEADERS, body: font.toString('base64') }, event.sessionId)
      : pipe.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, event.sessionId);
    answer.catch(() => undefined); // the page may be gone meanwhile
  };

  const openPage = async (): Promise<Page> => {
    const current = await launch();
    const { pipe } = current;
    const { browserContextId: contextId } = await pipe.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
    try {
      const { targetId } = await pipe.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId: contextId });
      const { sessionId } = await pipe.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      let crash: (error: Error) => void = () => undefined;
      const crashed = new Promise<never>((_, reject) => {
        crash = reject;
      });
      crashed.catch(() => undefined);
      const stopListening = pipe.onEvent((event) => {
        if (event.sessionId !== sessionId) return;
        if (event.method === 'Fetch.requestPaused') answerRequest(pipe, event);
        else if (event.method === 'Inspector.targetCrashed') crash(new Error('Proces strony Chromium uległ awarii podczas drukowania.'));
      });
      await pipe.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, sessionId);
      await pipe.send('Network.enable', {}, sessionId);
      await pipe.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }, sessionId);
      await pipe.send('Inspector.enable', {}, sessionId);
      const { frameTree } = await pipe.send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree', {}, sessionId);
      starts.pages++;
      return { browser: current, contextId, sessionId, frameId: frameTree.frame.id, crashed, stopListening };
    } catch (error) {
      await pipe.send('Target.disposeBrowserContext', { browserContextId: contextId }).catch(() => undefined);
      throw error;
    }
  };

  /** The kept page, opened when there is none (first print, after an error, after Chromium went away). */
  const ready = (): Promise<Page> => {
    if (!page) {
      const opening = openPage();
      page = opening;
      opening.catch(() => {
        if (page === opening) page = null;
      });
    }
    return page;
  };

  /** Closes the kept page's context (and with it a hung or crashed renderer); the next print opens a new one. */
  const dropPage = async (): Promise<void> => {
    const kept = page;
    page = null;
    const current = kept ? await kept.catch(() => null) : null;
    if (!current) return;
    current.stopListening();
    await current.browser.pipe.send('Target.disposeBrowserContext', { browserContextId: current.contextId }).catch(() => undefined);
  };

  const printOn = async (current: Page, html: string): Promise<Uint8Array> => {
    const { pipe } = current.browser;
    await pipe.send('Page.setDocumentContent', { frameId: current.frameId, html: linkFonts(html) }, current.sessionId);
    await pipe.send('Runtime.evaluate', { expression: DOCUMENT_READY, awaitPromise: true, returnByValue: true }, current.sessionId);
    const { data } = await pipe.send<{ data: string }>('Page.printToPDF', PDF_OPTIONS, current.sessionId);
    return new Uint8Array(Buffer.from(data, 'base64'));
  };

  const printNow = async (html: string): Promise<Uint8Array> => {
    try {
      const current = await ready();
      return await withTimeout(Promise.race([printOn(current, html), current.crashed]), timeout, `Wydruk PDF nie skończył się w ciągu ${timeout / 1000} s.`);
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
      const current = running ? await running.catch(() => null) : null;
      if (!current) return;
      await current.pipe.send('Browser.close').catch(() => undefined);
      await withTimeout(current.exited, 5_000, 'Chromium się nie zamknął').catch(() => current.child.kill('SIGKILL'));
      await current.exited;
    });
    queue = closing.catch(() => undefined);
    return closing;
  };

  return Object.assign(print, { close, starts: () => ({ ...starts }) });
}
