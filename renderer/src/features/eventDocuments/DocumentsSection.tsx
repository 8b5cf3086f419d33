/** What offices print for an event: the attendance list, certificates of participation (numbered in their register) and name badges. */
import BadgeIcon from '@mui/icons-material/Badge';
import FolderCopyIcon from '@mui/icons-material/FolderCopy';
import PrintIcon from '@mui/icons-material/Print';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CertificatePlan, EventDetail, ExportedFile, IssuedCertificate } from '../../../../preload/contract';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/files';
import { ActionAlert, useActions, type ActionMessage } from '../../components/useAction';
import { PaperPrintButton } from '../printing/PaperPrintButton';
import { CertificatePlanDialog } from './CertificatePlanDialog';

const MAX_BLANK_ROWS = 20;

export function DocumentsSection({ event, refresh }: { event: EventDetail; refresh: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [blankRows, setBlankRows] = useState('0');
  const [monochrome, setMonochrome] = useState(false);
  const [issued, setIssued] = useState<IssuedCertificate[] | null>(null);
  const [plan, setPlan] = useState<CertificatePlan | null>(null);
  const [paper, setPaper] = useState<ActionMessage>(null);
  const { busy, message, setMessage, run } = useActions<'attendance' | 'badges' | 'certificates' | 'plan' | 'issue' | 'folder'>();
  const rows = Number(blankRows);
  const rowsValid = /^\d+$/.test(blankRows.trim()) && rows >= 0 && rows <= MAX_BLANK_ROWS;
  const presentCount = event.participants.filter((participant) => participant.present).length;

  const print = (name: 'attendance' | 'badges' | 'certificates', make: () => Promise<ExportedFile>) => run(name, async () => saveExportedFile(await make()));

  // First who gets one and who is left out under the event's rule; numbering only after that is seen.
  const showPlan = () => run('plan', async () => setPlan(await call('eventDocuments.certificatePlan', { eventId: event.id })));

  const issue = () =>
    run('issue', async () => {
      setIssued(await call('eventDocuments.issueCertificates', { eventId: event.id, issuedOn: null }));
      setPlan(null);
      await refresh();
    });

  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        {t('eventDocuments.title')}
      </Typography>
      <ActionAlert message={message} onClose={() => setMessage(null)} />
      <ActionAlert message={paper} onClose={() => setPaper(null)} />
      {issued && (
        <Alert severity={issued.length ? 'success' : 'info'} onClose={() => setIssued(null)}>
          {issued.length
            ? t('eventDocuments.issued', { count: issued.length, numbers: issued.map((certificate) => certificate.number).join(', ') })
            : t('eventDocuments.noneToIssue')}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <TextField
          size="small"
          label={t('eventDocuments.blankRows')}
          value={blankRows}
          onChange={(e) => setBlankRows(e.target.value)}
          error={!rowsValid}
          helperText={rowsValid ? undefined : t('eventDocuments.blankRowsError', { max: MAX_BLANK_ROWS })}
          sx={{ width: 140 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', min: 0, max: MAX_BLANK_ROWS } }}
        />
        <FormControlLabel control={<Checkbox checked={monochrome} onChange={(e) => setMonochrome(e.target.checked)} />} label={t('eventDocuments.monochrome')} />
        <Button
          variant="contained"
          startIcon={<PrintIcon />}
          disabled={!rowsValid}
          loading={busy === 'attendance'}
          onClick={() => void print('attendance', () => call('eventDocuments.attendanceList', { eventId: event.id, blankRows: rows, monochrome, format: 'pdf' }))}
        >
          {t('eventDocuments.attendanceList')}
        </Button>
        <PaperPrintButton
          label={t('eventDocuments.printAttendanceList')}
          disabled={!rowsValid}
          request={{ document: 'attendanceList', eventId: event.id, blankRows: rows, monochrome }}
          onResult={setPaper}
        />
        <Button startIcon={<BadgeIcon />} loading={busy === 'badges'} disabled={event.participants.length === 0 && event.leaders.length === 0} onClick={() => void print('badges', () => call('eventDocuments.badges', { eventId: event.id, monochrome }))}>
          {t('eventDocuments.badges')}
        </Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Button startIcon={<WorkspacePremiumIcon />} loading={busy === 'plan'} disabled={presentCount === 0} onClick={() => void showPlan()}>
          {t('eventDocuments.issue')}
        </Button>
        <Button
          startIcon={<PrintIcon />}
          loading={busy === 'certificates'}
          disabled={event.certificateCount === 0}
          onClick={() => void print('certificates', () => call('eventDocuments.certificatesPdf', { eventId: event.id, monochrome, placeOfIssue: null }))}
        >
          {t('eventDocuments.certificates')}
        </Button>
        <PaperPrintButton
          label={t('eventDocuments.printCertificates')}
          disabled={event.certificateCount === 0}
          request={{ document: 'certificates', eventId: event.id, monochrome, placeOfIssue: null }}
          onResult={setPaper}
        />
        <Typography variant="body2" color="text.secondary">
          {event.certificateCount ? t('eventDocuments.certificateCount', { count: event.certificateCount }) : t('eventDocuments.noCertificates')}
        </Typography>
        {event.certificateCount > 0 && (
          <Link component={RouterLink} to={`/wydarzenia/rejestr-zaswiadczen?wydarzenie=${encodeURIComponent(event.id)}`} variant="body2">
            {t('eventDocuments.register.link')}
          </Link>
        )}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Button
          variant="outlined"
          startIcon={<FolderCopyIcon />}
          loading={busy === 'folder'}
          loadingPosition="start"
          onClick={() =>
            void run('folder', async () => {
              const file = await call('eventDocuments.folder', { eventId: event.id });
              saveExportedFile(file);
              return t('eventDocuments.folderSaved', { name: file.fileName });
            })
          }
        >
          {t('eventDocuments.folder')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {t('eventDocuments.folderHint')}
        </Typography>
      </Stack>
      <CertificatePlanDialog plan={plan} busy={busy === 'issue'} onConfirm={() => void issue()} onCancel={() => setPlan(null)} />
    </Stack>
  );
}
