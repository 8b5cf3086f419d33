/** The placeholders a kind of document may use, from the document engine; clicking one inserts it into the body. */
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateKind } from '../../../../preload/contract';
import type { PlaceholderInfo } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';

export const tag = (name: string, sigil = '') => `{{${sigil}${name}}}`;

const MONO = { fontFamily: 'monospace', fontSize: '0.85rem' };

/** `text` to insert and where the cursor goes in it (default: after it). */
export type Insert = (text: string, cursor?: number) => void;

export function PlaceholderPanel({ kind, onInsert }: { kind: TemplateKind; onInsert: Insert }) {
  const { t } = useTranslation();
  const placeholders = useQuery({ queryKey: ['templates', 'placeholders', kind], queryFn: () => call('templates.placeholders', { kind }), staleTime: Infinity });

  const item = (spec: PlaceholderInfo, depth = 0) => (
    <ListItem key={spec.name} disablePadding>
      <ListItemButton dense sx={depth > 0 ? { pl: 4 * depth } : undefined} onClick={() => onInsert(tag(spec.name))} aria-label={t('templates.placeholders.insert', { tag: tag(spec.name) })}>
        <ListItemText primary={tag(spec.name)} secondary={spec.description} slotProps={{ primary: { sx: MONO } }} />
      </ListItemButton>
    </ListItem>
  );

  const listSection = (spec: PlaceholderInfo, depth = 0) => {
    const open = tag(spec.name, '#');
    const close = tag(spec.name, '/');
    return (
      <Fragment key={spec.name}>
        <ListItem disablePadding>
          <ListItemButton dense sx={depth > 0 ? { pl: 4 * depth } : undefined} onClick={() => onInsert(`${open}\n\n${close}`, open.length + 1)} aria-label={t('templates.placeholders.insert', { tag: `${open}…${close}` })}>
            <ListItemText
              primary={`${open}…${close}`}
              secondary={`${spec.description}. ${t('templates.placeholders.listHint', { open, close })}`}
              slotProps={{ primary: { sx: MONO } }}
            />
          </ListItemButton>
        </ListItem>
        {spec.list?.map((field) => (field.list ? listSection(field, depth + 1) : item(field, depth + 1)))}
      </Fragment>
    );
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="template-placeholders-title" sx={{ p: 1, maxHeight: 560, overflowY: 'auto' }}>
      <Typography id="template-placeholders-title" variant="subtitle1" component="h2" sx={{ px: 1 }}>
        {t('templates.placeholders.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ px: 1 }}>
        {t('templates.placeholders.hint')}
      </Typography>
      {placeholders.error && <Alert severity="error">{messageOf(placeholders.error)}</Alert>}
      {placeholders.isLoading && <Typography sx={{ px: 1 }}>{t('common.loading')}</Typography>}
      {placeholders.data && (
        <List dense aria-labelledby="template-placeholders-title">
          {placeholders.data.map((spec) => (spec.list ? listSection(spec) : item(spec)))}
        </List>
      )}
    </Paper>
  );
}
