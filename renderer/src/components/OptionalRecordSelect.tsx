/** A drop-down of one record from a short register (a project, a partnership) that may also be left empty ("brak"). */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

export interface OptionalRecordSelectProps {
  label: string;
  value: string | null;
  /** Undefined while the list is loading. */
  options: readonly { id: string; name: string }[] | undefined;
  onChange: (id: string | null) => void;
  error?: string;
}

export function OptionalRecordSelect({ label, value, options, onChange, error }: OptionalRecordSelectProps) {
  const { t } = useTranslation();
  return (
    <TextField select fullWidth label={label} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} error={Boolean(error)} helperText={error ?? ' '}>
      <MenuItem value="">{t('common.none')}</MenuItem>
      {options?.map((option) => (
        <MenuItem key={option.id} value={option.id}>
          {option.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
