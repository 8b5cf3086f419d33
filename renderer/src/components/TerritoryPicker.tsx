import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeTerritoryHit, type TerritoryHit, type TerritoryLevel } from '../../../preload/contract';
import { call } from '../api/client';

/**
 * Chooses a territorial unit by typing its name, diacritics-insensitive ("zory" finds Żory); every hit shows
 * its kind, powiat and voivodeship, so same-named gminas can be told apart. The value is a TERYT code.
 */
export function TerritoryPicker(props: {
  value: string | null;
  onChange: (code: string | null, hit: TerritoryHit | null) => void;
  label?: string;
  levels?: TerritoryLevel[];
  error?: string;
  helperText?: string;
  size?: 'small' | 'medium';
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const query = useDeferredValue(input.trim());
  const selected = useQuery({
    queryKey: ['territory', 'one', props.value],
    queryFn: () => call('territory.get', { code: props.value! }),
    enabled: Boolean(props.value),
    staleTime: Infinity,
  });
  const hits = useQuery({
    queryKey: ['territory', 'search', query, props.levels],
    queryFn: () => call('territory.search', { query, levels: props.levels, limit: 25 }),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
  const value = props.value ? (selected.data ?? null) : null;

  return (
    <Autocomplete<TerritoryHit>
      value={value}
      options={query.length >= 2 ? (hits.data ?? []) : []}
      filterOptions={(options) => options}
      getOptionLabel={(hit) => hit.name}
      getOptionKey={(hit) => hit.code}
      isOptionEqualToValue={(a, b) => a.code === b.code}
      onChange={(_event, hit) => props.onChange(hit?.code ?? null, hit)}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      loading={hits.isFetching}
      noOptionsText={query.length >= 2 ? t('territory.noOptions') : t('territory.typeToSearch')}
      renderOption={({ key, ...optionProps }, hit) => (
        <li key={key} {...optionProps}>
          <div>
            <Typography variant="body2">{hit.name}</Typography>
            <Typography variant="caption" color="text.secondary">
              {describeTerritoryHit(hit).split(' – ').slice(1).join(' – ')}
            </Typography>
          </div>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={props.label ?? t('territory.picker')}
          placeholder={t('territory.pickerHint')}
          error={Boolean(props.error)}
          helperText={props.error ?? (value ? describeTerritoryHit(value) : (props.helperText ?? ' '))}
          size={props.size}
        />
      )}
    />
  );
}
