import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import TextField from '@mui/material/TextField';
import { parseTypedTime } from '../i18n/format';
import { useTypedText } from './useTypedText';

/**
 * A time of day, HH:MM (24 h), typed as "9:30" or "09:30" whatever the system's language (the browser's own time
 * input shows 12-hour AM/PM on an English system). Text that is no time is passed on as typed, so the form's check
 * refuses it, and the field says how to write it.
 */
export function TimeField(props: { label: string; value: string; onChange: (value: string) => void; error?: string; required?: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useTypedText(props.value, parseTypedTime, (value) => value);
  const [touched, setTouched] = useState(false);

  const malformed = touched && parseTypedTime(text) === null;
  const error = malformed ? t('common.timeFormatHint') : props.error;
  return (
    <TextField
      required={props.required}
      label={props.label}
      value={text}
      placeholder={t('common.timePlaceholder')}
      onChange={(event) => {
        setText(event.target.value);
        props.onChange(parseTypedTime(event.target.value) ?? event.target.value);
      }}
      onBlur={() => {
        setTouched(true);
        const parsed = parseTypedTime(text);
        if (parsed) setText(parsed);
      }}
      error={Boolean(error)}
      helperText={error ?? ' '}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}
