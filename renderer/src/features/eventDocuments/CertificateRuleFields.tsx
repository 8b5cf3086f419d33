/**
 * Who gets a certificate: present for at least a share of the event's hours (80% unless changed) or on every day. A
 * project's rule; an event may follow its project's (the empty choice) or set its own.
 */
import Grid from '@mui/material/Grid';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_RULE_KEYS, CERTIFICATE_RULES, type CertificateRule } from '../../../../preload/contract';
import { useLabel } from '../../i18n';

export function CertificateRuleFields(props: {
  rule: CertificateRule | '';
  minShare: string;
  onRule: (rule: CertificateRule | '') => void;
  onMinShare: (text: string) => void;
  /** The label of the empty choice ("as in the project"); without it a rule must be chosen. */
  inheritLabel?: string;
  ruleError?: string;
  minShareError?: string;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <>
      <Grid size={{ xs: 12, md: 8 }}>
        <TextField
          select
          label={t('eventDocuments.rule.label')}
          value={props.rule}
          onChange={(event) => props.onRule(event.target.value as CertificateRule | '')}
          error={Boolean(props.ruleError)}
          helperText={props.ruleError ?? t('eventDocuments.rule.help')}
        >
          {props.inheritLabel !== undefined && <MenuItem value="">{props.inheritLabel}</MenuItem>}
          {CERTIFICATE_RULE_KEYS.map((key) => (
            <MenuItem key={key} value={key}>
              {label(CERTIFICATE_RULES[key])}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      {props.rule === 'share' && (
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            label={t('eventDocuments.rule.minShare')}
            value={props.minShare}
            onChange={(event) => props.onMinShare(event.target.value)}
            error={Boolean(props.minShareError)}
            helperText={props.minShareError ?? ' '}
            slotProps={{ htmlInput: { inputMode: 'numeric' }, input: { endAdornment: <InputAdornment position="end">%</InputAdornment> } }}
          />
        </Grid>
      )}
    </>
  );
}

/** The share as typed ("80") for the contract: a number, or undefined when blank (the schema then says what is missing). */
export function minShareNumber(text: string): number | undefined {
  const compact = text.replace(/[\s%]/g, '').replace(',', '.');
  return compact === '' ? undefined : Number(compact);
}
