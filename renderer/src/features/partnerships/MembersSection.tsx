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
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipDetail, PartnershipMember } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { saveExportedFile } from '../../api/files';
import { DateField } from '../../components/DateField';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { PersonPicker } from '../../components/PersonPicker';
import { ActionAlert, useAction } from '../../components/useAction';
import { formatDate } from '../../i18n/format';

interface JoinRow {
  institutionId: string | null;
  representativePersonId: string | null;
  joinedOn: string;
  declarationSignedOn: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const newRow = (joinedOn: string): JoinRow => ({ institutionId: null, representativePersonId: null, joinedOn, declarationSignedOn: joinedOn });

/** The membership history: who is a member now, who was, and since when; joining and leaving. */
export function MembersSection({ partnership, onChanged }: { partnership: PartnershipDetail; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<PartnershipMember | null>(null);
  const [error, setError] = useState<string | null>(null);

  const printDeclaration = async (member: PartnershipMember) => {
    setError(null);
    try {
      saveExportedFile(await call('partnerships.printDeclaration', { partnershipId: partnership.id, memberId: member.id, format: 'pdf' }));
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h2">
          {t('partnerships.members.history')}
        </Typography>
        <Button startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          {t('partnerships.members.add')}
        </Button>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {partnership.members.length === 0 ? (
        <Typography color="text.secondary">{t('partnerships.members.none')}</Typography>
      ) : (
        <Table size="small" aria-label={t('partnerships.members.history')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('partnerships.members.institution')}</TableCell>
              <TableCell>{t('partnerships.members.representative')}</TableCell>
              <TableCell>{t('partnerships.members.joinedOn')}</TableCell>
              <TableCell>{t('partnerships.members.leftOn')}</TableCell>
              <TableCell>{t('partnerships.members.declaration')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {partnership.members.map((member) => (
              <TableRow key={member.id}>
                <TableCell>
                  {member.institutionName}{' '}
                  <Chip size="small" color={member.current ? 'success' : 'default'} label={t(member.current ? 'partnerships.members.current' : 'partnerships.members.former')} />
                </TableCell>
                <TableCell>{member.representativeName ?? '—'}</TableCell>
                <TableCell>{formatDate(member.joinedOn)}</TableCell>
                <TableCell>{member.leftOn ? formatDate(member.leftOn) : '—'}</TableCell>
                <TableCell>{member.declarationSignedOn ? formatDate(member.declarationSignedOn) : '—'}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {member.current && (
                    <>
                      <Button size="small" onClick={() => void printDeclaration(member)}>
                        {t('partnerships.members.printDeclaration')}
                      </Button>
                      <Button size="small" color="warning" onClick={() => setLeaving(member)}>
                        {t('partnerships.members.leave')}
                      </Button>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {/* Members usually join when the partnership is formalised; a later joiner changes the date. */}
      {adding && <JoinDialog partnershipId={partnership.id} joinedOn={partnership.formalisedOn ?? today()} onClose={() => setAdding(false)} onJoined={onChanged} />}
      {leaving && <LeaveDialog member={leaving} onClose={() => setLeaving(null)} onLeft={onChanged} />}
    </Stack>
  );
}

/** Several institutions join at once (forming a PZK), all or none. */
function JoinDialog({ partnershipId, joinedOn, onClose, onJoined }: { partnershipId: string; joinedOn: string; onClose: () => void; onJoined: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<JoinRow[]>([newRow(joinedOn)]);
  const { busy, message, fieldErrors: errors, run } = useAction();
  const update = (index: number, patch: Partial<JoinRow>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = () =>
    run(async () => {
      await call('partnerships.joinMany', { partnershipId, members: rows.map((row) => ({ ...row, institutionId: row.institutionId ?? '' })) });
      await onJoined();
      onClose();
    });

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="join-title">
      <DialogTitle id="join-title">{t('partnerships.members.addTitle')}</DialogTitle>
      <DialogContent>
        <ActionAlert message={message} sx={{ mb: 2 }} />
        {rows.map((row, index) => (
          <Grid container spacing={1} key={index} sx={{ alignItems: 'flex-start', mt: 1 }} role="group" aria-label={`${t('partnerships.members.institution')} ${index + 1}`}>
            <Grid size={{ xs: 12, md: 4 }}>
              <InstitutionPicker
                label={`${t('partnerships.members.institution')} ${index + 1}`}
                value={row.institutionId}
                onChange={(institutionId) => update(index, { institutionId, representativePersonId: null })}
                error={errors[`members.${index}.institutionId`]}
                emptyHint={{ text: t('partnerships.members.noInstitutions'), actionLabel: t('partnerships.members.addInstitution'), to: '/instytucje/nowa' }}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <PersonPicker
                label={`${t('partnerships.members.representative')} ${index + 1}`}
                institutionId={row.institutionId}
                value={row.representativePersonId}
                onChange={(representativePersonId) => update(index, { representativePersonId })}
                error={errors[`members.${index}.representativePersonId`]}
                emptyHint={
                  row.institutionId
                    ? { text: t('partnerships.members.noPeople'), actionLabel: t('partnerships.members.addPerson'), to: `/osoby/nowa?instytucja=${encodeURIComponent(row.institutionId)}` }
                    : undefined
                }
              />
            </Grid>
            <Grid size={{ xs: 6, md: 2 }}>
              <DateField label={t('partnerships.members.joinedOn')} value={row.joinedOn} onChange={(joinedOn) => update(index, { joinedOn })} error={errors[`members.${index}.joinedOn`]} />
            </Grid>
            <Grid size={{ xs: 5, md: 2 }}>
              <DateField label={t('partnerships.members.declaration')} value={row.declarationSignedOn} onChange={(declarationSignedOn) => update(index, { declarationSignedOn })} />
            </Grid>
            <Grid size={{ xs: 1 }}>
              <IconButton aria-label={t('common.delete')} disabled={rows.length === 1} onClick={() => setRows((current) => current.filter((_, i) => i !== index))}>
                <DeleteIcon />
              </IconButton>
            </Grid>
          </Grid>
        ))}
        <Button startIcon={<AddIcon />} onClick={() => setRows((current) => [...current, newRow(joinedOn)])}>
          {t('partnerships.members.addRow')}
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

function LeaveDialog({ member, onClose, onLeft }: { member: PartnershipMember; onClose: () => void; onLeft: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [leftOn, setLeftOn] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const submit = async () => {
    try {
      await call('partnerships.leave', { memberId: member.id, leftOn });
      await onLeft();
      onClose();
    } catch (failure) {
      setError(messageOf(failure));
      setFieldError((failure as { fieldErrors?: Record<string, string> }).fieldErrors?.leftOn);
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="leave-title">
      <DialogTitle id="leave-title">{t('partnerships.members.leaveTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('partnerships.members.leaveText', { name: member.institutionName })}</DialogContentText>
        {error && <Alert severity="error">{error}</Alert>}
        <div style={{ marginTop: 16 }}>
          <DateField label={t('partnerships.members.leftOn')} value={leftOn} onChange={setLeftOn} error={fieldError} />
        </div>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" color="warning" onClick={() => void submit()}>
          {t('partnerships.members.leave')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
