/**
 * The ordered list of an agreement's parties, as they are printed: a JST chosen from TERYT at its level or an
 * institution of the register, optionally acting through an institution, with the printed name, address,
 * NIP/REGON and the people who sign for it (each with a signature line of their own). The usual parties for a gmina
 * can be suggested from the TERYT register.
 */
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isCityCountyCode,
  MAX_PARTY_REPRESENTATIVES,
  PARTY_KIND_KEYS,
  PARTY_KINDS,
  type AgreementParty,
  type AgreementPartyFields,
  type Institution,
  type PartyKind,
  type TerritoryHit,
} from '../../../../preload/contract';
import { call } from '../../api/client';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { ActionAlert, useAction } from '../../components/useAction';
import { useLabel } from '../../i18n';

type PartyText = 'name' | 'address' | 'nip' | 'regon';

/** One person signing for the party, as the form edits it. */
export interface RepresentativeValues {
  key: string;
  name: string;
  function: string;
}

/** A party as the form edits it: texts as strings ('' for none), and a key of its own for the list. */
export interface PartyValues extends Record<PartyText, string> {
  key: string;
  id?: string;
  kind: PartyKind;
  terytCode: string | null;
  institutionId: string | null;
  actingThroughInstitutionId: string | null;
  representatives: RepresentativeValues[];
}

type UnitKind = Exclude<PartyKind, 'institution'>;
const isUnit = (kind: PartyKind): kind is UnitKind => kind !== 'institution';

let lastKey = 0;
const newKey = () => `strona-${++lastKey}`;

export function emptyParty(kind: PartyKind = 'gmina'): PartyValues {
  return { key: newKey(), kind, terytCode: null, institutionId: null, actingThroughInstitutionId: null, name: '', address: '', nip: '', regon: '', representatives: [] };
}

export function toPartyValues(party: AgreementParty | AgreementPartyFields): PartyValues {
  return {
    key: newKey(),
    ...(party.id ? { id: party.id } : {}),
    kind: party.kind,
    terytCode: party.terytCode,
    institutionId: party.institutionId,
    actingThroughInstitutionId: party.actingThroughInstitutionId,
    name: party.name,
    address: party.address ?? '',
    nip: party.nip ?? '',
    regon: party.regon ?? '',
    representatives: party.representatives.map((person) => ({ key: newKey(), name: person.name, function: person.function ?? '' })),
  };
}

const blankPerson = (person: RepresentativeValues) => !person.name.trim() && !person.function.trim();

/** The party as the contract's save input wants it (without the list keys; a representative's row left empty is no one). */
export function partyInput({ key: _key, representatives, ...party }: PartyValues) {
  return { ...party, representatives: representatives.filter((person) => !blankPerson(person)).map((person) => ({ name: person.name, function: person.function })) };
}

function isBlank(party: PartyValues): boolean {
  return (
    !party.id &&
    !party.terytCode &&
    !party.institutionId &&
    !party.actingThroughInstitutionId &&
    [party.name, party.address, party.nip, party.regon].every((v) => !v.trim()) &&
    party.representatives.every(blankPerson)
  );
}

/**
 * The suggested parties in front, each keeping what was already entered for the same unit (its id, the
 * representative…); the institution parties stay after them. Other JST parties are replaced, blank rows dropped.
 */
export function mergeSuggestion(current: PartyValues[], suggested: AgreementPartyFields[]): PartyValues[] {
  const merged = suggested.map((suggestion) => {
    const fresh = toPartyValues(suggestion);
    const earlier = current.find((party) => party.kind === suggestion.kind && party.terytCode === suggestion.terytCode);
    if (!earlier) return fresh;
    const keep = (field: PartyText) => earlier[field].trim() || fresh[field];
    return {
      ...fresh,
      key: earlier.key,
      ...(earlier.id ? { id: earlier.id } : {}),
      actingThroughInstitutionId: earlier.actingThroughInstitutionId ?? fresh.actingThroughInstitutionId,
      name: keep('name'),
      address: keep('address'),
      nip: keep('nip'),
      regon: keep('regon'),
      representatives: earlier.representatives.some((person) => !blankPerson(person)) ? earlier.representatives : fresh.representatives,
    };
  });
  return [...merged, ...current.filter((party) => party.kind === 'institution' && !isBlank(party))];
}

function capitalised(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase('pl') + part.slice(1))
    .join('-');
}

/** How a chosen unit is usually named on an agreement ("Województwo Śląskie", "Powiat Będziński", "Gmina Będzin"). */
function printedUnitName(hit: TerritoryHit): string {
  if (hit.level === 'voivodeship') return `Województwo ${capitalised(hit.name)}`;
  if (hit.level === 'powiat') return isCityCountyCode(hit.code) ? `Miasto ${hit.name}` : `Powiat ${capitalised(hit.name)}`;
  return hit.powiatCode && isCityCountyCode(hit.powiatCode) ? `Gmina Miasto ${hit.name}` : `Gmina ${hit.name}`;
}

function institutionAddress(institution: Institution): string {
  const town = [institution.postalCode, institution.city].filter(Boolean).join(' ');
  return [institution.street, town].filter(Boolean).join(', ');
}

export function PartiesEditor(props: {
  parties: PartyValues[];
  onChange: (parties: PartyValues[], changed?: { index: number; fields: string[] }) => void;
  errors: Record<string, string>;
  projectId: string | null;
}) {
  const { t } = useTranslation();
  const [suggesting, setSuggesting] = useState(false);
  const { parties, onChange } = props;

  const update = (index: number, patch: Partial<PartyValues>) =>
    onChange(
      parties.map((party, i) => (i === index ? { ...party, ...patch } : party)),
      { index, fields: Object.keys(patch) },
    );
  const move = (index: number, by: -1 | 1) => {
    const next = [...parties];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    onChange(next);
  };
  const listError = props.errors.parties;

  return (
    <Stack spacing={2} component="section" aria-labelledby="agreement-parties-title" sx={{ mt: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography id="agreement-parties-title" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t('agreements.parties.title')}
        </Typography>
        <Button startIcon={<AutoFixHighIcon />} onClick={() => setSuggesting(true)}>
          {t('agreements.parties.suggest')}
        </Button>
      </Stack>
      {listError && <Alert severity="error">{listError}</Alert>}
      {parties.length === 0 && <Typography color="text.secondary">{t('agreements.parties.none')}</Typography>}
      {parties.map((party, index) => (
        <PartyRow
          key={party.key}
          party={party}
          index={index}
          count={parties.length}
          errors={props.errors}
          onChange={(patch) => update(index, patch)}
          onMove={(by) => move(index, by)}
          onRemove={() => onChange(parties.filter((_, i) => i !== index))}
        />
      ))}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => onChange([...parties, emptyParty(parties.length === 0 ? 'voivodeship' : 'gmina')])}>
          {t('agreements.parties.add')}
        </Button>
      </div>
      {suggesting && (
        <SuggestDialog
          projectId={props.projectId}
          onClose={() => setSuggesting(false)}
          onSuggested={(suggested) => {
            onChange(mergeSuggestion(parties, suggested));
            setSuggesting(false);
          }}
        />
      )}
    </Stack>
  );
}

function PartyRow(props: {
  party: PartyValues;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (patch: Partial<PartyValues>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const titleId = useId();
  const { party, index, onChange } = props;
  const number = index + 1;
  const error = (field: string) => props.errors[`parties.${index}.${field}`];
  const text = (field: PartyText, labelKey: string, size: number, extra: { required?: boolean } = {}) => (
    <Grid size={{ xs: 12, md: size }}>
      <TextField
        label={t(labelKey)}
        required={extra.required}
        value={party[field]}
        onChange={(event) => onChange({ [field]: event.target.value })}
        error={Boolean(error(field))}
        helperText={error(field) ?? ' '}
        fullWidth
      />
    </Grid>
  );

  const chooseUnit = (code: string | null, hit: TerritoryHit | null) => onChange({ terytCode: code, ...(hit && !party.name.trim() ? { name: printedUnitName(hit) } : {}) });
  const chooseInstitution = (id: string | null, institution: Institution | null) => {
    const patch: Partial<PartyValues> = { institutionId: id };
    if (institution) {
      if (!party.name.trim()) patch.name = institution.name;
      if (!party.address.trim()) patch.address = institutionAddress(institution);
      if (!party.nip.trim() && institution.nip) patch.nip = institution.nip;
      if (!party.regon.trim() && institution.regon) patch.regon = institution.regon;
    }
    onChange(patch);
  };

  return (
    <Paper variant="outlined" role="group" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id={titleId} variant="subtitle1" component="h3" sx={{ flexGrow: 1 }}>
          {t('agreements.parties.party', { index: number })}
        </Typography>
        <IconButton aria-label={t('agreements.parties.moveUp', { index: number })} disabled={index === 0} onClick={() => props.onMove(-1)}>
          <ArrowUpwardIcon />
        </IconButton>
        <IconButton aria-label={t('agreements.parties.moveDown', { index: number })} disabled={index === props.count - 1} onClick={() => props.onMove(1)}>
          <ArrowDownwardIcon />
        </IconButton>
        <IconButton aria-label={t('agreements.parties.remove', { index: number })} onClick={props.onRemove}>
          <DeleteIcon />
        </IconButton>
      </Stack>
      {error('id') && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error('id')}
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 3 }}>
          <TextField
            select
            required
            fullWidth
            label={t('agreements.parties.kind')}
            value={party.kind}
            onChange={(event) => onChange({ kind: event.target.value as PartyKind, terytCode: null, institutionId: null })}
            error={Boolean(error('kind'))}
            helperText={error('kind') ?? ' '}
          >
            {PARTY_KIND_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(PARTY_KINDS[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          {isUnit(party.kind) ? (
            // Keyed by kind: a picker of another level starts afresh.
            <TerritoryPicker key={party.kind} label={t(`agreements.parties.unit.${party.kind}`)} levels={[party.kind]} value={party.terytCode} onChange={chooseUnit} error={error('terytCode')} />
          ) : (
            <InstitutionPicker label={t('agreements.parties.institution')} required value={party.institutionId} onChange={chooseInstitution} error={error('institutionId')} />
          )}
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <InstitutionPicker
            label={t('agreements.parties.actingThrough')}
            value={party.actingThroughInstitutionId}
            onChange={(actingThroughInstitutionId) => onChange({ actingThroughInstitutionId })}
            error={error('actingThroughInstitutionId')}
          />
        </Grid>
        {text('name', 'agreements.parties.name', 6, { required: true })}
        {text('address', 'agreements.parties.address', 6)}
        {text('nip', 'agreements.parties.nip', 3)}
        {text('regon', 'agreements.parties.regon', 3)}
      </Grid>
      <RepresentativesEditor partyIndex={index} people={party.representatives} errors={props.errors} onChange={(representatives) => onChange({ representatives })} />
    </Paper>
  );
}

/** Who signs for the party: rows of name and function, added and removed; none yet leaves a line on the print. */
function RepresentativesEditor(props: { partyIndex: number; people: RepresentativeValues[]; errors: Record<string, string>; onChange: (people: RepresentativeValues[]) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { people, partyIndex } = props;
  const party = partyIndex + 1;
  const error = (index: number, field: 'name' | 'function') => props.errors[`parties.${partyIndex}.representatives.${index}.${field}`];
  const listError = props.errors[`parties.${partyIndex}.representatives`];
  const update = (index: number, patch: Partial<RepresentativeValues>) => props.onChange(people.map((person, i) => (i === index ? { ...person, ...patch } : person)));
  return (
    <Stack spacing={1} role="group" aria-labelledby={titleId}>
      <Typography id={titleId} variant="subtitle2" component="h4">
        {t('agreements.parties.representatives', { index: party })}
      </Typography>
      {listError && <Alert severity="error">{listError}</Alert>}
      {people.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('agreements.parties.noRepresentatives')}
        </Typography>
      )}
      {people.map((person, index) => (
        <Grid container spacing={2} key={person.key} sx={{ alignItems: 'flex-start' }}>
          <Grid size={{ xs: 12, md: 5 }}>
            <TextField
              label={t('agreements.parties.representativeName', { index: index + 1 })}
              required
              value={person.name}
              onChange={(event) => update(index, { name: event.target.value })}
              error={Boolean(error(index, 'name'))}
              helperText={error(index, 'name') ?? ' '}
              fullWidth
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField
              label={t('agreements.parties.representativeFunction', { index: index + 1 })}
              placeholder={t('agreements.parties.representativeFunctionHint')}
              value={person.function}
              onChange={(event) => update(index, { function: event.target.value })}
              error={Boolean(error(index, 'function'))}
              helperText={error(index, 'function') ?? ' '}
              fullWidth
            />
          </Grid>
          <Grid size={{ xs: 12, md: 1 }}>
            <IconButton aria-label={t('agreements.parties.removeRepresentative', { index: index + 1, party })} onClick={() => props.onChange(people.filter((_, i) => i !== index))}>
              <DeleteIcon />
            </IconButton>
          </Grid>
        </Grid>
      ))}
      <div>
        <Button
          size="small"
          startIcon={<AddIcon />}
          disabled={people.length >= MAX_PARTY_REPRESENTATIVES}
          onClick={() => props.onChange([...people, { key: newKey(), name: '', function: '' }])}
        >
          {t('agreements.parties.addRepresentative')}
        </Button>
      </div>
    </Stack>
  );
}

function SuggestDialog(props: { projectId: string | null; onClose: () => void; onSuggested: (parties: AgreementPartyFields[]) => void }) {
  const { t } = useTranslation();
  const [gminaCode, setGminaCode] = useState<string | null>(null);
  const { busy, message, run } = useAction();
  const suggest = () =>
    run(async () => {
      if (gminaCode) props.onSuggested(await call('agreements.suggestParties', { gminaCode, projectId: props.projectId ?? undefined }));
    });
  return (
    <Dialog open onClose={props.onClose} maxWidth="sm" fullWidth aria-labelledby="suggest-parties-title">
      <DialogTitle id="suggest-parties-title">{t('agreements.parties.suggestTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('agreements.parties.suggestText')}</DialogContentText>
        <ActionAlert message={message} sx={{ mb: 2 }} />
        <TerritoryPicker label={t('agreements.parties.suggestGmina')} levels={['gmina']} value={gminaCode} onChange={(code) => setGminaCode(code)} />
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!gminaCode} loading={busy} onClick={() => void suggest()}>
          {t('agreements.parties.suggestApply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
