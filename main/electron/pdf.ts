/**
 * Electron's side of printing: the same HTML documents the tests print in Chromium, in a hidden, sandboxed window
 * that may load nothing from outside — to a PDF with printToPDF, or on paper through the system's print dialog.
 */
import { BrowserWindow, session } from 'electron';
import type { PaperPrinter, PdfPrinter } from '../services/context';
import { outcomeOfSystemPrint } from '../services/printing';
import { SECURE_WEB_PREFERENCES } from './security';

const PRINT_PARTITION = 'kooperator-druk';

let guarded = false;

/** The document loaded into a hidden window of the print partition, fonts ready; the window is destroyed after `use`. */
async function withDocumentWindow<T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  if (!guarded) {
    session.fromPartition(PRINT_PARTITION).webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
    guarded = true;
  }
  const window = new BrowserWindow({ show: false, webPreferences: { ...SECURE_WEB_PREFERENCES, partition: PRINT_PARTITION } });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    // Never a fixed sleep: print once the embedded fonts are ready.
    await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
    return await use(window);
  } finally {
    window.destroy();
  }
}

export function createElectronPrinter(): PdfPrinter {
  return (html) =>
    withDocumentWindow(html, async (window) => new Uint8Array(await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })));
}

/** Paper: the system's own print dialog (printer, copies, pages), for exactly the HTML the PDF is made from. */
export function createElectronPaperPrinter(): PaperPrinter {
  return (html) =>
    withDocumentWindow(
      html,
      (window) =>
        new Promise((resolve, reject) => {
          window.webContents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success, failureReason) => {
            try {
              resolve(outcomeOfSystemPrint(success, failureReason));
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        }),
    );
}
