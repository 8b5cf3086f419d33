import type { Institution, InstitutionType } from '../../../preload/contract';
import { call } from '../api/client';
import { RecordPicker } from './RecordPicker';

/** Chooses an institution by typing part of its name or town; optionally only of some types (e.g. OPS for a leader). */
export function InstitutionPicker(props: {
  value: string | null;
  onChange: (id: string | null, institution: Institution | null) => void;
  label: string;
  types?: readonly InstitutionType[];
  required?: boolean;
  error?: string;
}) {
  return (
    <RecordPicker<Institution>
      {...props}
      queryKey={['institutions', props.types ?? 'all']}
      search={async (text) => (await call('institutions.list', { search: text || undefined })).filter((i) => !props.types || props.types.includes(i.type))}
      load={(id) => call('institutions.get', { id })}
      primary={(institution) => institution.name}
      secondary={(institution) => [institution.territoryName, institution.city].filter(Boolean).join(' · ') || null}
    />
  );
}
