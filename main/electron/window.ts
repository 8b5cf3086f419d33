import { BrowserWindow, shell, type Rectangle } from 'electron';
import { allowNavigation, opensExternally, SECURE_WEB_PREFERENCES } from './security';

export function createMainWindow(preloadPath: string, rendererIndexFile: string, bounds: Partial<Rectangle> & { maximized?: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: bounds.width ?? 1280,
    height: bounds.height ?? 820,
    x: bounds.x,
    y: bounds.y,
    minWidth: 900,
    minHeight: 600,
    title: 'Kooperator',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  });
  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (opensExternally(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void window.loadFile(rendererIndexFile);
  return window;
}
