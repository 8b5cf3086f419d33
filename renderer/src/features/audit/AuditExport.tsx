import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/files';
import { DateField } from '../../components/DateField';
import { ActionAlert, useAction } from '../../components/useAction';

/** Ustawienia → the change history (audit log) of a period as an XLSX sheet. */
export function AuditExport() {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { busy, message, setMessage, fieldErrors, run } = useAction();

  const exportLog = () =>
    run(async () => {
      const file = await call('audit.export', { from: from || null, to: to || null });
      saveExportedFile(file);
      return t('audit.exported', { name: file.fileName });
    });

  return (
    <Stack spacing={1} component="section" aria-labelledby="audit-export-title">
      <Typography id="audit-export-title" variant="subtitle1" component="h3">
        {t('audit.exportTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('audit.exportHint')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
        <DateField label={t('audit.from')} value={from} onChange={setFrom} error={fieldErrors.from} />
        <DateField label={t('audit.to')} value={to} onChange={setTo} error={fieldErrors.to} />
        <Button variant="outlined" loading={busy} onClick={() => void exportLog()} sx={{ flexShrink: 0, mt: { md: 1 } }}>
          {t('audit.export')}
        </Button>
      </Stack>
      <ActionAlert message={message} onClose={() => setMessage(null)} />
    </Stack>
  );
}
