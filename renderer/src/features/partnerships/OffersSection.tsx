import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
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
import type { PartnershipDetail, ServiceOffer } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { saveExportedFile } from '../../api/files';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type OfferFields = 'service' | 'targetGroup' | 'contact' | 'terms';

/** The partnership's local basket of services: what each member offers. */
export function OffersSection({ partnership, onChanged }: { partnership: PartnershipDetail; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ServiceOffer | null>(null);
  const [error, setError] = useState<string | null>(null);

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t('partnerships.offers.title')}
        </Typography>
        <Button onClick={() => void act(async () => saveExportedFile(await call('partnerships.printBasket', { partnershipId: partnership.id, format: 'pdf' })))}>
          {t('partnerships.offers.print')}
        </Button>
        <Button startIcon={<AddIcon />} onClick={() => setAdding(true)} disabled={partnership.members.length === 0}>
          {t('partnerships.offers.add')}
        </Button>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {partnership.offers.length === 0 ? (
        <Typography color="text.secondary">{t('partnerships.offers.none')}</Typography>
      ) : (
        <Table size="small" aria-label={t('partnerships.offers.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('partnerships.members.institution')}</TableCell>
              <TableCell>{t('partnerships.offers.service')}</TableCell>
              <TableCell>{t('partnerships.offers.targetGroup')}</TableCell>
              <TableCell>{t('partnerships.offers.contact')}</TableCell>
              <TableCell>{t('partnerships.offers.terms')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {partnership.offers.map((offer) => (
              <TableRow key={offer.id}>
                <TableCell>{offer.institutionName}</TableCell>
                <TableCell>{offer.service}</TableCell>
                <TableCell>{offer.targetGroup ?? '—'}</TableCell>
                <TableCell>{offer.contact ?? '—'}</TableCell>
                <TableCell>{offer.terms ?? '—'}</TableCell>
                <TableCell align="right">
                  <IconButton aria-label={`${t('common.delete')}: ${offer.service}`} onClick={() => setRemoving(offer)}>
                    <DeleteIcon />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adding && <OfferDialog partnership={partnership} onClose={() => setAdding(false)} onSaved={onChanged} />}
      <ConfirmDialog
        open={removing !== null}
        title={t('partnerships.offers.deleteTitle')}
        text={t('partnerships.offers.deleteText', { name: removing?.service ?? '' })}
        confirmLabel={t('common.delete')}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          void act(async () => {
            await call('partnerships.deleteOffer', { id: removing!.id, version: removing!.version });
            setRemoving(null);
            await onChanged();
          })
        }
      />
    </Stack>
  );
}

function OfferDialog({ partnership, onClose, onSaved }: { partnership: PartnershipDetail; onClose: () => void; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const institutions = [...new Map(partnership.members.map((m) => [m.institutionId, m.institutionName])).entries()];
  const [institutionId, setInstitutionId] = useState(institutions[0]?.[0] ?? '');
  const [fields, setFields] = useState<Record<OfferFields, string>>({ service: '', targetGroup: '', contact: '', terms: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const submit = async () => {
    try {
      await call('partnerships.saveOffer', { partnershipId: partnership.id, institutionId, ...fields });
      await onSaved();
      onClose();
    } catch (failure) {
      setMessage(messageOf(failure));
      setErrors((failure as { fieldErrors?: Record<string, string> }).fieldErrors ?? {});
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="offer-title">
      <DialogTitle id="offer-title">{t('partnerships.offers.add')}</DialogTitle>
      <DialogContent>
        <Stack spacing={1} sx={{ mt: 1 }}>
          {message && <Alert severity="error">{message}</Alert>}
          <TextField select label={t('partnerships.members.institution')} value={institutionId} onChange={(event) => setInstitutionId(event.target.value)} error={Boolean(errors.institutionId)} helperText={errors.institutionId ?? ' '}>
            {institutions.map(([id, name]) => (
              <MenuItem key={id} value={id}>
                {name}
              </MenuItem>
            ))}
          </TextField>
          {(['service', 'targetGroup', 'contact', 'terms'] as const).map((field) => (
            <TextField
              key={field}
              required={field === 'service'}
              multiline={field === 'terms'}
              label={t(`partnerships.offers.${field}`)}
              value={fields[field]}
              onChange={(event) => setFields((current) => ({ ...current, [field]: event.target.value }))}
              error={Boolean(errors[field])}
              helperText={errors[field] ?? ' '}
            />
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
