/** Channels of importing institutions or people from an XLSX/CSV table. */
import { channel } from '../channel';
import { importRequest, type ImportPreview, type ImportResult } from '../schemas/imports';

export const importChannels = {
  /** Reads an XLSX/CSV file and checks every row; writes nothing. */
  'imports.preview': channel<ImportPreview>()(importRequest),
  /** Writes every row in one transaction, or nothing when any row has a problem. */
  'imports.commit': channel<ImportResult>()(importRequest),
} as const;
