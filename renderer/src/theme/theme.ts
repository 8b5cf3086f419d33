import { createTheme } from '@mui/material/styles';
import { enUS as coreEn, plPL as corePl } from '@mui/material/locale';
import { enUS as gridEn, plPL as gridPl } from '@mui/x-data-grid/locales';
import type { Language } from '../../../preload/contract';

/** One theme for the whole app; the locale packs give MUI's own texts (pagination, grid menus) in the UI language. */
export function buildTheme(language: Language) {
  return createTheme(
    {
      palette: {
        primary: { main: '#1f4e79' },
        secondary: { main: '#9c2f2f' },
        background: { default: '#f5f6f8' },
      },
      typography: { fontFamily: 'Roboto, Arial, sans-serif' },
      shape: { borderRadius: 6 },
      components: {
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiButtonBase: { defaultProps: { disableRipple: false } },
      },
    },
    language === 'en' ? coreEn : corePl,
    language === 'en' ? gridEn : gridPl,
  );
}
