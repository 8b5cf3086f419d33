/**
 * The Electron app's composition root: paths from Electron, services from the runtime,
 * handlers from the contract. Everything Electron-specific lives in main/electron/.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, dialog, session } from 'electron';
import { resolveDatabaseFile } from './config/paths';
import { registerIpcHandlers } from './electron/ipc';
import { createElectronPrinter } from './electron/pdf';
import { createMainWindow } from './electron/window';
import { openRuntime, type Runtime } from './runtime';

function databaseArgument(argv: string[]): string | undefined {
  const index = argv.indexOf('--db');
  return index >= 0 ? argv[index + 1] : undefined;
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  let runtime: Runtime;
  try {
    runtime = await openRuntime(resolveDatabaseFile(databaseArgument(process.argv)), { printPdf: createElectronPrinter() });
  } catch (error) {
    dialog.showErrorBox('Kooperator', `Nie można otworzyć bazy danych:\n${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
    return;
  }
  const rendererIndex = path.join(__dirname, 'renderer', 'index.html');
  registerIpcHandlers(runtime, pathToFileURL(rendererIndex).href);
  createMainWindow(path.join(__dirname, 'preload.js'), rendererIndex);
  app.on('window-all-closed', () => {
    void runtime.close().finally(() => app.quit());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}
