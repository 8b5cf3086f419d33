/**
 * The project's two logo strips printed on documents: in colour, and without the national colours for
 * black-and-white prints (ESF rules). Each shows the stored image and can be replaced or removed.
 */
import DeleteIcon from '@mui/icons-material/Delete';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_VARIANT_KEYS, type ExportedFile, type LogoVariant, type Project } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { readFileForUpload } from '../../api/files';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ActionAlert, useAction } from '../../components/useAction';

/** The image type of a stored logo, by its content (PNG, JPG) or else SVG, the only other type main accepts. */
function dataUrl(file: ExportedFile): string {
  const content = file.contentBase64;
  const type = content.startsWith('iVBORw0KGgo') ? 'image/png' : content.startsWith('/9j/') ? 'image/jpeg' : 'image/svg+xml';
  return `data:${type};base64,${content}`;
}

export function ProjectLogos({ project }: { project: Project }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ mt: 4 }}>
      <Divider />
      <Typography variant="h6" component="h2">
        {t('projects.logos.title')}
      </Typography>
      {LOGO_VARIANT_KEYS.map((variant) => (
        <LogoStrip key={variant} project={project} variant={variant} />
      ))}
    </Stack>
  );
}

function LogoStrip({ project, variant }: { project: Project; variant: LogoVariant }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  const { busy, message, run } = useAction({ afterEach: () => setConfirming(false) });
  const stored = project.logos[variant];
  const logo = useQuery({
    queryKey: ['projects', 'logo', project.id, variant, stored?.sha256],
    queryFn: () => call('projects.getLogo', { projectId: project.id, variant }),
    enabled: stored !== null,
  });
  const titleId = `project-logo-${variant}`;
  const variantName = t(variant === 'color' ? 'projects.logos.variantColor' : 'projects.logos.variantMono');

  const act = (work: () => Promise<unknown>) =>
    run(async () => {
      await work();
      await client.invalidateQueries({ queryKey: ['projects'] });
    });

  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void act(async () => call('projects.setLogo', { projectId: project.id, variant, file: await readFileForUpload(file) }));
  };

  return (
    <Box component="section" aria-labelledby={titleId}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography id={titleId} variant="subtitle1" component="h3">
            {t(variant === 'color' ? 'projects.logos.color' : 'projects.logos.mono')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t(variant === 'color' ? 'projects.logos.colorHint' : 'projects.logos.monoHint')} {t('projects.logos.formats')}
          </Typography>
        </Box>
        <Button startIcon={<FileUploadIcon />} loading={busy} onClick={() => input.current?.click()}>
          {t('projects.logos.upload')}
        </Button>
        <Button color="error" startIcon={<DeleteIcon />} disabled={!stored || busy} onClick={() => setConfirming(true)}>
          {t('projects.logos.remove')}
        </Button>
        <input ref={input} type="file" hidden accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml" onChange={upload} />
      </Stack>
      <ActionAlert message={message} sx={{ mt: 1 }} />
      <Box sx={{ mt: 1, p: 1, border: 1, borderColor: 'divider', borderRadius: 1, minHeight: 64, display: 'flex', alignItems: 'center', bgcolor: '#fff' }}>
        {!stored ? (
          <Typography color="text.secondary">{t('projects.logos.none')}</Typography>
        ) : logo.error ? (
          <Typography color="error">{messageOf(logo.error)}</Typography>
        ) : logo.data?.file ? (
          <Box component="img" src={dataUrl(logo.data.file)} alt={t('projects.logos.alt', { name: project.name, variant: variantName })} sx={{ maxWidth: '100%', maxHeight: 120 }} />
        ) : (
          <Typography color="text.secondary">{t('projects.logos.loading')}</Typography>
        )}
      </Box>
      {stored && (
        <Typography variant="caption" color="text.secondary">
          {stored.name}
        </Typography>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('projects.logos.removeTitle')}
        text={t('projects.logos.removeText', { name: project.name, variant: variantName })}
        confirmLabel={t('projects.logos.remove')}
        busy={busy}
        onConfirm={() => void act(() => call('projects.clearLogo', { projectId: project.id, variant }))}
        onCancel={() => setConfirming(false)}
      />
    </Box>
  );
}
