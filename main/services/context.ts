import type { Knex } from 'knex';
import type { DatabaseTarget, Engine } from '../../db/connection';
import type { SecretStore } from '../config/secretStore';
import type { StoredDatabaseChoice } from '../../preload/contract/schemas/connection';
import type { PaperPrintResult } from '../../preload/contract/schemas/printing';
import type { DatabaseGate } from './backups/gate';

/** Turns a complete HTML document into an A4 PDF with Chromium's print engine. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** Prints a complete HTML document on paper; `fileName` names the PDF where paper printing falls back to one. */
export type PaperPrinter = (html: string, document: { fileName: string }) => Promise<PaperPrintResult>;

/** What every service call gets: the database and what is known about it. No Electron in here. */
export interface ServiceContext {
  db: Knex;
  engine: Engine;
  databaseLocation: string;
  /** How to open the same database again: work in a thread of its own (the exchange import) opens its own connection. */
  databaseTarget: DatabaseTarget;
  appVersion: string;
  /** Folder for files the database refers to (scans, logos, photos): beside the database file. */
  filesDir: string;
  /** Electron's printToPDF in the app; Debian's Chromium in the browser harness, the CLI and tests. */
  printPdf: PdfPrinter;
  /** The system print dialog in the app; elsewhere (harness, CLI, tests) the PDF of the same HTML. */
  printPaper: PaperPrinter;
  /** Settings of this PC, not of the (possibly shared) database: who works here, which database it opens. */
  workstation: Workstation;
  /**
   * What every call from the window passes (main/services/backups/gate.ts): a restore runs alone, and a SQLite file
   * replaced under the process stops it. The app, the harness and openRuntime's users have one; absent, calls run as is.
   */
  gate?: DatabaseGate;
}

/**
 * This PC's own settings (main/config/workstationSettings.ts keeps them in a file of the data folder; tests keep
 * them in memory). Services get them here and never read the file themselves.
 */
export interface Workstation {
  /** Who works at this PC: the audit log's "who"; null when nobody said. */
  userName(): string | null;
  setUserName(name: string | null): void;
  /** The database this PC opens at start, as saved; null: the default SQLite file. */
  database(): StoredDatabaseChoice | null;
  saveDatabase(choice: StoredDatabaseChoice | null): void;
  /** How a PostgreSQL password is encrypted before it is saved. */
  readonly secrets: SecretStore;
  /** Where the settings are kept; null when only in memory (tests, the command line). */
  readonly file: string | null;
  /** The default SQLite file of this PC. */
  readonly defaultSqliteFile: string;
  /** The command-line option or environment variable that chose this start's database over the file, if any. */
  readonly overriddenBy: string | null;
}
