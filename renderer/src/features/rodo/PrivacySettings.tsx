import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RodoSettings } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { PersonPicker } from '../../components/PersonPicker';
import { ActionAlert, useAction } from '../../components/useAction';
import { formatDate } from '../../i18n/format';
import { AuditExport } from '../audit/AuditExport';
import { usePrivacyActions } from './usePrivacyActions';

/**
 * Ustawienia → Dane osobowe (RODO): the retention period and the information clause, the people whose retention
 * period has passed (export, "Anonimizuj"), the export of one person's data (and, from the audit log, the change history as XLSX).
 */
export function PrivacySettings() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: ['rodo', 'settings'], queryFn: () => call('rodo.settings', undefined) });
  // Outlives the form, which starts afresh with the saved values (and would lose its "saved" message with them).
  const saving = useAction();
  return (
    <Paper sx={{ p: 3 }} component="section" aria-labelledby="privacy-settings-title">
      <Stack spacing={2}>
        <Typography id="privacy-settings-title" variant="h6" component="h2">
          {t('privacy.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('privacy.intro')}
        </Typography>
        {settings.error && <Alert severity="error">{messageOf(settings.error)}</Alert>}
        {settings.data && <RetentionForm key={`${settings.data.retentionYears} ${settings.data.clause}`} settings={settings.data} saving={saving} />}
        <DueList />
        <PersonExport />
        <AuditExport />
      </Stack>
    </Paper>
  );
}

function RetentionForm({ settings, saving }: { settings: RodoSettings; saving: ReturnType<typeof useAction> }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [years, setYears] = useState(String(settings.retentionYears));
  const [clause, setClause] = useState(settings.clause);
  const { busy, message, setMessage, fieldErrors, run } = saving;
  const isDefault = clause.trim() === settings.defaultClause.trim();

  const save = () =>
    run(async () => {
      await call('rodo.saveSettings', { retentionYears: Number(years), clause: isDefault ? null : clause });
      await client.invalidateQueries({ queryKey: ['rodo'] });
      return t('privacy.settingsSaved');
    });

  return (
    <Stack spacing={2}>
      <TextField
        type="number"
        label={t('privacy.retentionYears')}
        value={years}
        onChange={(event) => setYears(event.target.value)}
        error={Boolean(fieldErrors.retentionYears)}
        helperText={fieldErrors.retentionYears ?? t('privacy.retentionHint')}
        slotProps={{ htmlInput: { min: 1, max: 50, step: 1 } }}
        sx={{ maxWidth: 360 }}
      />
      <TextField
        multiline
        minRows={6}
        maxRows={16}
        label={t('privacy.clause')}
        value={clause}
        onChange={(event) => setClause(event.target.value)}
        error={Boolean(fieldErrors.clause)}
        helperText={fieldErrors.clause ?? (isDefault ? t('privacy.clauseDefault') : t('privacy.clauseOwn'))}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Button variant="contained" loading={busy} onClick={() => void save()}>
          {t('privacy.saveSettings')}
        </Button>
        <Button disabled={isDefault || busy} onClick={() => setClause(settings.defaultClause)}>
          {t('privacy.restoreDefault')}
        </Button>
      </Stack>
      <ActionAlert message={message} onClose={() => setMessage(null)} />
    </Stack>
  );
}

function DueList() {
  const { t } = useTranslation();
  const due = useQuery({ queryKey: ['rodo', 'due'], queryFn: () => call('rodo.due', {}) });
  const actions = usePrivacyActions();
  return (
    <Stack spacing={1} component="section" aria-labelledby="privacy-due-title">
      <Typography id="privacy-due-title" variant="subtitle1" component="h3">
        {t('privacy.dueTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('privacy.dueHint')}
      </Typography>
      {due.error && <Alert severity="error">{messageOf(due.error)}</Alert>}
      {due.data?.length === 0 && <Typography>{t('privacy.dueEmpty')}</Typography>}
      {due.data && due.data.length > 0 && (
        <Table size="small" aria-labelledby="privacy-due-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('privacy.person')}</TableCell>
              <TableCell>{t('privacy.institution')}</TableCell>
              <TableCell>{t('privacy.lastProject')}</TableCell>
              <TableCell>{t('privacy.retentionEnded')}</TableCell>
              <TableCell>{t('privacy.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {due.data.map((person) => {
              const name = `${person.firstName} ${person.lastName}`;
              return (
                <TableRow key={person.personId}>
                  <TableCell>{name}</TableCell>
                  <TableCell>{person.institutionName ?? t('audit.nothing')}</TableCell>
                  <TableCell>
                    {person.lastProjectName} ({formatDate(person.lastProjectEnd)})
                  </TableCell>
                  <TableCell>{formatDate(person.retentionEndedOn)}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      <Button size="small" aria-label={t('privacy.exportFor', { name, format: 'PDF' })} disabled={actions.busy} onClick={() => void actions.exportData(person.personId, 'pdf')}>
                        PDF
                      </Button>
                      <Button size="small" aria-label={t('privacy.exportFor', { name, format: 'JSON' })} disabled={actions.busy} onClick={() => void actions.exportData(person.personId, 'json')}>
                        JSON
                      </Button>
                      <Button
                        size="small"
                        color="warning"
                        aria-label={t('privacy.anonymiseFor', { name })}
                        disabled={actions.busy}
                        onClick={() => actions.anonymise({ personId: person.personId, version: person.version, name })}
                      >
                        {t('privacy.anonymise')}
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <ActionAlert message={actions.message} onClose={() => actions.setMessage(null)} />
      {actions.dialog}
    </Stack>
  );
}

function PersonExport() {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState<string | null>(null);
  const actions = usePrivacyActions();
  return (
    <Stack spacing={1} component="section" aria-labelledby="privacy-export-title">
      <Typography id="privacy-export-title" variant="subtitle1" component="h3">
        {t('privacy.exportTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('privacy.exportHint')}
      </Typography>
      <Box sx={{ maxWidth: 520 }}>
        <PersonPicker label={t('privacy.choosePerson')} value={personId} onChange={(id) => setPersonId(id)} />
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Button variant="outlined" disabled={!personId} loading={actions.busy} onClick={() => personId && void actions.exportData(personId, 'pdf')}>
          {t('privacy.exportPdf')}
        </Button>
        <Button variant="outlined" disabled={!personId} loading={actions.busy} onClick={() => personId && void actions.exportData(personId, 'json')}>
          {t('privacy.exportJson')}
        </Button>
      </Stack>
      <ActionAlert message={actions.message} onClose={() => actions.setMessage(null)} />
    </Stack>
  );
}
