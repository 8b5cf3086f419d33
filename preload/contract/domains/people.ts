/** Channels of the register of people. */
import { byId, byIdAndVersion, channel } from '../channel';
import { personListQuery, personPageQuery, personSave, type Person, type PersonPage } from '../schemas/people';
import type { ExportedFile } from '../schemas/fields';
import type { PersonHistory } from '../schemas/personHistory';

export const peopleChannels = {
  'people.list': channel<Person[]>()(personListQuery),
  /** The register page: one page in Polish order and the number of matches. */
  'people.page': channel<PersonPage>()(personPageQuery),
  'people.get': channel<Person>()(byId),
  'people.save': channel<Person>()(personSave),
  'people.delete': channel<{ id: string }>()(byIdAndVersion),
  /** Warns before saving: the same name in the same institution. */
  'people.duplicates': channel<Person[]>()(personSave),
  /** The list as filtered, as an XLSX file. */
  'people.export': channel<ExportedFile>()(personListQuery),
  /** The person's history: events attended and led, hours, certificates, totals. */
  'people.history': channel<PersonHistory>()(byId),
} as const;
