import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DATABASE_ENGINE_NAMES, type Language } from '../../../../preload/contract';
import { call } from '../../api/client';
import { currentLanguage, LANGUAGES, setLanguage } from '../../i18n';
import { BackupSettings } from '../backups/BackupSettings';
import { DatabaseSettings, WorkstationUserSettings } from '../connection/DatabaseSettings';
import { ExchangeSettings } from '../exchange/ExchangeSettings';
import { PrivacySettings } from '../rodo/PrivacySettings';
import { TerritorySettings } from '../territory/TerritorySettings';

export function SettingsPage() {
  const { t } = useTranslation();
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => call('app.info', undefined) });
  const rows: [string, string | undefined][] = [
    [t('settings.appVersion'), info.data?.appVersion],
    [t('settings.engine'), info.data && DATABASE_ENGINE_NAMES[info.data.databaseEngine]],
    [t('settings.location'), info.data?.databaseLocation],
    [t('settings.schemaVersion'), info.data?.schemaVersion],
  ];
  return (
    <Stack spacing={3} sx={{ maxWidth: 800 }}>
      <Typography variant="h5" component="h1">
        {t('settings.title')}
      </Typography>
      <Paper sx={{ p: 3 }}>
        <TextField select label={t('settings.language')} value={currentLanguage()} onChange={(event) => setLanguage(event.target.value as Language)} sx={{ maxWidth: 280 }}>
          {Object.entries(LANGUAGES).map(([code, name]) => (
            <MenuItem key={code} value={code} lang={code}>
              {name}
            </MenuItem>
          ))}
        </TextField>
      </Paper>
      <Paper sx={{ p: 3 }}>
        <Button variant="outlined" component={RouterLink} to="/ustawienia/szablony">
          {t('templates.settingsLink')}
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('templates.settingsHint')}
        </Typography>
      </Paper>
      <WorkstationUserSettings />
      <DatabaseSettings />
      <BackupSettings />
      <TerritorySettings />
      <ExchangeSettings />
      <PrivacySettings />
      <Paper sx={{ p: 3 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('settings.database')}
        </Typography>
        <Table size="small">
          <TableBody>
            {rows.map(([name, value]) => (
              <TableRow key={name}>
                <TableCell component="th" scope="row" sx={{ width: 220 }}>
                  {name}
                </TableCell>
                <TableCell>{value ?? '…'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Stack>
  );
}
