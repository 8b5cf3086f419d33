import { useState } from 'react';

/**
 * The text of a field the user types in a format of the app's own (a date as dd.mm.rrrr, a time as gg:mm), kept
 * apart from the value the form holds. A value that comes from outside (a reset, the calendar, a loaded record)
 * replaces the text, unless the text already means that value ("7.12.2026" for 2026-12-07 stays as typed).
 */
export function useTypedText(value: string, parse: (text: string) => string | null, show: (value: string) => string) {
  const [text, setText] = useState(() => show(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (parse(text) !== value) setText(show(value));
  }
  return [text, setText] as const;
}
