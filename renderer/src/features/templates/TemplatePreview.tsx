/**
 * The live preview: the body as typed, after a pause, filled with example data by main. Problems (unknown
 * placeholders, a section not closed…) are listed instead of the document. The document is shown in a
 * sandboxed frame with no permissions at all: it needs no scripts, and the template's text is the user's.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateKind } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';

const DELAY_MS = 400;

/** `value`, once it has stopped changing for `delay` ms. */
function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export function TemplatePreview({ kind, body }: { kind: TemplateKind; body: string }) {
  const { t } = useTranslation();
  const settled = useDebounced(body, DELAY_MS);
  const preview = useQuery({
    queryKey: ['templates', 'preview', kind, settled],
    queryFn: () => call('templates.preview', { kind, body: settled }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const problems = preview.data?.problems ?? [];

  return (
    <Stack spacing={1} component="section" aria-labelledby="template-preview-title" sx={{ mt: 4 }}>
      <Typography id="template-preview-title" variant="h6" component="h2">
        {t('templates.preview.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('templates.preview.sample')}
      </Typography>
      {preview.error && <Alert severity="error">{messageOf(preview.error)}</Alert>}
      {problems.length > 0 && (
        <Alert severity="warning">
          <AlertTitle>{t('templates.preview.problemsTitle')}</AlertTitle>
          <Box component="ul" aria-label={t('templates.preview.problems')} sx={{ m: 0, pl: 2 }}>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </Box>
        </Alert>
      )}
      {preview.isLoading && <Typography color="text.secondary">{t('templates.preview.loading')}</Typography>}
      {preview.data?.html && (
        <Box
          component="iframe"
          title={t('templates.preview.frame')}
          srcDoc={preview.data.html}
          sandbox=""
          sx={{ width: '100%', height: 700, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: '#fff' }}
        />
      )}
    </Stack>
  );
}
