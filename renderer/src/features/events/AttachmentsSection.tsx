/**
 * Files kept with the event: photos (thumbnails with their captions, the day taken and whether they go to the
 * summary's photo page), the signed attendance list scanned (PDF or an image) and other documents. Each is described
 * in a small dialog: kind, caption, day, "do sprawozdania".
 */
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/Delete';
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_KIND_KEYS, ATTACHMENT_KINDS, type AttachmentKind, type EventAttachment, type EventDetail } from '../../../../preload/contract';
import { call } from '../../api/client';
import { readFileForUpload, saveExportedFile } from '../../api/files';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { ActionAlert, useActions } from '../../components/useAction';
import { formatDate } from '../../i18n/format';
import { useLabel } from '../../i18n';
import { formatInstant } from './warsawTime';

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

/** The photo itself, loaded once per attachment (its checksum names its content); a missing file says so. */
function Thumbnail({ attachment }: { attachment: EventAttachment }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ url: string } | { error: string } | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    call('events.getAttachment', { id: attachment.id })
      .then((file) => {
        if (cancelled) return;
        const extension = file.fileName.split('.').pop()?.toLowerCase() ?? '';
        const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
        url = URL.createObjectURL(new Blob([bytes], { type: IMAGE_TYPES[extension] ?? 'image/*' }));
        setState({ url });
      })
      .catch((error: unknown) => !cancelled && setState({ error: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [attachment.id, attachment.sha256]);
  const alt = attachment.caption ?? attachment.name;
  return (
    <Box sx={{ height: 150, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', overflow: 'hidden' }}>
      {state && 'url' in state && <img src={state.url} alt={alt} style={{ maxWidth: '100%', maxHeight: 150, objectFit: 'contain' }} />}
      {state && 'error' in state && (
        <Typography variant="caption" color="error" sx={{ p: 1 }}>
          {t('events.attachments.thumbnailMissing', { message: state.error })}
        </Typography>
      )}
    </Box>
  );
}

interface Draft {
  kind: AttachmentKind;
  caption: string;
  takenOn: string;
  inSummary: boolean;
}

function DescribeDialog({ attachment, onClose, onSaved }: { attachment: EventAttachment; onClose: () => void; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [draft, setDraft] = useState<Draft>({ kind: attachment.kind, caption: attachment.caption ?? '', takenOn: attachment.takenOn ?? '', inSummary: attachment.inSummary });
  const { busy, message, setMessage, fieldErrors, run } = useActions<'save'>();
  const change = (part: Partial<Draft>) => setDraft({ ...draft, ...part });
  const save = () =>
    run('save', async () => {
      await call('events.updateAttachment', { id: attachment.id, kind: draft.kind, caption: draft.caption, takenOn: draft.takenOn || null, inSummary: draft.kind === 'photo' && draft.inSummary });
      onSaved(t('events.attachments.saved', { name: attachment.name }));
    });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('events.attachments.editTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={1} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {attachment.name}
          </Typography>
          <ActionAlert message={message} onClose={() => setMessage(null)} />
          <TextField select label={t('events.attachments.kind')} value={draft.kind} onChange={(e) => change({ kind: e.target.value as AttachmentKind })} error={Boolean(fieldErrors.kind)} helperText={fieldErrors.kind ?? ' '}>
            {ATTACHMENT_KIND_KEYS.map((key) => (
              <MenuItem key={key} value={key} disabled={key === 'photo' && !attachment.isImage}>
                {label(ATTACHMENT_KINDS[key])}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('events.attachments.caption')}
            value={draft.caption}
            onChange={(e) => change({ caption: e.target.value })}
            error={Boolean(fieldErrors.caption)}
            helperText={fieldErrors.caption ?? t('events.attachments.captionHint')}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          <DateField label={t('events.attachments.takenOn')} value={draft.takenOn} onChange={(takenOn) => change({ takenOn })} error={fieldErrors.takenOn} />
          {draft.kind === 'photo' && (
            <Box>
              <FormControlLabel control={<Checkbox checked={draft.inSummary} onChange={(e) => change({ inSummary: e.target.checked })} />} label={t('events.attachments.inSummary')} />
              {fieldErrors.inSummary && <FormHelperText error>{fieldErrors.inSummary}</FormHelperText>}
            </Box>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={busy === 'save'} onClick={() => void save()}>
          {t('events.attachments.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function AttachmentsSection({ event, refresh }: { event: EventDetail; refresh: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const input = useRef<HTMLInputElement>(null);
  const [deleting, setDeleting] = useState<EventAttachment | null>(null);
  const [describing, setDescribing] = useState<EventAttachment | null>(null);
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
      <Typography variant="body2" color="text.secondary">
        {t('events.attachments.hint')}
      </Typography>
      <ActionAlert message={message} onClose={() => setMessage(null)} />
      {event.attachments.length === 0 ? (
        <Typography color="text.secondary">{t('events.attachments.none')}</Typography>
      ) : (
        <Box component="ul" aria-label={t('events.attachments.title')} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))' }}>
          {event.attachments.map((attachment) => (
            <Card component="li" key={attachment.id} variant="outlined" aria-label={attachment.caption ?? attachment.name}>
              {attachment.isImage ? (
                <Thumbnail attachment={attachment} />
              ) : (
                <Box sx={{ height: 150, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
                  <DescriptionIcon sx={{ fontSize: 64, color: 'text.secondary' }} />
                </Box>
              )}
              <CardContent sx={{ pb: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {attachment.caption ?? <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400, fontStyle: 'italic' }}>{t('events.attachments.noCaption')}</Box>}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="p">
                  {[label(ATTACHMENT_KINDS[attachment.kind]), attachment.takenOn ? formatDate(attachment.takenOn) : null].filter(Boolean).join(' · ')}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="p" sx={{ overflowWrap: 'anywhere' }}>
                  {attachment.name} – {t('events.attachments.addedOn', { when: formatInstant(attachment.createdAt) })}
                </Typography>
                {attachment.inSummary && <Chip size="small" color="primary" variant="outlined" label={t('events.attachments.inSummaryChip')} sx={{ mt: 0.5 }} />}
              </CardContent>
              <CardActions>
                <IconButton aria-label={t('events.attachments.edit', { name: attachment.name })} onClick={() => setDescribing(attachment)}>
                  <EditIcon />
                </IconButton>
                <IconButton aria-label={t('events.attachments.download', { name: attachment.name })} onClick={() => void run('file', async () => saveExportedFile(await call('events.getAttachment', { id: attachment.id })))}>
                  <DownloadIcon />
                </IconButton>
                <IconButton aria-label={t('events.attachments.delete', { name: attachment.name })} onClick={() => setDeleting(attachment)}>
                  <DeleteIcon />
                </IconButton>
              </CardActions>
            </Card>
          ))}
        </Box>
      )}
      {describing && (
        <DescribeDialog
          key={describing.id}
          attachment={describing}
          onClose={() => setDescribing(null)}
          onSaved={(text) => {
            setDescribing(null);
            setMessage({ severity: 'success', text });
            void refresh();
          }}
        />
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
