/**
 * Electron's side of printing: the same HTML documents the tests print in Chromium, through printToPDF
 * in a hidden, sandboxed window that may load nothing from outside.
 */
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter } from '../services/context';
import { SECURE_WEB_PREFERENCES } from './security';

const PRINT_PARTITION = 'kooperator-druk';

export function createElectronPrinter(): PdfPrinter {
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
  return async (html) => {
    const window = new BrowserWindow({ show: false, webPreferences: { ...SECURE_WEB_PREFERENCES, partition: PRINT_PARTITION } });
    try {
      await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      // Never a fixed sleep: print once the embedded fonts are ready.
      await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
      const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
    }
  };
}
