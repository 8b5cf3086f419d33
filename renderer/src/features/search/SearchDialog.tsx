/**
 * The global search (Ctrl+K): one box over institutions, people, partnerships, events and agreements, results
 * grouped by kind. The box keeps the focus (an ARIA combobox): ↑ ↓ move through the results, Enter opens one,
 * Esc closes the window.
 */
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { formatDate, formatDateTime } from '../../i18n/format';
import { RECORD_PATHS } from './recordPaths';

const MIN_LENGTH = 2;
const LISTBOX_ID = 'global-search-results';
const optionId = (index: number) => `global-search-option-${index}`;

export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="global-search-title" slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: 8 } } }}>
      {/* Mounted only while open: every opening starts with an empty box. */}
      {open && <SearchPanel onClose={onClose} />}
    </Dialog>
  );
}

function describeHit(hit: SearchHit): string {
  const date = hit.date ? (hit.date.includes('T') ? formatDateTime(hit.date) : formatDate(hit.date)) : null;
  return [date, hit.detail].filter(Boolean).join(' · ');
}

function SearchPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const enabled = query.length >= MIN_LENGTH;
  const results = useQuery({
    queryKey: ['search', 'global', query],
    queryFn: () => call('search.global', { query, limit: 5 }),
    enabled,
    placeholderData: keepPreviousData,
  });
  const groups = enabled ? (results.data?.groups ?? []) : [];
  const hits = groups.flatMap((group) => group.hits);
  // The chosen result belongs to the query it was chosen for: a new query starts again at the first.
  const [chosen, setChosen] = useState({ query: '', index: 0 });
  const active = chosen.query === query ? Math.min(chosen.index, Math.max(hits.length - 1, 0)) : 0;
  const choose = (index: number) => setChosen({ query, index });

  const openHit = (hit: SearchHit) => {
    onClose();
    void navigate(RECORD_PATHS[hit.kind](hit.id));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) choose((active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) openHit(hit);
    }
  };

  // Each group's first position in the flat list the arrows move through.
  const starts = groups.map((_, g) => groups.slice(0, g).reduce((sum, group) => sum + group.hits.length, 0));
  return (
    <>
      <DialogTitle id="global-search-title">{t('search.title')}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          helperText={t('search.hint')}
          sx={{ mt: 1 }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><SearchIcon /></InputAdornment> },
            htmlInput: {
              role: 'combobox',
              'aria-expanded': hits.length > 0,
              'aria-controls': LISTBOX_ID,
              'aria-autocomplete': 'list',
              'aria-activedescendant': hits.length ? optionId(active) : undefined,
              autoComplete: 'off',
            },
          }}
        />
        <Box sx={{ height: 4, mt: 1 }}>{results.isFetching && <LinearProgress aria-label={t('common.loading')} />}</Box>
        {results.error && <Typography color="error">{messageOf(results.error)}</Typography>}
        <Box aria-live="polite" sx={{ mt: 1 }}>
          {!enabled ? (
            <Typography color="text.secondary">{t('search.typeMore')}</Typography>
          ) : results.isSuccess && hits.length === 0 && !results.isPlaceholderData ? (
            <Typography color="text.secondary">{t('search.none', { query })}</Typography>
          ) : null}
        </Box>
        <Box component="ul" role="listbox" id={LISTBOX_ID} aria-label={t('search.results')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {groups.map((group, g) => (
            <Box component="li" role="group" key={group.kind} aria-labelledby={`global-search-group-${group.kind}`} sx={{ mt: 1 }}>
              <Typography id={`global-search-group-${group.kind}`} role="presentation" variant="overline" component="div" color="text.secondary">
                {t(`search.kinds.${group.kind}`)}
              </Typography>
              <Box component="ul" role="none" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                {group.hits.map((hit, h) => {
                  const own = starts[g]! + h;
                  const selected = own === active;
                  return (
                    <Box
                      component="li"
                      role="option"
                      key={`${hit.kind}-${hit.id}`}
                      id={optionId(own)}
                      aria-selected={selected}
                      onMouseMove={() => !selected && choose(own)}
                      onClick={() => openHit(hit)}
                      sx={{
                        px: 1.5,
                        py: 0.75,
                        borderRadius: 1,
                        cursor: 'pointer',
                        borderLeft: 4,
                        borderColor: selected ? 'primary.main' : 'transparent',
                        bgcolor: selected ? 'action.selected' : undefined,
                      }}
                    >
                      <Typography variant="body1">{hit.title}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {describeHit(hit)}
                      </Typography>
                    </Box>
                  );
                })}
              </Box>
            </Box>
          ))}
        </Box>
      </DialogContent>
    </>
  );
}
