/**
 * "Drukuj" on paper: main prints exactly the HTML of the document's PDF through the system's print dialog. In the
 * browser harness there is no such dialog, so main answers with that PDF, which is downloaded for the browser to print.
 */
import LocalPrintshopIcon from '@mui/icons-material/LocalPrintshop';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { saveExportedFile } from '../../api/files';
import { useAction, type ActionMessage } from '../../components/useAction';

export interface PaperPrintButtonProps {
  request: InputOf<'printing.paper'>;
  label: string;
  disabled?: boolean;
  /** What happened, for the page to show: printed, cancelled, the PDF instead, or an error. */
  onResult: (result: NonNullable<ActionMessage>) => void;
}

export function PaperPrintButton({ request, label, disabled, onResult }: PaperPrintButtonProps) {
  const { t } = useTranslation();
  const { busy, run } = useAction({ onError: (failure) => onResult({ severity: 'error', text: messageOf(failure) }) });
  const print = () =>
    run(async () => {
      const result = await call('printing.paper', request);
      if (result.outcome === 'pdf' && result.file) {
        saveExportedFile(result.file);
        onResult({ severity: 'info', text: t('paper.pdf', { file: result.file.fileName }) });
      } else {
        onResult({ severity: result.outcome === 'sent' ? 'success' : 'info', text: t(result.outcome === 'sent' ? 'paper.sent' : 'paper.cancelled') });
      }
    });
  return (
    <Button startIcon={<LocalPrintshopIcon />} disabled={disabled} loading={busy} onClick={() => void print()}>
      {label}
    </Button>
  );
}
