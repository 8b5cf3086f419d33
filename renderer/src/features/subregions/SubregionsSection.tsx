/**
 * The office's subregions: named groups of powiats of one voivodeship, listed with their powiats, added and edited
 * in a dialog (name, voivodeship, powiats from TERYT), deleted after asking.
 */
import AddIcon from '@mui/icons-material/Add';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subregion, TerritoryHit } from '../../../../preload/contract';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { ActionAlert, useAction } from '../../components/useAction';

interface Draft {
  id?: string;
  version?: number;
  name: string;
  voivodeshipCode: string | null;
  powiatCodes: string[];
  notes: string;
}

const EMPTY: Draft = { name: '', voivodeshipCode: null, powiatCodes: [], notes: '' };

function powiatName(hit: TerritoryHit): string {
  return hit.kind === 'city_county' ? hit.name : `powiat ${hit.name}`;
}

function SubregionDialog({ draft, onClose, onSaved }: { draft: Draft; onClose: () => void; onSaved: (saved: Subregion) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Draft>(draft);
  const action = useAction();
  const voivodeship = values.voivodeshipCode;
  const powiats = useQuery({
    queryKey: ['territory', 'powiats', voivodeship],
    queryFn: () => call('territory.search', { query: voivodeship!, levels: ['powiat'], withinCode: voivodeship!, limit: 100 }),
    enabled: Boolean(voivodeship),
  });
  const byCode = new Map((powiats.data ?? []).map((hit) => [hit.code, hit]));
  const save = () =>
    action.run(async () => {
      const saved = await call('subregions.save', {
        ...(values.id ? { id: values.id, version: values.version } : {}),
        name: values.name,
        voivodeshipCode: values.voivodeshipCode ?? '',
        powiatCodes: values.powiatCodes,
        notes: values.notes,
      });
      onSaved(saved);
    });
  const error = (key: string) => action.fieldErrors[key];
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="subregion-title">
      <DialogTitle id="subregion-title">{values.id ? t('subregions.dialogEdit', { name: draft.name }) : t('subregions.dialogNew')}</DialogTitle>
      <DialogContent>
        <Stack spacing={1} sx={{ pt: 1 }}>
          <TextField required label={t('subregions.name')} value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} error={Boolean(error('name'))} helperText={error('name') ?? ' '} />
          <TerritoryPicker
            label={t('subregions.voivodeship')}
            levels={['voivodeship']}
            value={values.voivodeshipCode}
            onChange={(code) => setValues({ ...values, voivodeshipCode: code, powiatCodes: code === values.voivodeshipCode ? values.powiatCodes : [] })}
            error={error('voivodeshipCode')}
          />
          <Autocomplete
            multiple
            disabled={!voivodeship}
            options={(powiats.data ?? []).map((hit) => hit.code)}
            value={values.powiatCodes}
            onChange={(_event, codes) => setValues({ ...values, powiatCodes: codes })}
            getOptionLabel={(code) => (byCode.get(code) ? powiatName(byCode.get(code)!) : code)}
            filterSelectedOptions
            loading={powiats.isFetching}
            renderInput={(params) => (
              <TextField
                {...params}
                required
                label={t('subregions.powiats')}
                error={Boolean(error('powiatCodes'))}
                helperText={error('powiatCodes') ?? (voivodeship ? t('subregions.powiatsHelp') : t('subregions.pickVoivodeshipFirst'))}
              />
            )}
          />
          <TextField label={t('subregions.notes')} value={values.notes} onChange={(e) => setValues({ ...values, notes: e.target.value })} multiline minRows={2} helperText={error('notes') ?? ' '} />
          <ActionAlert message={action.message} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={save} loading={action.busy}>
          {t('subregions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function SubregionsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['subregions', 'list', {}], queryFn: () => call('subregions.list', {}) });
  const [editing, setEditing] = useState<Draft | null>(null);
  const [deleting, setDeleting] = useState<Subregion | null>(null);
  const action = useAction({ afterEach: () => queryClient.invalidateQueries({ queryKey: ['subregions'] }) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['subregions'] });
  return (
    <Paper component="section" aria-labelledby="subregions-title" sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="h6" component="h2" id="subregions-title">
            {t('subregions.title')}
          </Typography>
          <Button startIcon={<AddIcon />} onClick={() => setEditing(EMPTY)}>
            {t('subregions.add')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {t('subregions.intro')}
        </Typography>
        {list.data?.length === 0 && <Typography>{t('subregions.none')}</Typography>}
        {(list.data ?? []).map((subregion) => (
          <Stack key={subregion.id} direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ borderTop: 1, borderColor: 'divider', pt: 1 }} data-testid="subregion-row">
            <Stack sx={{ flex: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>
                {subregion.name}{' '}
                <Typography component="span" color="text.secondary">
                  – {subregion.voivodeshipName ?? subregion.voivodeshipCode}, {t('subregions.count', { count: subregion.powiats.length })}
                </Typography>
              </Typography>
              <Typography variant="body2">{subregion.powiats.map((p) => p.label).join(', ')}</Typography>
            </Stack>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <Button
                size="small"
                onClick={() => setEditing({ id: subregion.id, version: subregion.version, name: subregion.name, voivodeshipCode: subregion.voivodeshipCode, powiatCodes: subregion.powiats.map((p) => p.code), notes: subregion.notes ?? '' })}
                aria-label={`${t('subregions.edit')}: ${subregion.name}`}
              >
                {t('subregions.edit')}
              </Button>
              <Button size="small" color="error" onClick={() => setDeleting(subregion)} aria-label={`${t('subregions.delete')}: ${subregion.name}`}>
                {t('subregions.delete')}
              </Button>
            </Stack>
          </Stack>
        ))}
        <ActionAlert message={action.message} onClose={() => action.setMessage(null)} quietRole="status" />
      </Stack>
      {editing && (
        <SubregionDialog
          draft={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            action.setMessage({ severity: 'success', text: t('subregions.saved', { name: saved.name }) });
            void refresh();
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('subregions.deleteTitle', { name: deleting?.name ?? '' })}
        text={t('subregions.deleteText')}
        confirmLabel={t('subregions.delete')}
        busy={action.busy}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          action.run(async () => {
            const target = deleting!;
            await call('subregions.delete', { id: target.id, version: target.version });
            setDeleting(null);
            return t('subregions.deleted', { name: target.name });
          })
        }
      />
    </Paper>
  );
}
