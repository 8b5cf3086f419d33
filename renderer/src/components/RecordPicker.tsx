import AddIcon from '@mui/icons-material/Add';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

/** What a picker with nothing to choose from says, and the button that adds what is missing. */
export interface EmptyPickerHint {
  /** "W tej instytucji nie ma jeszcze osób: najpierw dodaj osobę, która ją reprezentuje." */
  text: string;
  /** "Dodaj osobę" */
  actionLabel: string;
  /** Where the button leads: the form adding the record ("/osoby/nowa?instytucja=…"). */
  to: string;
}

/** How many matches a picker shows: the first in Polish order; typing more narrows them. The service sends no more. */
export const PICKER_LIMIT = 50;

/**
 * Chooses one record of a register by typing part of its name (diacritics-insensitive, as the list's search).
 * The value is the record's id; the picker loads the chosen record to show its name.
 */
export function RecordPicker<Row extends { id: string }>(props: {
  value: string | null;
  onChange: (id: string | null, row: Row | null) => void;
  label: string;
  required?: boolean;
  error?: string;
  helperText?: string;
  /** Cache key of the register ("institutions", "people", …) and of this particular filter. */
  queryKey: unknown[];
  search: (text: string) => Promise<Row[]>;
  load: (id: string) => Promise<Row>;
  primary: (row: Row) => string;
  secondary?: (row: Row) => string | null;
  /** Shown instead of an empty list when there is nothing at all to choose (not merely nothing matching). */
  emptyHint?: EmptyPickerHint;
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const query = useDeferredValue(input.trim());
  const selected = useQuery({ queryKey: [...props.queryKey, 'one', props.value], queryFn: () => props.load(props.value!), enabled: Boolean(props.value) });
  const hits = useQuery({ queryKey: [...props.queryKey, 'pick', query], queryFn: () => props.search(query), placeholderData: keepPreviousData });
  const empty = props.emptyHint && !props.value && query === '' && hits.isSuccess && !hits.isPlaceholderData && hits.data.length === 0 ? props.emptyHint : null;
  const picker = (
    <Autocomplete<Row>
      value={props.value ? (selected.data ?? null) : null}
      options={hits.data ?? []}
      filterOptions={(options) => options}
      getOptionLabel={props.primary}
      getOptionKey={(row) => row.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_event, row) => props.onChange(row?.id ?? null, row)}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      noOptionsText={empty ? empty.text : t('common.noMatches')}
      renderOption={({ key, ...optionProps }, row) => (
        <li key={key} {...optionProps}>
          <div>
            <Typography variant="body2">{props.primary(row)}</Typography>
            {props.secondary?.(row) && (
              <Typography variant="caption" color="text.secondary">
                {props.secondary(row)}
              </Typography>
            )}
          </div>
        </li>
      )}
      renderInput={(params) => (
        <TextField {...params} label={props.label} required={props.required} error={Boolean(props.error)} helperText={props.error ?? empty?.text ?? props.helperText ?? ' '} />
      )}
    />
  );
  if (!empty) return picker;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      {picker}
      <Button size="small" startIcon={<AddIcon />} component={RouterLink} to={empty.to}>
        {empty.actionLabel}
      </Button>
    </Stack>
  );
}
