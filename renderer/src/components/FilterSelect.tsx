/**
 * A list's filter drop-down: "Wszystkie" or one value — of a vocabulary (keys and their Polish/English labels, from
 * preload/contract/vocabulary.ts) or of a short register (records by id and name).
 */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../../preload/contract';
import { useLabel } from '../i18n';

/** The filter's value when nothing is chosen. */
export const ALL = '';

type Choices<V extends string> = { keys: readonly V[]; vocabulary: Readonly<Record<V, Label>> } | { records: readonly { id: V; name: string }[] | undefined };

export type FilterSelectProps<V extends string> = Choices<V> & {
  label: string;
  value: V | typeof ALL;
  onChange: (value: V | typeof ALL) => void;
  sx?: SxProps<Theme>;
  helperText?: string;
  /** Write "Wszystkie" in the box when nothing is chosen (otherwise the box stays empty under its label). */
  showAll?: boolean;
};

export function FilterSelect<V extends string>(props: FilterSelectProps<V>) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = 'keys' in props ? props.keys.map((key) => ({ value: key, text: label(props.vocabulary[key]) })) : (props.records ?? []).map((record) => ({ value: record.id, text: record.name }));
  return (
    <TextField
      select
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value as V | typeof ALL)}
      sx={props.sx}
      helperText={props.helperText}
      slotProps={props.showAll ? { select: { displayEmpty: true }, inputLabel: { shrink: true } } : undefined}
    >
      <MenuItem value={ALL}>{t('common.all')}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.text}
        </MenuItem>
      ))}
    </TextField>
  );
}
