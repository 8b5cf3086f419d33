import type { Institution, InstitutionType } from '../../../preload/contract';
import { call } from '../api/client';
import { PICKER_LIMIT, RecordPicker, type EmptyPickerHint } from './RecordPicker';

/** Chooses an institution by typing part of its name or town; optionally only of some types (e.g. OPS for a leader). */
export function InstitutionPicker(props: {
  value: string | null;
  onChange: (id: string | null, institution: Institution | null) => void;
  label: string;
  types?: readonly InstitutionType[];
  required?: boolean;
  error?: string;
  /** What to say, and which form to open, when there is nobody (nothing) to choose. */
  emptyHint?: EmptyPickerHint;
}) {
  return (
    <RecordPicker<Institution>
      {...props}
      queryKey={['institutions', props.types ?? 'all']}
      search={(text) => call('institutions.list', { search: text || undefined, types: props.types ? [...props.types] : undefined, limit: PICKER_LIMIT })}
      load={(id) => call('institutions.get', { id })}
      primary={(institution) => institution.name}
      secondary={(institution) => [institution.territoryName, institution.city].filter(Boolean).join(' · ') || null}
    />
  );
}
