/** Channels of data safety: backups, restore, the integrity check. */
import { channel, none } from '../channel';
import { backupFolder, backupName, integrityCheck, type Backup, type BackupOverview, type IntegrityReport } from '../schemas/backups';

export const backupChannels = {
  'backups.overview': channel<BackupOverview>()(none),
  'backups.create': channel<Backup>()(none),
  /** Replaces the database with a backup; the state replaced is kept as a backup first. */
  'backups.restore': channel<Backup>()(backupName),
  'backups.setFolder': channel<BackupOverview>()(backupFolder),
  /** The integrity check of the database (quick, or full with the foreign keys). */
  'backups.checkDatabase': channel<IntegrityReport>()(integrityCheck),
} as const;
