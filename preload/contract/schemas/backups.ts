import { z } from 'zod';
import * as f from './fields';
import type { BackupReason } from '../vocabulary';

export interface Backup {
  name: string;
  createdAt: string;
  reason: BackupReason;
  schemaVersion: string | null;
  sizeBytes: number;
}

export interface BackupOverview {
  folder: string;
  /** True when the folder is the default one beside the database. */
  isDefaultFolder: boolean;
  backups: Backup[];
}

export const backupName = z.object({
  name: f.text({ error: 'Wybierz kopię zapasową' }).regex(/^kopia-[\w-]+$/, 'Nieprawidłowa nazwa kopii zapasowej'),
});

export const backupFolder = z.object({
  /** null: back to the default folder beside the database. */
  folder: f.text().trim().min(1, 'Podaj folder').max(500).nullable(),
});

export const integrityCheck = z.object({ full: z.boolean().default(false) });

export interface IntegrityReport {
  ok: boolean;
  problems: string[];
}
