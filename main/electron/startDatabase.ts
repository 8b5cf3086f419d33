/** Which database the app opens: this PC's settings file in Electron's userData, unless the command line says otherwise. */
import path from 'node:path';
import { app } from 'electron';
import type { DatabaseTarget } from '../../db/connection';
import { DATABASE_FILE_NAME } from '../config/paths';
import { argumentValue, prepareWorkstationStart, WORKSTATION_SETTINGS_FILE_NAME } from '../config/workstationSettings';
import type { Workstation } from '../services/context';
import { createElectronSecretStore } from './secretStore';

export function electronStartDatabase(argv: readonly string[] = process.argv): { target: DatabaseTarget; workstation: Workstation } {
  const dataDir = app.getPath('userData');
  return prepareWorkstationStart({
    dbArgument: argumentValue(argv, '--db'),
    databaseUrlArgument: argumentValue(argv, '--database-url'),
    env: process.env,
    settingsFile: path.join(dataDir, WORKSTATION_SETTINGS_FILE_NAME),
    secrets: createElectronSecretStore(),
    defaultSqliteFile: path.join(dataDir, DATABASE_FILE_NAME),
  });
}
