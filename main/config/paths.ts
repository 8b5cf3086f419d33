/**
 * Where Kooperator keeps its data, computed without Electron so the command line and the
 * browser harness find the same file as the app. Matches Electron's userData for "Kooperator".
 */
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Kooperator';
export const DATABASE_FILE_NAME = 'kooperator.sqlite';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER_NAME);
}

/** `--db PATH` wins, then KOOPERATOR_DB, then the file in the data folder. */
export function resolveDatabaseFile(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(explicit ?? env.KOOPERATOR_DB ?? path.join(defaultDataDir(env), DATABASE_FILE_NAME));
}
