/**
 * Below a saved agreement: printing it from its template (PDF or DOCX, in colour or black and white) and
 * the scan of the signed copy (attach, download).
 */
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, PrintFormat } from '../../../../preload/contract';
import { ApiError, call } from '../../api/client';
import { readFileForUpload, saveExportedFile } from '../../api/files';
import { ActionAlert, useActions } from '../../components/useAction';
import { PaperPrintButton } from '../printing/PaperPrintButton';

/** The print's missing values (`strony.1.strona.adres`) as the form's fields (`parties.1.address`). */
const PRINT_FIELDS: Record<string, string> = {
  numer: 'number',
  przedmiot: 'subject',
  data_sporzadzenia: 'draftedOn',
  data_podpisania: 'signedOn',
  obowiazuje_do: 'validUntil',
  nazwa: 'name',
  adres: 'address',
  nip: 'nip',
  regon: 'regon',
  // The first representative (templates written for one) and the list of them: shown above the party's representatives.
  przedstawiciel: 'representatives',
  funkcja: 'representatives',
  reprezentanci: 'representatives',
};

export function printErrorsAsFields(errors: Record<string, string>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const person = /^strony\.(\d+)\.strona\.reprezentanci\.(\d+)\.reprezentant\.(imie_nazwisko|funkcja)$/.exec(path);
    if (person) {
      fields[`parties.${person[1]}.representatives.${person[2]}.${person[3] === 'funkcja' ? 'function' : 'name'}`] = message;
      continue;
    }
    const party = /^strony\.(\d+)\.strona\.(\w+)$/.exec(path);
    const field = party ? PRINT_FIELDS[party[2]!] && `parties.${party[1]}.${PRINT_FIELDS[party[2]!]}` : PRINT_FIELDS[path];
    if (field) fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
  }
  return fields;
}

export function AgreementDocuments(props: {
  agreement: Agreement;
  /** Unsaved changes in the form: the print and the scan wait until they are saved. */
  dirty: boolean;
  onPrintErrors: (fieldErrors: Record<string, string>) => void;
  onChanged: () => Promise<unknown>;
  /** Kept by the page: attaching a scan makes a new version, and the form starts afresh with it. */
  notice: string | null;
  setNotice: (notice: string | null) => void;
}) {
  const { t } = useTranslation();
  const { agreement } = props;
  const [monochrome, setMonochrome] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const { busy, message, setMessage, run } = useActions<PrintFormat | 'scan' | 'download'>({
    onError: (failure) => {
      if (failure instanceof ApiError) props.onPrintErrors(printErrorsAsFields(failure.fieldErrors));
    },
  });

  const { notice, setNotice } = props;
  const act = (what: PrintFormat | 'scan' | 'download', work: () => Promise<void>) => {
    setNotice(null);
    return run(what, work);
  };

  const print = (format: PrintFormat) => act(format, async () => saveExportedFile(await call('agreements.print', { id: agreement.id, format, monochrome })));

  const attach = (file: File) =>
    act('scan', async () => {
      const saved = await call('agreements.attachScan', { agreementId: agreement.id, version: agreement.version, file: await readFileForUpload(file) });
      setNotice(t('agreements.documents.scanSaved', { name: saved.scan?.name ?? file.name }));
      await props.onChanged();
    });

  const download = () => act('download', async () => saveExportedFile(await call('agreements.getScan', { agreementId: agreement.id })));

  return (
    <Stack spacing={2} component="section" aria-labelledby="agreement-documents-title" sx={{ mt: 3 }}>
      <Divider />
      <Typography id="agreement-documents-title" variant="h6" component="h2">
        {t('agreements.documents.title')}
      </Typography>
      {props.dirty && <Alert severity="info">{t('agreements.documents.unsaved')}</Alert>}
      <ActionAlert message={message} />
      {notice && <Alert severity="success">{notice}</Alert>}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <Button variant="outlined" startIcon={<PrintIcon />} disabled={props.dirty} loading={busy === 'pdf'} onClick={() => void print('pdf')}>
          {t('agreements.documents.printPdf')}
        </Button>
        <Button variant="outlined" startIcon={<PrintIcon />} disabled={props.dirty} loading={busy === 'docx'} onClick={() => void print('docx')}>
          {t('agreements.documents.printDocx')}
        </Button>
        <PaperPrintButton
          label={t('agreements.documents.printPaper')}
          disabled={props.dirty}
          request={{ document: 'agreement', id: agreement.id, monochrome }}
          onResult={(result) => (result.severity === 'error' ? setMessage(result) : setNotice(result.text))}
        />
        <FormControlLabel control={<Checkbox checked={monochrome} onChange={(event) => setMonochrome(event.target.checked)} />} label={t('agreements.documents.monochrome')} />
      </Stack>
      <Stack spacing={1}>
        <Typography variant="subtitle1" component="h3">
          {t('agreements.documents.scan')}
        </Typography>
        {agreement.scan ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <AttachFileIcon fontSize="small" color="action" />
            <Typography>{agreement.scan.name}</Typography>
          </Stack>
        ) : (
          <Typography color="text.secondary">{t('agreements.documents.noScan')}</Typography>
        )}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          <Button variant="outlined" startIcon={<AttachFileIcon />} disabled={props.dirty} loading={busy === 'scan'} onClick={() => fileInput.current?.click()}>
            {t(agreement.scan ? 'agreements.documents.replaceScan' : 'agreements.documents.attachScan')}
          </Button>
          {agreement.scan && (
            <Button startIcon={<DownloadIcon />} loading={busy === 'download'} onClick={() => void download()}>
              {t('agreements.documents.downloadScan')}
            </Button>
          )}
          <Typography variant="body2" color="text.secondary">
            {t('agreements.documents.scanHint')}
          </Typography>
        </Stack>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void attach(file);
          }}
        />
      </Stack>
    </Stack>
  );
}
