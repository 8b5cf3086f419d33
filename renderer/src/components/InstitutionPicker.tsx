import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../preload/contract';
import { call } from '../api/client';

/** Chooses an institution by typing part of its name or town (diacritics-insensitive). The value is its id. */
export function InstitutionPicker(props: { value: string | null; onChange: (id: string | null) => void; label: string; error?: string }) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const query = useDeferredValue(input.trim());
  const selected = useQuery({
    queryKey: ['institutions', 'one', props.value],
    queryFn: () => call('institutions.get', { id: props.value! }),
    enabled: Boolean(props.value),
  });
  const hits = useQuery({
    queryKey: ['institutions', 'list', { search: query }],
    queryFn: () => call('institutions.list', { search: query || undefined }),
    placeholderData: keepPreviousData,
  });
  return (
    <Autocomplete<Institution>
      value={props.value ? (selected.data ?? null) : null}
      options={(hits.data ?? []).slice(0, 50)}
      filterOptions={(options) => options}
      getOptionLabel={(institution) => institution.name}
      getOptionKey={(institution) => institution.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_event, institution) => props.onChange(institution?.id ?? null)}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      noOptionsText={t('institutions.emptyFiltered')}
      renderInput={(params) => <TextField {...params} label={props.label} error={Boolean(props.error)} helperText={props.error ?? ' '} />}
    />
  );
}
