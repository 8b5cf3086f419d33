/**
 * The keyboard shortcuts the help screen lists. MENU_SHORTCUTS repeats the desktop menu's accelerators
 * (main/electron/menuTemplate.ts; a test keeps the two lists equal); APP_SHORTCUTS are the app's own, handled
 * in the renderer, so they work in the desktop app and in the browser alike.
 */
export interface Shortcut {
  /** Keys joined with "+", as pressed: "Ctrl+Shift+B". */
  keys: string;
  label: { pl: string; en: string };
}

export interface MenuShortcut extends Shortcut {
  /** The desktop menu it is in (Plik, Edycja, Widok, Pomoc). */
  menu: 'Plik' | 'Edycja' | 'Widok' | 'Pomoc';
}

export const APP_SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl+K', label: { pl: 'Wyszukaj wszędzie: instytucje, osoby, partnerstwa, wydarzenia, porozumienia', en: 'Search everywhere: institutions, people, partnerships, events, agreements' } },
  { keys: 'Ctrl+S', label: { pl: 'Zapisz formularz', en: 'Save the form' } },
  { keys: 'Esc', label: { pl: 'Zamknij formularz bez zapisywania (lub okno dialogowe)', en: 'Close the form without saving (or a dialog)' } },
  { keys: '↑ ↓', label: { pl: 'Przechodź między wierszami listy i wynikami wyszukiwania', en: 'Move between list rows and search results' } },
  { keys: 'Enter', label: { pl: 'Otwórz wybrany wiersz listy lub wynik wyszukiwania', en: 'Open the chosen list row or search result' } },
  { keys: 'Tab', label: { pl: 'Przejdź do następnego pola lub przycisku (Shift+Tab: poprzedniego)', en: 'Go to the next field or button (Shift+Tab: the previous one)' } },
  { keys: 'F1', label: { pl: 'Pokaż tę listę skrótów', en: 'Show this list of shortcuts' } },
];

export const MENU_SHORTCUTS: MenuShortcut[] = [
  { menu: 'Plik', keys: 'Ctrl+Shift+B', label: { pl: 'Utwórz kopię zapasową teraz', en: 'Back up now' } },
  { menu: 'Plik', keys: 'Ctrl+Q', label: { pl: 'Zakończ', en: 'Quit' } },
  { menu: 'Edycja', keys: 'Ctrl+Z', label: { pl: 'Cofnij', en: 'Undo' } },
  { menu: 'Edycja', keys: 'Ctrl+Y', label: { pl: 'Ponów', en: 'Redo' } },
  { menu: 'Edycja', keys: 'Ctrl+X', label: { pl: 'Wytnij', en: 'Cut' } },
  { menu: 'Edycja', keys: 'Ctrl+C', label: { pl: 'Kopiuj', en: 'Copy' } },
  { menu: 'Edycja', keys: 'Ctrl+V', label: { pl: 'Wklej', en: 'Paste' } },
  { menu: 'Edycja', keys: 'Ctrl+A', label: { pl: 'Zaznacz wszystko', en: 'Select all' } },
  { menu: 'Widok', keys: 'Ctrl+R', label: { pl: 'Odśwież', en: 'Reload' } },
  { menu: 'Widok', keys: 'Ctrl+=', label: { pl: 'Powiększ', en: 'Zoom in' } },
  { menu: 'Widok', keys: 'Ctrl+-', label: { pl: 'Pomniejsz', en: 'Zoom out' } },
  { menu: 'Widok', keys: 'Ctrl+0', label: { pl: 'Rzeczywisty rozmiar', en: 'Actual size' } },
  { menu: 'Widok', keys: 'F11', label: { pl: 'Pełny ekran', en: 'Full screen' } },
  { menu: 'Pomoc', keys: 'F1', label: { pl: 'Skróty klawiszowe', en: 'Keyboard shortcuts' } },
];

/** "Ctrl+Shift+B" → ["Ctrl", "Shift", "B"]; "Ctrl+-" and "Ctrl+=" keep their last key. */
export function keysOf(shortcut: string): string[] {
  return shortcut.split(/\+(?=.)/);
}
