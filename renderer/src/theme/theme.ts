import { createTheme } from '@mui/material/styles';
import { enUS as coreEn, plPL as corePl } from '@mui/material/locale';
import { enUS as gridEn, plPL as gridPl } from '@mui/x-data-grid/locales';
import type { Language } from '../../../preload/contract';

/**
 * The keyboard focus ring: dark orange on the light page (over 3:1 against it and against white), yellow on the
 * dark blue app bar. Shown only for keyboard focus (:focus-visible), on every button, link, list item and tab.
 */
const FOCUS_RING = '#b34700';
const FOCUS_RING_ON_DARK = '#ffd54f';

/** One theme for the whole app; the locale packs give MUI's own texts (pagination, grid menus) in the UI language. */
export function buildTheme(language: Language) {
  return createTheme(
    {
      palette: {
        primary: { main: '#1f4e79' },
        secondary: { main: '#9c2f2f' },
        // MUI's own info (#0288d1) and warning (#ed6c02) are too pale for white text or text on white (3.9:1, 3.1:1):
        // darker shades keep chips, buttons and texts in these colours readable (4.8:1, 5:1).
        info: { main: '#0277bd' },
        warning: { main: '#b45309' },
        background: { default: '#f5f6f8' },
      },
      typography: { fontFamily: 'Roboto, Arial, sans-serif' },
      shape: { borderRadius: 6 },
      components: {
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiButtonBase: {
          defaultProps: { disableRipple: false },
          styleOverrides: { root: { '&.Mui-focusVisible': { outline: `3px solid ${FOCUS_RING}`, outlineOffset: 2 } } },
        },
        // Inside lists and menus the ring is drawn within the item, so the drawer or the menu does not clip it.
        MuiListItemButton: { styleOverrides: { root: { '&.Mui-focusVisible': { outlineOffset: -3 } } } },
        MuiMenuItem: { styleOverrides: { root: { '&.Mui-focusVisible': { outline: `3px solid ${FOCUS_RING}`, outlineOffset: -3 } } } },
        MuiAppBar: { styleOverrides: { root: { '& .MuiButtonBase-root.Mui-focusVisible': { outlineColor: FOCUS_RING_ON_DARK } } } },
        MuiLink: { styleOverrides: { root: { '&:focus-visible': { outline: `3px solid ${FOCUS_RING}`, outlineOffset: 2 } } } },
        MuiCssBaseline: {
          styleOverrides: {
            // Plain links keep a visible ring too.
            'a:focus-visible': { outline: `3px solid ${FOCUS_RING}`, outlineOffset: 2 },
            // The calendar (FullCalendar's classic theme) in the app's colours; its faint grey text (days of other
            // months) is too pale to read (2.5:1), so it gets the muted grey (4.8:1).
            'html:root': { '--fc-classic-faint-foreground': '#6b7280', '--fc-classic-primary': '#1f4e79' },
          },
        },
      },
    },
    language === 'en' ? coreEn : corePl,
    language === 'en' ? gridEn : gridPl,
  );
}
