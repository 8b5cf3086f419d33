import type { Knex } from 'knex';
import type { Engine } from '../../db/connection';

/** Turns a complete HTML document into an A4 PDF with Chromium's print engine. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** What every service call gets: the database and what is known about it. No Electron in here. */
export interface ServiceContext {
  db: Knex;
  engine: Engine;
  databaseLocation: string;
  appVersion: string;
  /** Folder for files the database refers to (scans, logos, photos): beside the database file. */
  filesDir: string;
  /** Electron's printToPDF in the app; Debian's Chromium in the browser harness, the CLI and tests. */
  printPdf: PdfPrinter;
}
