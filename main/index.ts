/**
 * The Electron app's composition root: paths from Electron, services from the runtime,
 * handlers from the contract. Everything Electron-specific lives in main/electron/.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, screen, session } from 'electron';
import { registerIpcHandlers } from './electron/ipc';
import { logFile, setUpLog } from './electron/log';
import { menuTemplate, shortcutList } from './electron/menuTemplate';
import { createElectronPaperPrinter, createElectronPrinter } from './electron/pdf';
import { allowPermission } from './electron/security';
import { askToRestore } from './electron/restoreOffer';
import { electronStartDatabase } from './electron/startDatabase';
import { createMainWindow } from './electron/window';
import { loadWindowState, saveWindowState } from './electron/windowState';
import { openRuntimeOrRestore, type LaterVerdict, type Runtime } from './runtime';
import { backupNow } from './services/backups';
import { DATABASE_ENGINE_NAMES } from '../preload/contract';

function guardSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  // Exports are saved where the user says, through the system's own save dialog.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: 'Zapisz plik', defaultPath: path.join(app.getPath('documents'), item.getFilename()) });
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const log = setUpLog();
  guardSession();
  let runtime: Runtime;
  let later: Promise<LaterVerdict>;
  try {
    // This PC's settings file chooses the database, unless --database-url, --db or their variables say otherwise.
    const chosen = electronStartDatabase();
    const opened = await openRuntimeOrRestore(
      chosen.target,
      {
        printPdf: createElectronPrinter(),
        printPaper: createElectronPaperPrinter(),
        workstation: chosen.workstation,
        owner: { program: 'aplikacja Kooperator', beforeWhat: 'przed otwarciem jej tutaj' },
        // The window shows while SQLite checks the file; what may write waits for the verdict.
        checkBesideStart: true,
      },
      (damaged) => askToRestore(damaged, log),
    );
    // A damaged database and the user chose not to restore the backup: there is nothing to start on.
    if (!opened) return app.exit(1);
    runtime = opened.runtime;
    later = opened.later;
    if (opened.restored) log('Przywrócono najnowszą dobrą kopię zapasową', opened.restored);
  } catch (error) {
    log('Nie można otworzyć bazy danych', error);
    dialog.showErrorBox('Kooperator', `Nie można otworzyć bazy danych:\n${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
    return;
  }
  const rendererIndex = path.join(__dirname, 'renderer', 'index.html');
  registerIpcHandlers(runtime, pathToFileURL(rendererIndex).href, log);

  const stateFile = path.join(app.getPath('userData'), 'okno.json');
  const window = createMainWindow(path.join(__dirname, 'preload.js'), rendererIndex, loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea)) ?? {});
  window.on('close', () => saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() }));
  // The check beside the start: a damaged file got the offer before anything was written to it.
  later.then(
    (verdict) => {
      if (verdict.kind === 'declined') void runtime.close().finally(() => app.exit(1));
      else if (verdict.kind === 'restored') {
        log('Przywrócono najnowszą dobrą kopię zapasową', verdict.restored);
        window.reload();
      }
    },
    (error: unknown) => {
      log('Nie można otworzyć bazy danych', error);
      dialog.showErrorBox('Kooperator', `Nie można otworzyć bazy danych:\n${error instanceof Error ? error.message : String(error)}`);
      void runtime.close().finally(() => app.exit(1));
    },
  );

  const template = menuTemplate({
    backupNow: () => {
      // Through the gate like the window's own calls: never beside a restore.
      const backup = () => backupNow(runtime, 'manual');
      (runtime.gate ? runtime.gate.run('backups.create', backup) : backup()).then(
        (backup) => void dialog.showMessageBox(window, { type: 'info', message: `Utworzono kopię zapasową ${backup.name}.` }),
        (error: unknown) => dialog.showErrorBox('Kopia zapasowa', error instanceof Error ? error.message : String(error)),
      );
    },
    showShortcuts: () => void dialog.showMessageBox(window, { type: 'info', title: 'Skróty klawiszowe', message: 'Skróty klawiszowe', detail: shortcutList(template).join('\n') }),
    showAbout: () =>
      void dialog.showMessageBox(window, {
        type: 'info',
        title: 'O programie',
        message: `Kooperator ${runtime.appVersion}`,
        detail: `Baza danych: ${DATABASE_ENGINE_NAMES[runtime.engine]} – ${runtime.databaseLocation}\nDziennik: ${logFile()}`,
      }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  app.on('second-instance', () => {
    // A second start brings the open window forward instead of opening the database twice.
    const existing = BrowserWindow.getAllWindows()[0];
    if (existing?.isMinimized()) existing.restore();
    existing?.focus();
  });
  app.on('window-all-closed', () => {
    void runtime.close().finally(() => app.quit());
  });
}

// The app speaks its own language whatever the system's: Chromium's locale decides how the browser's own controls,
// the spelling checker and Intl default read. Polish here; the UI's English is the app's own setting (i18n).
app.commandLine.appendSwitch('lang', 'pl');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}
