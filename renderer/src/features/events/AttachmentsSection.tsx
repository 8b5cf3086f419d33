/** Files kept with the event: the signed attendance list scanned, photos of a flip chart (PDF, JPG, PNG). */
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/Delete';
import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventAttachment, EventDetail } from '../../../../preload/contract';
import { call } from '../../api/client';
import { readFileForUpload, saveExportedFile } from '../../api/files';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ActionAlert, useActions } from '../../components/useAction';
import { formatInstant } from './warsawTime';

export function AttachmentsSection({ event, refresh }: { event: EventDetail; refresh: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [deleting, setDeleting] = useState<EventAttachment | null>(null);
  const { busy, message, setMessage, run } = useActions<'upload' | 'file'>();

  const upload = async (files: FileList | null) => {
    if (!files?.length) return;
    await run('upload', async () => {
      try {
        for (const file of Array.from(files)) await call('events.addAttachment', { eventId: event.id, file: await readFileForUpload(file) });
      } finally {
        if (input.current) input.current.value = '';
        await refresh();
      }
    });
  };

  const remove = async (attachment: EventAttachment) => {
    setDeleting(null);
    await run('file', async () => {
      await call('events.deleteAttachment', { id: attachment.id });
    });
    await refresh();
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h2">
          {t('events.attachments.title')}
        </Typography>
        <Button startIcon={<AttachFileIcon />} loading={busy === 'upload'} onClick={() => input.current?.click()}>
          {t('events.attachments.add')}
        </Button>
        <input ref={input} type="file" hidden multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-label={t('events.attachments.add')} onChange={(e) => void upload(e.target.files)} />
      </Stack>
      <ActionAlert message={message} onClose={() => setMessage(null)} />
      {event.attachments.length === 0 ? (
        <Typography color="text.secondary">{t('events.attachments.none')}</Typography>
      ) : (
        <List dense aria-label={t('events.attachments.title')}>
          {event.attachments.map((attachment) => (
            <ListItem
              key={attachment.id}
              secondaryAction={
                <>
                  <IconButton aria-label={t('events.attachments.download', { name: attachment.name })} onClick={() => void run('file', async () => saveExportedFile(await call('events.getAttachment', { id: attachment.id })))}>
                    <DownloadIcon />
                  </IconButton>
                  <IconButton edge="end" aria-label={t('events.attachments.delete', { name: attachment.name })} onClick={() => setDeleting(attachment)}>
                    <DeleteIcon />
                  </IconButton>
                </>
              }
            >
              <ListItemText primary={attachment.name} secondary={t('events.attachments.addedOn', { when: formatInstant(attachment.createdAt) })} />
            </ListItem>
          ))}
        </List>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('events.attachments.deleteTitle')}
        text={t('events.attachments.deleteText', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        onConfirm={() => void remove(deleting!)}
        onCancel={() => setDeleting(null)}
      />
    </Stack>
  );
}
