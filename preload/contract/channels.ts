/**
 * THE IPC contract: every channel the renderer may call, with the zod schema of its input and
 * the type of its output. Main registers its handlers from this map and validates every payload
 * against it; preload builds `window.kooperator` from its keys; the renderer's client is typed by it.
 */
import { z } from 'zod';
import * as f from './schemas/fields';
import { institutionListQuery, institutionSave, type Institution, type InstitutionDuplicate } from './schemas/institution';
import { personListQuery, personSave, type Person } from './schemas/person';
import { importRequest, type ImportPreview, type ImportResult } from './schemas/import';
import { territoryCode, territorySearchQuery, type TerritoryHit, type TerritoryStatus, type TerritoryUpdateResult } from './schemas/territory';
import type { AppInfo } from './schemas/app';
import type { ExportedFile } from './schemas/fields';

// Default messages for anything a schema does not word itself (wrong types in a hand-made call).
z.config(z.locales.pl());

/** A channel: its input schema, and its output type carried as a phantom (outputs are ours, not user input). */
export interface Channel<Input extends z.ZodType, Output> {
  input: Input;
  output?: Output;
}

function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): Channel<Input, Output> => ({ input });
}

const byId = z.object({ id: f.id });
const byIdAndVersion = z.object({ id: f.id, version: f.version });
const none = z.undefined().or(z.object({}).strict()).optional();

export const contract = {
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

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
