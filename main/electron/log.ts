/** The app's log: a rotating file in the data folder (electron-log), for support when something goes wrong. */
import log from 'electron-log/main';
import type { Logger } from '../ipc/dispatch';

const MAX_LOG_BYTES = 5 * 1024 * 1024;

export function setUpLog(): Logger {
  log.initialize();
  log.transports.file.level = 'info';
  // Past 5 MB the file is renamed to main.old.log and a new one begins.
  log.transports.file.maxSize = MAX_LOG_BYTES;
  log.transports.console.level = false;
  return (message, error) => log.error(message, error);
}

export function logFile(): string {
  return log.transports.file.getFile().path;
}
