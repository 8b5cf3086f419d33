/** Pomoc: every keyboard shortcut, the app's own and the desktop menu's (F1, or the help icon in the app bar). */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { APP_SHORTCUTS, keysOf, MENU_SHORTCUTS, type Shortcut } from './shortcuts';

const MENU_NAMES_EN: Record<string, string> = { Plik: 'File', Edycja: 'Edit', Widok: 'View', Pomoc: 'Help' };

function Keys({ keys }: { keys: string }) {
  return (
    <>
      {keysOf(keys).map((key, index) => (
        <span key={`${key}-${index}`}>
          {index > 0 && ' + '}
          <Box component="kbd" sx={{ border: 1, borderColor: 'grey.500', borderRadius: 1, px: 0.75, py: 0.25, fontFamily: 'monospace', bgcolor: 'grey.100', whiteSpace: 'nowrap' }}>
            {key}
          </Box>
        </span>
      ))}
    </>
  );
}

function ShortcutTable({ id, shortcuts, menu }: { id: string; shortcuts: (Shortcut & { menu?: string })[]; menu?: boolean }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <Table size="small" aria-labelledby={id}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 200 }}>{t('help.keys')}</TableCell>
          <TableCell>{t('help.action')}</TableCell>
          {menu && <TableCell sx={{ width: 140 }}>{t('help.menuName')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {shortcuts.map((shortcut) => (
          <TableRow key={`${shortcut.menu ?? ''}${shortcut.keys}`}>
            <TableCell>
              <Keys keys={shortcut.keys} />
            </TableCell>
            <TableCell>{english ? shortcut.label.en : shortcut.label.pl}</TableCell>
            {menu && <TableCell>{english ? MENU_NAMES_EN[shortcut.menu!] : shortcut.menu}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function HelpPage() {
  const { t } = useTranslation();
  return (
    <Stack spacing={3} sx={{ maxWidth: 900 }}>
      <Typography variant="h5" component="h1">
        {t('help.title')}
      </Typography>
      <Typography>{t('help.intro')}</Typography>
      <Paper component="section" aria-labelledby="help-app" sx={{ p: 2 }}>
        <Typography id="help-app" variant="h6" component="h2" gutterBottom>
          {t('help.app')}
        </Typography>
        <ShortcutTable id="help-app" shortcuts={APP_SHORTCUTS} />
      </Paper>
      <Paper component="section" aria-labelledby="help-menu" sx={{ p: 2 }}>
        <Typography id="help-menu" variant="h6" component="h2" gutterBottom>
          {t('help.menu')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('help.menuHint')}
        </Typography>
        <ShortcutTable id="help-menu" shortcuts={MENU_SHORTCUTS} menu />
      </Paper>
    </Stack>
  );
}
