/**
 * Files kept with an event (a signed attendance list, photos with captions): PDF, JPG or PNG, checked by content
 * and stored content-addressed in the data folder; the database keeps where, the original name and the SHA-256, and
 * what the file is (kind), its caption, the day it was taken and whether the summary's photo page prints it.
 */
import type { Knex } from 'knex';
import type { AttachmentKind, EventAttachment, EventAttachmentUpdate, EventAttachmentUpload, ExportedFile } from '../../../preload/contract';
import { notFound, ServiceError } from '../errors';
import { newId, nowIso } from '../ids';
import { exportStoredFile, readStoredFile, storeFile } from '../storedFiles';
import { deleteAudited, insertAudited, updateAudited, type RecordKind } from '../versioned';
import { ATTACHMENT_WHAT, eventRow, isImagePath, toAttachment, type AttachmentRow } from './read';

export type { AttachmentRow } from './read';

const ATTACHMENT: RecordKind = { table: 'event_attachments', what: ATTACHMENT_WHAT };

async function attachmentRow(db: Knex, id: string): Promise<AttachmentRow> {
  const row: AttachmentRow | undefined = await db('event_attachments').where({ id }).first();
  if (!row) throw notFound(ATTACHMENT_WHAT);
  return row;
}

/** A photo is a JPG or PNG, and only a photo goes to the summary's photo page: refused next to the field otherwise. */
function checkKind(kind: AttachmentKind, isImage: boolean, name: string, inSummary: boolean): void {
  if (kind === 'photo' && !isImage) {
    const message = `Plik „${name}” nie jest zdjęciem: zdjęciem może być tylko plik JPG lub PNG. Wybierz rodzaj „podpisana lista obecności” albo „inny dokument”.`;
    throw new ServiceError('validation', message, { kind: message });
  }
  if (inSummary && kind !== 'photo') {
    const message = 'Do sprawozdania trafiają tylko zdjęcia: zmień rodzaj na „zdjęcie” albo odznacz „do sprawozdania”.';
    throw new ServiceError('validation', message, { inSummary: message });
  }
}

export async function addAttachment(db: Knex, filesDir: string, input: EventAttachmentUpload): Promise<EventAttachment> {
  await eventRow(db, input.eventId);
  const stored = await storeFile(filesDir, 'skany', input.file);
  const isImage = isImagePath(stored.path);
  const kind: AttachmentKind = input.kind ?? (isImage ? 'photo' : 'signed_list');
  checkKind(kind, isImage, stored.name, input.inSummary ?? false);
  const row: AttachmentRow = {
    id: newId('att'),
    event_id: input.eventId,
    path: stored.path,
    name: stored.name,
    sha256: stored.sha256,
    created_at: nowIso(),
    kind,
    caption: input.caption ?? null,
    taken_on: input.takenOn ?? null,
    in_summary: input.inSummary ?? false,
  };
  await db.transaction(async (trx) => {
    // The event may have been deleted while the file was being written.
    await eventRow(trx, input.eventId);
    await insertAudited(trx, ATTACHMENT, { ...row });
  });
  return toAttachment(row);
}

export async function updateAttachment(db: Knex, input: EventAttachmentUpdate): Promise<EventAttachment> {
  const row = await attachmentRow(db, input.id);
  const inSummary = input.inSummary ?? false;
  checkKind(input.kind, isImagePath(row.path), row.name, inSummary);
  const changes = { kind: input.kind, caption: input.caption ?? null, taken_on: input.takenOn ?? null, in_summary: inSummary };
  await updateAudited(db, ATTACHMENT, input.id, changes);
  return toAttachment({ ...row, ...changes });
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

/** The attachments of an event as stored, in the order they were added. */
export async function attachmentRows(db: Knex, eventId: string): Promise<AttachmentRow[]> {
  return db('event_attachments').where({ event_id: eventId }).orderBy([{ column: 'created_at' }, { column: 'id' }]);
}

/** The verified bytes of an attachment; a missing or changed file is refused with its name and the event's title. */
export async function attachmentBytes(filesDir: string, row: AttachmentRow): Promise<Uint8Array> {
  return readStoredFile(filesDir, row.path, row.sha256, row.name);
}
