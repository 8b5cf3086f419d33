/** Channels of the registers: the app itself, territory, institutions, people, imports. */
import { byId, byIdAndVersion, channel, none } from '../channel';
import * as f from '../schemas/fields';
import { institutionListQuery, institutionSave, type Institution, type InstitutionDuplicate } from '../schemas/institution';
import { personListQuery, personPageQuery, personSave, type Person, type PersonPage } from '../schemas/person';
import { importRequest, type ImportPreview, type ImportResult } from '../schemas/import';
import { territoryCode, territorySearchQuery, type TerritoryHit, type TerritoryStatus, type TerritoryUpdateResult } from '../schemas/territory';
import type { AppInfo } from '../schemas/app';
import type { ExportedFile } from '../schemas/fields';

export const registerChannels = {
  'app.info': channel<AppInfo>()(none),

  'territory.search': channel<TerritoryHit[]>()(territorySearchQuery),
  'territory.get': channel<TerritoryHit>()(territoryCode),
  'territory.status': channel<TerritoryStatus>()(none),
  /** Replaces the register with a newer TERC file of GUS chosen by the user (UTF-8 or Windows-1250). */
  'territory.update': channel<TerritoryUpdateResult>()(f.fileUpload),

  'institutions.list': channel<Institution[]>()(institutionListQuery),
  'institutions.get': channel<Institution>()(byId),
  'institutions.save': channel<Institution>()(institutionSave),
  'institutions.delete': channel<{ id: string }>()(byIdAndVersion),
  /** Warns before saving: same NIP, or a near-identical name in the same gmina. */
  'institutions.duplicates': channel<InstitutionDuplicate[]>()(institutionSave),
  /** The list as filtered, as an XLSX file. */
  'institutions.export': channel<ExportedFile>()(institutionListQuery),

  'people.list': channel<Person[]>()(personListQuery),
  /** The register page: one page in Polish order and the number of matches. */
  'people.page': channel<PersonPage>()(personPageQuery),
  'people.get': channel<Person>()(byId),
  'people.save': channel<Person>()(personSave),
  'people.delete': channel<{ id: string }>()(byIdAndVersion),
  /** Warns before saving: the same name in the same institution. */
  'people.duplicates': channel<Person[]>()(personSave),
  'people.export': channel<ExportedFile>()(personListQuery),

  /** Reads an XLSX/CSV file and checks every row; writes nothing. */
  'import.preview': channel<ImportPreview>()(importRequest),
  /** Writes every row in one transaction, or nothing when any row has a problem. */
  'import.commit': channel<ImportResult>()(importRequest),
} as const;
