/** Channels of the register of institutions. */
import { byId, byIdAndVersion, channel } from '../channel';
import { institutionListQuery, institutionSave, type Institution, type InstitutionDuplicate } from '../schemas/institutions';
import type { ExportedFile } from '../schemas/fields';

export const institutionChannels = {
  'institutions.list': channel<Institution[]>()(institutionListQuery),
  'institutions.get': channel<Institution>()(byId),
  'institutions.save': channel<Institution>()(institutionSave),
  'institutions.delete': channel<{ id: string }>()(byIdAndVersion),
  /** Warns before saving: same NIP, or a near-identical name in the same gmina. */
  'institutions.duplicates': channel<InstitutionDuplicate[]>()(institutionSave),
  /** The list as filtered, as an XLSX file. */
  'institutions.export': channel<ExportedFile>()(institutionListQuery),
} as const;
