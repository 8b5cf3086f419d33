/**
 * The app window's security, declared as data and small pure decisions: the Electron glue (window.ts,
 * ipc.ts, index.ts) applies them, and tests assert them without Electron.
 */
import type { WebPreferences } from 'electron';

export { CONTENT_SECURITY_POLICY } from '../../preload/contract/csp';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies WebPreferences;

/** The app shows one page and moves between screens with the URL's hash: any real navigation is refused. */
export function allowNavigation(_url: string): false {
  return false;
}

/** Links out of the app (a partner's website, an e-mail address) open in the system's programs, nothing else does. */
export function opensExternally(url: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Camera, microphone, notifications, geolocation…: the app needs none, so every request is refused. */
export function allowPermission(_permission: string): false {
  return false;
}

/** An IPC call is served only when it comes from the top frame of our window, showing our own page. */
export function isTrustedSender(sender: { url: string; isMainFrame: boolean }, rendererIndexUrl: string): boolean {
  if (!sender.isMainFrame) return false;
  try {
    const page = new URL(sender.url);
    const own = new URL(rendererIndexUrl);
    return page.protocol === own.protocol && page.host === own.host && page.pathname === own.pathname;
  } catch {
    return false;
  }
}
