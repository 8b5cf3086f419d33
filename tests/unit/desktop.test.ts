/**
 * The desktop shell, checked without the Electron binary: the window's security settings and decisions,
 * the CSP in the built page and the harness, the Polish menu, the remembered window, and the installer
 * configuration against electron-builder's own schema.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { menuTemplate, shortcutList } from '../../main/electron/menuTemplate';
import { allowNavigation, allowPermission, CONTENT_SECURITY_POLICY, isTrustedSender, opensExternally, SECURE_WEB_PREFERENCES } from '../../main/electron/security';
import { loadWindowState, saveWindowState } from '../../main/electron/windowState';
import { makeTempDir } from '../support/tempDatabase';

const ROOT = path.resolve(__dirname, '../..');
const dir = makeTempDir('okno ');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('window security', () => {
  it('isolates and sandboxes the page, with no Node and no webviews', () => {
    expect(SECURE_WEB_PREFERENCES).toEqual({
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
    });
  });

  it('allows only its own code: no remote scripts, no eval, no plugins, no base or form tricks', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('the built page carries exactly that policy (npm run build writes it)', () => {
    const html = fs.readFileSync(path.join(ROOT, 'dist/renderer/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
  });

  it('refuses every navigation and permission, and opens only web and e-mail links outside', () => {
    for (const url of ['https://example.org', 'file:///etc/passwd', 'http://127.0.0.1:4321/']) expect(allowNavigation(url)).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(allowPermission(permission)).toBe(false);
    expect(opensExternally('https://www.gov.pl/web/rodzina')).toBe(true);
    expect(opensExternally('mailto:rops@slaskie.pl')).toBe(true);
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://serwer/udzial', 'nie adres']) expect(opensExternally(url)).toBe(false);
  });

  it('serves IPC only to the top frame of its own page', () => {
    const own = 'file:///C:/Program%20Files/Kooperator/resources/app.asar/dist/renderer/index.html';
    expect(isTrustedSender({ url: `${own}#/instytucje`, isMainFrame: true }, own)).toBe(true);
    expect(isTrustedSender({ url: own, isMainFrame: false }, own)).toBe(false);
    expect(isTrustedSender({ url: 'file:///C:/Users/Łukasz/Pobrane/zlosliwy.html', isMainFrame: true }, own)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.org/index.html', isMainFrame: true }, own)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, own)).toBe(false);
  });
});

describe('desktop behaviour', () => {
  it('has a Polish menu Plik, Edycja, Widok, Pomoc with the usual shortcuts, listed in Pomoc', () => {
    const template = menuTemplate({ backupNow: () => {}, showShortcuts: () => {}, showAbout: () => {} });
    expect(template.map((menu) => menu.label)).toEqual(['Plik', 'Edycja', 'Widok', 'Pomoc']);
    const shortcuts = shortcutList(template);
    for (const line of ['Ctrl+Z – Cofnij (Edycja)', 'Ctrl+C – Kopiuj (Edycja)', 'Ctrl+V – Wklej (Edycja)', 'Ctrl+Q – Zakończ (Plik)', 'F1 – Skróty klawiszowe (Pomoc)', 'F11 – Pełny ekran (Widok)']) {
      expect(shortcuts).toContain(line);
    }
  });

  it('remembers the window, and forgets a position left on an unplugged monitor', () => {
    const file = path.join(dir, 'okno.json');
    const laptop = [{ x: 0, y: 0, width: 1920, height: 1040 }];
    saveWindowState(file, { x: 100, y: 80, width: 1200, height: 800, maximized: true });
    expect(loadWindowState(file, laptop)).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: true });
    saveWindowState(file, { x: 2500, y: 100, width: 1200, height: 800, maximized: false });
    expect(loadWindowState(file, laptop)).toBeNull();
    fs.writeFileSync(file, '{"x": "lewo"}');
    expect(loadWindowState(file, laptop)).toBeNull();
    expect(loadWindowState(path.join(dir, 'brak.json'), laptop)).toBeNull();
  });
});

describe('installer configuration', () => {
  const require = createRequire(__filename);
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
  };
  const logger = { isEnabled: false, add: () => {} };
  const config = load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

  it('electron-builder.yml passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
  });

  it('the schema check can fail: a misspelt key is refused', async () => {
    await expect(validateConfiguration({ ...config, linuxx: {} }, logger)).rejects.toThrow(/linuxx/);
  });

  it('builds a Polish NSIS x64 installer with a per-machine/per-user choice and shortcuts, keeping the data on uninstall', () => {
    expect(config).toMatchObject({
      appId: 'pl.kooperator.app',
      productName: 'Kooperator',
      win: { target: [{ target: 'nsis', arch: ['x64'] }] },
      nsis: { oneClick: false, perMachine: false, createDesktopShortcut: 'always', createStartMenuShortcut: true, installerLanguages: ['pl_PL'], deleteAppDataOnUninstall: false },
      linux: { target: ['deb', 'AppImage'] },
      npmRebuild: false,
    });
  });
});
