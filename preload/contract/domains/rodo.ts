/** Channels of personal data (RODO): export and anonymisation of a person, retention, the information clause. */
import { channel, none } from '../channel';
import type { Person } from '../schemas/people';
import type { ExportedFile } from '../schemas/fields';
import { rodoAnonymise, rodoDueQuery, rodoPersonExport, rodoSettingsSave, type RodoDuePerson, type RodoSettings } from '../schemas/rodo';

export const rodoChannels = {
  /** Everything kept about one person, as JSON or PDF. */
  'rodo.personExport': channel<ExportedFile>()(rodoPersonExport),
  /** Removes the person's identity; participations, attendance and certificates stay (reports count the same). */
  'rodo.anonymise': channel<Person>()(rodoAnonymise),
  'rodo.settings': channel<RodoSettings>()(none),
  'rodo.saveSettings': channel<RodoSettings>()(rodoSettingsSave),
  /** People whose retention period has ended: every participation in projects that ended long enough ago. */
  'rodo.due': channel<RodoDuePerson[]>()(rodoDueQuery),
} as const;
