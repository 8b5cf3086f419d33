/**
 * The team's people: who of the member institutions sits in the team and in which role, since when (and until when,
 * kept as history); how many people, the sectors they come from, the sectors the model expects but the team lacks,
 * and the meeting rhythm against the plan (the same rule as the dashboard and the summary).
 */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingRhythmPhrase, SECTORS, TEAM_ROLE_KEYS, TEAM_ROLES, type PartnershipDetail, type TeamPerson, type TeamRole } from '../../../../preload/contract';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { PersonPicker } from '../../components/PersonPicker';
import { ActionAlert, useAction } from '../../components/useAction';
import { useLabel } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';

const today = () => new Date().toISOString().slice(0, 10);

export function TeamSection({ partnership, onChanged }: { partnership: PartnershipDetail; onChanged: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<TeamPerson | null>(null);
  const { composition, rhythm } = partnership;
  const sectors = (list: readonly (keyof typeof SECTORS)[]) => list.map((sector) => label(SECTORS[sector]).toLocaleLowerCase(i18n.language)).join(', ');
  const currentMembers = partnership.members.filter((member) => member.current);

  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h2" id="team-title">
          {t('partnerships.team.title')}
        </Typography>
        <Button startIcon={<AddIcon />} onClick={() => setAdding(true)} disabled={currentMembers.length === 0}>
          {t('partnerships.team.add')}
        </Button>
      </Stack>
      <Typography data-testid="team-composition">
        {t('partnerships.team.composition', { count: composition.people, people: formatNumber(composition.people) })}
        {composition.sectors.length > 0 && ` · ${t('partnerships.team.sectors')}: ${sectors(composition.sectors)}`}
      </Typography>
      {composition.missingSectors.length > 0 && (
        <Alert severity="warning" data-testid="team-missing-sectors">
          {t('partnerships.team.missing', { sectors: sectors(composition.missingSectors) })}
        </Alert>
      )}
      {rhythm && (
        <Alert severity={rhythm.behind ? 'warning' : 'info'} data-testid="team-rhythm">
          {rhythm.target === null
            ? t('partnerships.team.rhythmNoTarget', { phrase: i18n.language === 'en' ? t('partnerships.team.rhythmEn', { perMonth: formatNumber(rhythm.perMonth, 1) }) : meetingRhythmPhrase(rhythm.perMonth, null), from: formatDate(rhythm.from) })
            : t(rhythm.behind ? 'partnerships.team.rhythmBehind' : rhythm.judged ? 'partnerships.team.rhythmOnPlan' : 'partnerships.team.rhythmTooEarly', {
                phrase: i18n.language === 'en' ? t('partnerships.team.rhythmTargetEn', { perMonth: formatNumber(rhythm.perMonth, 1), target: formatNumber(rhythm.target, 2) }) : meetingRhythmPhrase(rhythm.perMonth, rhythm.target),
                from: formatDate(rhythm.from),
              })}
        </Alert>
      )}
      {currentMembers.length === 0 && <Typography color="text.secondary">{t('partnerships.team.noMembers')}</Typography>}
      {partnership.team.length > 0 && (
        <Table size="small" aria-labelledby="team-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('partnerships.team.person')}</TableCell>
              <TableCell>{t('partnerships.team.role')}</TableCell>
              <TableCell>{t('partnerships.team.institution')}</TableCell>
              <TableCell>{t('partnerships.team.sector')}</TableCell>
              <TableCell>{t('partnerships.team.fromOn')}</TableCell>
              <TableCell>{t('partnerships.team.toOn')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {partnership.team.map((person) => (
              <TableRow key={person.id}>
                <TableCell>
                  {person.personName} {!person.current && <Chip size="small" label={t('partnerships.team.former')} />}
                </TableCell>
                <TableCell>{label(TEAM_ROLES[person.role])}</TableCell>
                <TableCell>{person.institutionName}</TableCell>
                <TableCell>{label(SECTORS[person.sector])}</TableCell>
                <TableCell>{formatDate(person.fromOn)}</TableCell>
                <TableCell>{person.toOn ? formatDate(person.toOn) : '—'}</TableCell>
                <TableCell align="right">
                  {person.toOn === null && (
                    <Button size="small" color="warning" onClick={() => setEnding(person)}>
                      {t('partnerships.team.end')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adding && <AddDialog partnership={partnership} onClose={() => setAdding(false)} onAdded={onChanged} />}
      {ending && <EndDialog person={ending} onClose={() => setEnding(null)} onEnded={onChanged} />}
    </Stack>
  );
}

interface PersonRow {
  personId: string | null;
  role: TeamRole;
}

/** People of one member institution join the team, each with a role, all or none. */
function AddDialog({ partnership, onClose, onAdded }: { partnership: PartnershipDetail; onClose: () => void; onAdded: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const members = partnership.members.filter((member) => member.current);
  const [memberId, setMemberId] = useState(members.length === 1 ? members[0]!.id : '');
  const [fromOn, setFromOn] = useState(today());
  const [rows, setRows] = useState<PersonRow[]>([{ personId: null, role: 'member' }]);
  const { busy, message, fieldErrors: errors, run } = useAction();
  const member = members.find((m) => m.id === memberId);
  const update = (index: number, patch: Partial<PersonRow>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = () =>
    run(async () => {
      await call('partnerships.addTeamPeople', { partnershipId: partnership.id, memberId, fromOn, people: rows.map((row) => ({ personId: row.personId ?? '', role: row.role })) });
      await onAdded();
      onClose();
    });

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="team-add-title">
      <DialogTitle id="team-add-title">{t('partnerships.team.addTitle')}</DialogTitle>
      <DialogContent>
        <ActionAlert message={message} sx={{ mb: 2 }} />
        <Grid container spacing={1} sx={{ mt: 1 }}>
          <Grid size={{ xs: 12, md: 8 }}>
            <TextField
              select
              fullWidth
              label={t('partnerships.team.institution')}
              value={memberId}
              onChange={(event) => {
                setMemberId(event.target.value);
                setRows((current) => current.map((row) => ({ ...row, personId: null })));
              }}
              error={Boolean(errors.memberId)}
              helperText={errors.memberId ?? t('partnerships.team.institutionHint')}
            >
              {members.map((m) => (
                <MenuItem key={m.id} value={m.id}>
                  {m.institutionName}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <DateField label={t('partnerships.team.fromOn')} value={fromOn} onChange={setFromOn} error={errors.fromOn} />
          </Grid>
        </Grid>
        {rows.map((row, index) => (
          <Grid container spacing={1} key={index} sx={{ alignItems: 'flex-start', mt: 1 }} role="group" aria-label={`${t('partnerships.team.person')} ${index + 1}`}>
            <Grid size={{ xs: 12, md: 7 }}>
              <PersonPicker
                label={`${t('partnerships.team.person')} ${index + 1}`}
                institutionId={member?.institutionId ?? null}
                value={row.personId}
                onChange={(personId) => update(index, { personId })}
                error={errors[`people.${index}.personId`]}
                emptyHint={
                  member ? { text: t('partnerships.members.noPeople'), actionLabel: t('partnerships.members.addPerson'), to: `/osoby/nowa?instytucja=${encodeURIComponent(member.institutionId)}` } : undefined
                }
              />
            </Grid>
            <Grid size={{ xs: 10, md: 4 }}>
              <TextField
                select
                fullWidth
                label={`${t('partnerships.team.role')} ${index + 1}`}
                value={row.role}
                onChange={(event) => update(index, { role: event.target.value as TeamRole })}
                error={Boolean(errors[`people.${index}.role`])}
                helperText={errors[`people.${index}.role`]}
              >
                {TEAM_ROLE_KEYS.map((role) => (
                  <MenuItem key={role} value={role}>
                    {label(TEAM_ROLES[role])}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 2, md: 1 }}>
              <IconButton aria-label={t('common.delete')} disabled={rows.length === 1} onClick={() => setRows((current) => current.filter((_, i) => i !== index))}>
                <DeleteIcon />
              </IconButton>
            </Grid>
          </Grid>
        ))}
        <Button startIcon={<AddIcon />} onClick={() => setRows((current) => [...current, { personId: null, role: 'member' }])}>
          {t('partnerships.team.addRow')}
        </Button>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={busy} onClick={() => void submit()}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function EndDialog({ person, onClose, onEnded }: { person: TeamPerson; onClose: () => void; onEnded: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [toOn, setToOn] = useState(today());
  const { busy, message, fieldErrors: errors, run } = useAction();
  const submit = () =>
    run(async () => {
      await call('partnerships.endTeamPerson', { id: person.id, version: person.version, toOn });
      await onEnded();
      onClose();
    });
  return (
    <Dialog open onClose={onClose} aria-labelledby="team-end-title">
      <DialogTitle id="team-end-title">{t('partnerships.team.endTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('partnerships.team.endText', { name: person.personName })}</DialogContentText>
        <ActionAlert message={message} sx={{ my: 1 }} />
        <div style={{ marginTop: 16 }}>
          <DateField label={t('partnerships.team.toOn')} value={toOn} onChange={setToOn} error={errors.toOn} />
        </div>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" color="warning" loading={busy} onClick={() => void submit()}>
          {t('partnerships.team.end')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
