import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import CalendarIcon from '@mui/icons-material/CalendarMonthOutlined';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { formatDate, parseTypedDate } from '../i18n/format';
import { useTypedText } from './useTypedText';

const shown = (value: string) => (value && parseTypedDate(value) === value ? formatDate(value) : value);

/**
 * A date as the contract wants it ('YYYY-MM-DD', or '' for none), typed and shown as dd.mm.rrrr whatever the
 * system's or the browser's language (the browser's own date input follows the system's format: mm/dd/yyyy on an
 * English Windows). The button opens the browser's calendar. Text that is no date is passed on as typed, so the
 * form's check refuses it, and the field says how to write it.
 */
export function DateField(props: { label: string; value: string | null; onChange: (value: string) => void; error?: string; required?: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useTypedText(props.value ?? '', parseTypedDate, shown);
  const [touched, setTouched] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const change = (typed: string) => {
    setText(typed);
    props.onChange(parseTypedDate(typed) ?? typed);
  };
  const malformed = touched && parseTypedDate(text) === null;
  const error = malformed ? t('common.dateFormatHint') : props.error;

  return (
    <TextField
      label={props.label}
      required={props.required}
      value={text}
      placeholder={t('common.datePlaceholder')}
      onChange={(event) => change(event.target.value)}
      onBlur={() => {
        setTouched(true);
        const parsed = parseTypedDate(text);
        if (parsed) setText(formatDate(parsed));
      }}
      error={Boolean(error)}
      helperText={error ?? ' '}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { inputMode: 'numeric', autoComplete: 'off' },
        input: {
          endAdornment: (
            <InputAdornment position="end" sx={{ position: 'relative' }}>
              <IconButton edge="end" size="small" aria-label={t('common.openCalendar')} onClick={() => picker.current?.showPicker()}>
                <CalendarIcon fontSize="small" />
              </IconButton>
              <input
                ref={picker}
                type="date"
                tabIndex={-1}
                aria-hidden
                value={parseTypedDate(text) ?? ''}
                onChange={(event) => change(event.target.value ? formatDate(event.target.value) : '')}
                style={{ position: 'absolute', right: 0, bottom: 0, width: 1, height: 1, opacity: 0, border: 0, padding: 0, pointerEvents: 'none' }}
              />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
