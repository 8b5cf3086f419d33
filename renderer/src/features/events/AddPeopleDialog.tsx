/**
 * "Dodaj uczestników": many people at once. Ticking people in the search results (the search stays after each
 * tick), all staff of an institution with one button, or a pasted list of names matched to the register — names
 * not found are shown to be added to the register or skipped. Nothing is saved until "Dodaj N osób".
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForSearch, type ParticipantsAdded, type Person } from '../../../../preload/contract';
import { call } from '../../api/client';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { ActionAlert, useAction } from '../../components/useAction';

const RESULT_LIMIT = 50;

const fullName = (person: Person) => `${person.firstName} ${person.lastName}`;
const details = (person: Person) => [person.position, person.institutionName].filter(Boolean).join(' · ');

/** A pasted line as a name: numbering ("1.", "2)") and what follows a comma, semicolon or tab (an institution) dropped. */
export function nameOfLine(line: string): string {
  return line
    .replace(/^\s*\d+\s*[.)]\s*/, '')
    .split(/[,;\t]/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

/** A pasted name not found in the register (or found more than once): what to do with it. */
interface PastedName {
  text: string;
  candidates: Person[];
  state: 'unmatched' | 'ambiguous' | 'skipped';
}

export function AddPeopleDialog({ eventId, onClose, onAdded }: { eventId: string; onClose: () => void; onAdded: (result: ParticipantsAdded) => Promise<void> }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'search' | 'institution' | 'paste'>('search');
  const [chosen, setChosen] = useState<Person[]>([]);
  const { busy, message, run } = useAction();
  const choose = (people: Person[]) =>
    setChosen((current) => {
      const known = new Set(current.map((person) => person.id));
      return [...current, ...people.filter((person) => !known.has(person.id) && known.add(person.id))];
    });
  const toggle = (person: Person) => (chosen.some((p) => p.id === person.id) ? setChosen((current) => current.filter((p) => p.id !== person.id)) : choose([person]));
  const submit = () => run(async () => onAdded(await call('events.addParticipants', { eventId, personIds: chosen.map((person) => person.id) })));

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="add-people-title">
      <DialogTitle id="add-people-title">{t('events.participants.addTitle')}</DialogTitle>
      <DialogContent>
        <ActionAlert message={message} />
        <Tabs value={tab} onChange={(_event, value: typeof tab) => setTab(value)} aria-label={t('events.bulk.ways')}>
          <Tab value="search" label={t('events.bulk.searchTab')} />
          <Tab value="institution" label={t('events.bulk.institutionTab')} />
          <Tab value="paste" label={t('events.bulk.pasteTab')} />
        </Tabs>
        <Box sx={{ minHeight: 300, pt: 2 }}>
          {tab === 'search' && <SearchPane chosen={chosen} toggle={toggle} choose={choose} />}
          {tab === 'institution' && <InstitutionPane choose={choose} />}
          {tab === 'paste' && <PastePane choose={choose} />}
        </Box>
        <Typography variant="subtitle2" sx={{ mt: 1 }} id="chosen-people-label">
          {t('events.bulk.chosenCount', { count: chosen.length })}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', maxHeight: 140, overflowY: 'auto' }} aria-labelledby="chosen-people-label" role="list">
          {chosen.map((person) => (
            <Chip key={person.id} role="listitem" label={fullName(person)} onDelete={() => setChosen((current) => current.filter((p) => p.id !== person.id))} />
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        {chosen.length > 0 && <Button onClick={() => setChosen([])}>{t('events.bulk.clear')}</Button>}
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={chosen.length === 0} loading={busy} onClick={() => void submit()}>
          {t('events.participants.addChosen', { count: chosen.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Results stay on screen while people are ticked: the search is typed once for many picks. */
function SearchPane({ chosen, toggle, choose }: { chosen: Person[]; toggle: (person: Person) => void; choose: (people: Person[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const results = useQuery({
    queryKey: ['people', 'list', { search: text.trim(), limit: RESULT_LIMIT }],
    queryFn: () => call('people.list', { search: text.trim() || undefined, limit: RESULT_LIMIT }),
    placeholderData: keepPreviousData,
  });
  const rows = results.data ?? [];
  const chosenIds = new Set(chosen.map((person) => person.id));
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField type="search" label={t('events.participants.searchPerson')} value={text} onChange={(event) => setText(event.target.value)} sx={{ flexGrow: 1 }} autoFocus />
        <Button disabled={rows.length === 0} onClick={() => choose(rows)}>
          {t('events.bulk.chooseAllFound', { count: rows.length })}
        </Button>
      </Stack>
      {rows.length === RESULT_LIMIT && <Typography variant="caption">{t('events.bulk.narrow', { count: RESULT_LIMIT })}</Typography>}
      <List dense aria-label={t('events.bulk.results')} sx={{ maxHeight: 260, overflowY: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
        {rows.length === 0 && !results.isFetching && (
          <ListItem>
            <ListItemText secondary={t('events.bulk.noneFound')} />
          </ListItem>
        )}
        {rows.map((person) => {
          const id = `pick-${person.id}`;
          return (
            <ListItem key={person.id} disablePadding>
              <ListItemButton onClick={() => toggle(person)} dense>
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <Checkbox edge="start" size="small" checked={chosenIds.has(person.id)} tabIndex={-1} disableRipple slotProps={{ input: { 'aria-labelledby': id } }} />
                </ListItemIcon>
                <ListItemText id={id} primary={fullName(person)} secondary={details(person) || null} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </Stack>
  );
}

function InstitutionPane({ choose }: { choose: (people: Person[]) => void }) {
  const { t } = useTranslation();
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const staff = useQuery({
    queryKey: ['people', 'list', { institutionId, limit: 1000 }],
    queryFn: () => call('people.list', { institutionId: institutionId!, limit: 1000 }),
    enabled: institutionId !== null,
  });
  return (
    <Stack spacing={2}>
      <InstitutionPicker label={t('events.bulk.institution')} value={institutionId} onChange={(id) => setInstitutionId(id)} />
      {staff.data && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography sx={{ flexGrow: 1 }}>{t('events.bulk.staff', { count: staff.data.length })}</Typography>
          <Button variant="outlined" disabled={staff.data.length === 0} onClick={() => choose(staff.data)}>
            {t('events.bulk.chooseStaff', { count: staff.data.length })}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}

/** A list typed or pasted from an e-mail or a spreadsheet, one person a line: matched by first and last name. */
function PastePane({ choose }: { choose: (people: Person[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [left, setLeft] = useState<PastedName[] | null>(null);
  const [matched, setMatched] = useState<number | null>(null);
  const { busy, message, run } = useAction();

  const match = () =>
    run(async () => {
      const names = [...new Set(text.split(/\r?\n/).map(nameOfLine).filter(Boolean))];
      const found: Person[] = [];
      const rest: PastedName[] = [];
      for (const name of names) {
        const key = foldForSearch(name);
        const candidates = (await call('people.list', { search: name, limit: 20 })).filter(
          (person) => foldForSearch(fullName(person)) === key || foldForSearch(`${person.lastName} ${person.firstName}`) === key,
        );
        if (candidates.length === 1) found.push(candidates[0]!);
        else rest.push({ text: name, candidates, state: candidates.length === 0 ? 'unmatched' : 'ambiguous' });
      }
      choose(found);
      setMatched(found.length);
      setLeft(rest);
    });

  const settle = (index: number, patch: Partial<PastedName> | null) => setLeft((current) => (current ?? []).flatMap((item, i) => (i !== index ? [item] : patch ? [{ ...item, ...patch }] : [])));
  const addToRegister = (index: number, item: PastedName) =>
    run(async () => {
      const words = item.text.split(' ');
      const lastName = words.length > 1 ? words.pop()! : item.text;
      const person = await call('people.save', { firstName: words.join(' '), lastName });
      choose([person]);
      settle(index, null);
    });

  return (
    <Stack spacing={1}>
      <ActionAlert message={message} />
      <TextField
        multiline
        minRows={4}
        maxRows={8}
        label={t('events.bulk.pasteLabel')}
        helperText={t('events.bulk.pasteHint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Box>
        <Button variant="outlined" loading={busy} disabled={!text.trim()} onClick={() => void match()}>
          {t('events.bulk.match')}
        </Button>
      </Box>
      {matched !== null && (
        <Alert severity={left && left.some((item) => item.state !== 'skipped') ? 'warning' : 'success'}>{t('events.bulk.matched', { count: matched })}</Alert>
      )}
      {left && left.length > 0 && (
        <List dense aria-label={t('events.bulk.notMatched')}>
          {left.map((item, index) => (
            <ListItem key={item.text} divider>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', width: '100%', flexWrap: 'wrap' }}>
                <Typography sx={{ flexGrow: 1, textDecoration: item.state === 'skipped' ? 'line-through' : undefined }}>
                  {item.text}{' '}
                  <Typography component="span" variant="body2" color="text.secondary">
                    {t(`events.bulk.${item.state}`)}
                  </Typography>
                </Typography>
                {item.state === 'ambiguous' && (
                  <TextField
                    select
                    size="small"
                    label={t('events.bulk.which', { name: item.text })}
                    value=""
                    onChange={(event) => {
                      choose(item.candidates.filter((person) => person.id === event.target.value));
                      settle(index, null);
                    }}
                    sx={{ minWidth: 260 }}
                  >
                    {item.candidates.map((person) => (
                      <MenuItem key={person.id} value={person.id}>
                        {fullName(person)} {details(person) ? `(${details(person)})` : ''}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
                {item.state === 'unmatched' && (
                  <Button size="small" onClick={() => void addToRegister(index, item)} aria-label={t('events.bulk.addToRegisterOf', { name: item.text })}>
                    {t('events.bulk.addToRegister')}
                  </Button>
                )}
                {item.state !== 'skipped' && (
                  <Button size="small" onClick={() => settle(index, { state: 'skipped' })} aria-label={t('events.bulk.skipOf', { name: item.text })}>
                    {t('events.bulk.skip')}
                  </Button>
                )}
              </Stack>
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}
