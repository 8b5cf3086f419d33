/**
 * The window's security settings, as data: the Electron layer applies them, tests assert them.
 */
import type { WebPreferences } from 'electron';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const satisfies WebPreferences;

/** A sender is trusted only when it is the top frame of our window, showing our own page. */
export function isOwnPage(url: string, rendererIndexUrl: string): boolean {
  try {
    const page = new URL(url);
    const own = new URL(rendererIndexUrl);
    return page.protocol === own.protocol && page.pathname === own.pathname;
  } catch {
    return false;
  }
}
