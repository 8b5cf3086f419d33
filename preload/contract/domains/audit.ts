/** Channels of the audit log: a record's history of changes, and the whole log as XLSX. */
import { channel } from '../channel';
import { auditExport, auditForRecord, type AuditEntry } from '../schemas/audit';
import type { ExportedFile } from '../schemas/fields';

export const auditChannels = {
  /** The changes of one record and of its child rows (members, participants, attendance…), newest first. */
  'audit.forRecord': channel<AuditEntry[]>()(auditForRecord),
  /** Every entry of the period (Warsaw days, inclusive) as an XLSX file. */
  'audit.export': channel<ExportedFile>()(auditExport),
} as const;
