import type { Person } from '../../../preload/contract';
import { call } from '../api/client';
import { PICKER_LIMIT, RecordPicker, type EmptyPickerHint } from './RecordPicker';

/** Chooses a person by typing part of the name; optionally only people of one institution (its representatives). */
export function PersonPicker(props: {
  value: string | null;
  onChange: (id: string | null, person: Person | null) => void;
  label: string;
  institutionId?: string | null;
  error?: string;
  /** What to say, and which form to open, when there is nobody (nothing) to choose. */
  emptyHint?: EmptyPickerHint;
}) {
  return (
    <RecordPicker<Person>
      {...props}
      queryKey={['people', props.institutionId ?? 'all']}
      search={(text) => call('people.list', { search: text || undefined, institutionId: props.institutionId ?? undefined, limit: PICKER_LIMIT })}
      load={(id) => call('people.get', { id })}
      primary={(person) => `${person.firstName} ${person.lastName}`}
      secondary={(person) => [person.position, person.institutionName].filter(Boolean).join(' · ') || null}
    />
  );
}
