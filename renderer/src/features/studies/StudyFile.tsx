/** The study's file (PDF or DOCX): attach, download (checksum verified by main) or detach after asking. */
import DeleteIcon from '@mui/icons-material/Delete';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Study } from '../../../../preload/contract';
import { call } from '../../api/client';
import { readFileForUpload, saveExportedFile } from '../../api/files';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ActionAlert, useAction } from '../../components/useAction';

export function StudyFile({ study }: { study: Study }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  const { busy, message, run } = useAction({ afterEach: () => setConfirming(false) });
  const act = (work: () => Promise<unknown>) =>
    run(async () => {
      await work();
      await client.invalidateQueries({ queryKey: ['studies'] });
    });
  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void act(async () => call('studies.setFile', { studyId: study.id, file: await readFileForUpload(file) }));
  };
  const download = () =>
    void run(async () => {
      const { file } = await call('studies.getFile', { studyId: study.id });
      if (file) saveExportedFile(file);
    });
  return (
    <Stack spacing={1} sx={{ mt: 4 }} component="section" aria-labelledby="study-file-title">
      <Divider />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography id="study-file-title" variant="h6" component="h2">
            {t('studies.file.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('studies.file.hint')}
          </Typography>
        </Box>
        <Button startIcon={<FileUploadIcon />} loading={busy} onClick={() => input.current?.click()}>
          {t('studies.file.upload')}
        </Button>
        <Button startIcon={<FileDownloadIcon />} disabled={!study.file || busy} onClick={download}>
          {t('studies.file.download')}
        </Button>
        <Button color="error" startIcon={<DeleteIcon />} disabled={!study.file || busy} onClick={() => setConfirming(true)}>
          {t('studies.file.remove')}
        </Button>
        <input ref={input} type="file" hidden accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={upload} data-testid="study-file-input" />
      </Stack>
      <ActionAlert message={message} />
      <Typography color={study.file ? 'text.primary' : 'text.secondary'}>{study.file ? study.file.name : t('studies.file.none')}</Typography>
      <ConfirmDialog
        open={confirming}
        title={t('studies.file.removeTitle')}
        text={t('studies.file.removeText', { title: study.title, name: study.file?.name ?? '' })}
        confirmLabel={t('studies.file.remove')}
        busy={busy}
        onConfirm={() => void act(() => call('studies.clearFile', { studyId: study.id }))}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
