/** Channels of importing institutions or people from an XLSX/CSV table. */
import { channel } from '../channel';
import type { ExportedFile } from '../schemas/fields';
import { importRequest, importTemplateRequest, type ImportPreview, type ImportResult } from '../schemas/imports';

export const importChannels = {
  /** Reads an XLSX/CSV file and checks every row; writes nothing. */
  'imports.preview': channel<ImportPreview>()(importRequest),
  /** Writes every row in one transaction, or nothing when any row has a problem. */
  'imports.commit': channel<ImportResult>()(importRequest),
  /** An empty XLSX with the expected columns, and a sheet explaining each (required or not, what to write, the lists). */
  'imports.template': channel<ExportedFile>()(importTemplateRequest),
} as const;
