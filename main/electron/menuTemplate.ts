/**
 * The Polish application menu as data: Plik, Edycja, Widok, Pomoc with the usual shortcuts.
 * Built-in roles do the editing and zooming; the app's own actions are passed in.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  backupNow: () => void;
  showShortcuts: () => void;
  showAbout: () => void;
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Plik',
      submenu: [
        { label: 'Utwórz kopię zapasową teraz', accelerator: 'CmdOrCtrl+Shift+B', click: actions.backupNow },
        { type: 'separator' },
        { label: 'Zakończ', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Edycja',
      submenu: [
        { label: 'Cofnij', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: 'Ponów', role: 'redo', accelerator: 'CmdOrCtrl+Y' },
        { type: 'separator' },
        { label: 'Wytnij', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: 'Kopiuj', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: 'Wklej', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: 'Zaznacz wszystko', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: 'Widok',
      submenu: [
        { label: 'Odśwież', role: 'reload', accelerator: 'CmdOrCtrl+R' },
        { type: 'separator' },
        { label: 'Powiększ', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: 'Pomniejsz', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: 'Rzeczywisty rozmiar', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { label: 'Pełny ekran', role: 'togglefullscreen', accelerator: 'F11' },
      ],
    },
    {
      label: 'Pomoc',
      submenu: [
        { label: 'Skróty klawiszowe', accelerator: 'F1', click: actions.showShortcuts },
        { type: 'separator' },
        { label: 'O programie Kooperator', click: actions.showAbout },
      ],
    },
  ];
}

/** The shortcuts Pomoc lists, read from the same template so the list cannot go stale. */
export function shortcutList(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((menu) =>
    (menu.submenu as MenuItemConstructorOptions[]).filter((item) => item.accelerator).map((item) => `${String(item.accelerator).replace('CmdOrCtrl', 'Ctrl')} – ${item.label} (${menu.label})`),
  );
}
