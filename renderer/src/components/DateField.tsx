import TextField from '@mui/material/TextField';

/**
 * A date as the contract wants it ('YYYY-MM-DD', or '' for none). The browser's own date input shows it
 * in the user's format (dd.mm.rrrr in Polish) and gives a calendar.
 */
export function DateField(props: { label: string; value: string | null; onChange: (value: string) => void; error?: string; required?: boolean }) {
  return (
    <TextField
      type="date"
      label={props.label}
      required={props.required}
      value={props.value ?? ''}
      onChange={(event) => props.onChange(event.target.value)}
      error={Boolean(props.error)}
      helperText={props.error ?? ' '}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}
