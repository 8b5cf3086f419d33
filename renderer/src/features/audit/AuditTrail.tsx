/**
 * "Historia zmian" of a record: who changed what and when, newest first, with the changes of its child rows
 * (members, participants, attendance). Collapsed at first; the log is read only when opened.
 */
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_ACTIONS,
  AUDIT_FIELDS,
  AUDIT_TABLES,
  AUDIT_VOCABULARIES,
  type AuditEntry,
  type AuditRecordTable,
  type Label,
} from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { formatDateTime } from '../../i18n/format';
import { useLabel } from '../../i18n';

interface Change {
  field: string;
  before?: string;
  after?: string;
}

const MAX_TEXT = 240;

type Show = (value: unknown, vocabulary?: Record<string, Label>) => string;

/** What one entry says, field by field: changed values as before → after, unchanged ones (the context) apart. */
function changesOf(entry: AuditEntry, show: Show): { changes: Change[]; context: string[] } {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const changes: Change[] = [];
  const context: string[] = [];
  for (const field of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const vocabulary = AUDIT_VOCABULARIES[entry.table]?.[field];
    const was = field in before ? show(before[field], vocabulary) : undefined;
    const now = field in after ? show(after[field], vocabulary) : undefined;
    if (entry.action === 'update' && was === now) context.push(now ?? '');
    else changes.push({ field, before: entry.action === 'create' ? undefined : was, after: entry.action === 'delete' ? undefined : now });
  }
  return { changes, context };
}

export function AuditTrail({ table, id }: { table: AuditRecordTable; id: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const entries = useQuery({ queryKey: ['audit', table, id], queryFn: () => call('audit.forRecord', { table, id }), enabled: open });

  const show = (names: Record<string, string>): Show => (value, vocabulary) => {
    const named = (item: string) => (vocabulary?.[item] ? label(vocabulary[item]) : names[item]) ?? item;
    if (value === null || value === undefined || value === '') return t('audit.nothing');
    if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
    if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : named(value);
    if (typeof value === 'number') return String(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map(named).join(', ') || t('audit.nothing');
    const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? (names[item] ?? item) : item));
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  };
  const fieldLabel = (field: string) => (AUDIT_FIELDS[field] ? label(AUDIT_FIELDS[field]) : field);
  const tableLabel = (name: string) => {
    const entry = (AUDIT_TABLES as Record<string, Label>)[name];
    return entry ? label(entry) : name;
  };

  return (
    <Accordion expanded={open} onChange={(_event, expanded) => setOpen(expanded)} disableGutters sx={{ mt: 3 }} slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} id={`${headingId}-summary`} aria-controls={`${headingId}-details`}>
        <Typography component="h2" variant="subtitle1">
          {t('audit.title')}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id={`${headingId}-details`}>
        <Typography variant="body2" color="text.secondary">
          {t('audit.hint')}
        </Typography>
        {entries.error && <Alert severity="error">{messageOf(entries.error)}</Alert>}
        {entries.isPending && <Typography>{t('common.loading')}</Typography>}
        {entries.data?.length === 0 && <Typography color="text.secondary">{t('audit.empty')}</Typography>}
        {entries.data && entries.data.length > 0 && (
          <List dense aria-label={t('audit.title')}>
            {entries.data.map((entry) => {
              const { changes, context } = changesOf(entry, show(entry.names));
              return (
                <ListItem key={entry.id} divider sx={{ display: 'block' }}>
                  <Typography variant="body2" color="text.secondary">
                    {formatDateTime(entry.at)} · {entry.userName}
                  </Typography>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {t('audit.entry', { action: label(AUDIT_ACTIONS[entry.action]), what: tableLabel(entry.table) })}
                    {context.length > 0 && ` – ${context.join(', ')}`}
                  </Typography>
                  <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                    {changes.map((change) => (
                      <Typography component="li" variant="body2" key={change.field} sx={{ overflowWrap: 'anywhere' }}>
                        {fieldLabel(change.field)}:{' '}
                        {change.before !== undefined && change.after !== undefined ? `${change.before} → ${change.after}` : (change.after ?? change.before)}
                      </Typography>
                    ))}
                  </Box>
                </ListItem>
              );
            })}
          </List>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
