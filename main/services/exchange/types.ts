/** What the exchange's import takes, shared by the import on the main thread and in a service thread. */
import type { ServiceContext } from '../context';

export type ExchangeContext = Pick<ServiceContext, 'db' | 'engine' | 'databaseLocation' | 'filesDir'>;

export interface ImportOptions {
  /** A backup first (SQLite only); on by default. */
  backup?: boolean;
  /** Called once the file has passed every check, before anything is written (the command line says so). */
  onWriting?: () => void;
}
