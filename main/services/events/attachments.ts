/**
 * Files kept with an event (a signed attendance list, photos of a flip chart): PDF, JPG or PNG, checked by content
 * and stored content-addressed in the data folder; the database keeps where, the original name and the SHA-256.
 */
import type { Knex } from 'knex';
import type { EventAttachment, EventAttachmentUpload, ExportedFile } from '../../../preload/contract';
import { notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { exportStoredFile, storeFile } from '../storedFiles';
import { deleteAudited, insertAudited, type RecordKind } from '../versioned';
import { ATTACHMENT_WHAT, eventRow } from './read';

const ATTACHMENT: RecordKind = { table: 'event_attachments', what: ATTACHMENT_WHAT };

interface AttachmentRow {
  id: string;
  event_id: string;
  path: string;
  name: string;
  sha256: string;
  created_at: string;
}

function toAttachment(row: AttachmentRow): EventAttachment {
  return { id: row.id, eventId: row.event_id, name: row.name, sha256: row.sha256, createdAt: row.created_at };
}

async function attachmentRow(db: Knex, id: string): Promise<AttachmentRow> {
  const row: AttachmentRow | undefined = await db('event_attachments').where({ id }).first();
  if (!row) throw notFound(ATTACHMENT_WHAT);
  return row;
}

export async function addAttachment(db: Knex, filesDir: string, input: EventAttachmentUpload): Promise<EventAttachment> {
  await eventRow(db, input.eventId);
  const stored = await storeFile(filesDir, 'skany', input.file);
  const row: AttachmentRow = { id: newId('att'), event_id: input.eventId, path: stored.path, name: stored.name, sha256: stored.sha256, created_at: nowIso() };
  await db.transaction(async (trx) => {
    // The event may have been deleted while the file was being written.
    await eventRow(trx, input.eventId);
    await insertAudited(trx, ATTACHMENT, { ...row });
  });
  return toAttachment(row);
}

/** Removes the attachment from the event; the file stays (the same content may be another record's too). */
export async function deleteAttachment(db: Knex, id: string): Promise<{ id: string }> {
  await attachmentRow(db, id);
  await deleteAudited(db, ATTACHMENT, id);
  return { id };
}

export async function getAttachmentFile(db: Knex, filesDir: string, id: string): Promise<ExportedFile> {
  const row = await attachmentRow(db, id);
  return exportStoredFile(filesDir, { path: row.path, name: row.name, sha256: row.sha256 });
}
