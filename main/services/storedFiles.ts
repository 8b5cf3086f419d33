/**
 * Files the database refers to (signed scans, logo strips), kept in the app's data folder (ctx.filesDir).
 * The database keeps where the file is (relative to that folder), the original name and the SHA-256, never
 * the bytes. Files are content-addressed: `<category>/<sha256>.<extension>`, so the same file uploaded twice
 * is stored once, and a name can never clash with another file (Polish letters and spaces in the original
 * name do not reach the file system at all). Writes are atomic: a temporary file in the same folder,
 * flushed, then renamed over the final name.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportedFile, FileUpload } from '../../preload/contract';
import { ServiceError } from './errors';
import { fileBytes } from './files';

/** Folders under filesDir, by what the files are: scans of signed documents, logo strips. */
export type StoredFileCategory = 'skany' | 'logo' | 'opracowania';

export interface StoredFile {
  /** Relative to filesDir, with '/' separators on every system. */
  path: string;
  /** The original file name, for downloads. */
  name: string;
  sha256: string;
}

type FileType = 'pdf' | 'png' | 'jpg' | 'svg' | 'docx';

const TYPES: Record<FileType, { label: string; extensions: string[] }> = {
  pdf: { label: 'PDF', extensions: ['pdf'] },
  png: { label: 'PNG', extensions: ['png'] },
  jpg: { label: 'JPG', extensions: ['jpg', 'jpeg'] },
  svg: { label: 'SVG', extensions: ['svg'] },
  docx: { label: 'DOCX', extensions: ['docx'] },
};

const ALLOWED: Record<StoredFileCategory, FileType[]> = {
  skany: ['pdf', 'jpg', 'png'],
  logo: ['png', 'jpg', 'svg'],
  /** Files of studies and deliverables: a report as PDF or as a Word document. */
  opracowania: ['pdf', 'docx'],
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
}

/** An SVG document: UTF-8 text whose first element (after the XML declaration, comments, a doctype) is <svg>. */
function svgText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const prolog = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<svg[\s>]/i;
  return prolog.test(text) ? text : null;
}

/** What the content of a file is, by its first bytes (magic numbers), whatever its name says. */
export function detectFileType(bytes: Uint8Array): FileType | null {
  // Readers accept the PDF header anywhere in the first 1024 bytes; scanners sometimes write a few bytes before it.
  if (/%PDF-\d\.\d/.test(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'))) return 'pdf';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (svgText(bytes) !== null) return 'svg';
  // A Word document is a ZIP archive whose entries (names stored uncompressed) include word/document.xml.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && Buffer.from(bytes).includes('word/document.xml', 0, 'latin1')) return 'docx';
  return null;
}

/** The last part of a name as a browser or a dialog may send it (with a Windows or POSIX path), in NFC. */
function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).normalize('NFC').trim();
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function refuse(message: string): ServiceError {
  return new ServiceError('validation', message, { file: message });
}

/** Checks that a file is of a type the category allows, by content and extension; returns its type. */
export function checkFileType(category: StoredFileCategory, fileName: string, bytes: Uint8Array): FileType {
  const name = baseName(fileName);
  const allowed = ALLOWED[category];
  const allowedLabels = allowed.map((type) => TYPES[type].label).join(', ');
  if (bytes.length === 0) throw refuse(`Plik „${name}” jest pusty.`);
  const extension = extensionOf(name);
  const claimed = allowed.find((type) => TYPES[type].extensions.includes(extension));
  if (!claimed) throw refuse(`Plik „${name}” ma niedozwolony rodzaj${extension ? ` (.${extension})` : ''}. Dozwolone: ${allowedLabels}.`);
  const actual = detectFileType(bytes);
  if (actual !== claimed) {
    const what = actual ? `to plik ${TYPES[actual].label}` : 'jego zawartość nie jest rozpoznanym plikiem';
    throw refuse(`Plik „${name}” nie jest prawidłowym plikiem ${TYPES[claimed].label}: ${what}, choć ma rozszerzenie .${extension}. Dozwolone: ${allowedLabels}.`);
  }
  if (actual === 'svg') {
    // The document engine may place an SVG inline in the page it prints: no scripts or event handlers.
    const text = svgText(bytes)!;
    if (/<script[\s>]|\son[a-z]+\s*=|javascript:|<foreignObject[\s>]/i.test(text)) {
      throw refuse(`Plik „${name}” zawiera skrypty lub elementy aktywne, których logotyp nie może mieć. Zapisz logotypy jako zwykły SVG albo PNG.`);
    }
  }
  return actual;
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The absolute path of a stored file; refuses a path that would leave the data folder. */
export function absolutePath(filesDir: string, storedPath: string): string | null {
  const root = path.resolve(filesDir);
  const absolute = path.resolve(root, ...storedPath.split('/'));
  const relative = path.relative(root, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? absolute : null;
}

/** The SHA-256 of a file's bytes; null when it cannot be read. */
export async function fileHash(file: string): Promise<string | null> {
  try {
    return sha256Of(await fs.readFile(file));
  } catch {
    return null;
  }
}

/**
 * Stores an uploaded file under `<category>/<sha256>.<extension>` in filesDir, after checking by its content that
 * it is of a type the category allows (scans: PDF, JPG, PNG; logos: PNG, JPG, SVG). Atomic: a reader never sees
 * a half-written file. A file with the same content already there (and intact) is not written again.
 */
export async function storeFile(filesDir: string, category: StoredFileCategory, upload: FileUpload): Promise<StoredFile> {
  const bytes = fileBytes(upload);
  checkFileType(category, upload.fileName, bytes);
  const name = baseName(upload.fileName);
  const sha256 = sha256Of(bytes);
  const relative = `${category}/${sha256}.${extensionOf(name)}`;
  const target = absolutePath(filesDir, relative)!;
  const folder = path.dirname(target);
  await fs.mkdir(folder, { recursive: true });

  if ((await fileHash(target)) !== sha256) {
    const temporary = path.join(folder, `.${sha256}.${randomUUID()}.tmp`);
    try {
      const handle = await fs.open(temporary, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temporary, target);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
  }
  return { path: relative, name, sha256 };
}

/**
 * The bytes of a stored file, after checking they are still what was stored: a missing file is `not_found`,
 * a changed or damaged one a `conflict`, each with a Polish message saying what to do.
 */
export async function readStoredFile(filesDir: string, storedPath: string, expectedSha256: string, displayName?: string): Promise<Uint8Array> {
  const shown = displayName ?? storedPath;
  const absolute = absolutePath(filesDir, storedPath);
  if (!absolute) throw new ServiceError('not_found', `Nieprawidłowe położenie pliku „${shown}” w bazie danych. Dołącz plik ponownie.`);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ServiceError(
        'not_found',
        `Nie znaleziono pliku „${shown}” w folderze danych programu (${filesDir}). Mógł zostać usunięty lub przeniesiony poza programem: dołącz go ponownie albo przywróć z kopii zapasowej.`,
      );
    }
    throw error;
  }
  if (sha256Of(bytes) !== expectedSha256) {
    throw new ServiceError(
      'conflict',
      `Plik „${shown}” w folderze danych programu został zmieniony lub uszkodzony poza programem (suma kontrolna SHA-256 się nie zgadza). Dołącz go ponownie albo przywróć z kopii zapasowej.`,
    );
  }
  return new Uint8Array(bytes);
}

/** A stored file as the user downloads it: its original name and its (verified) content. */
export async function exportStoredFile(filesDir: string, stored: StoredFile): Promise<ExportedFile> {
  const bytes = await readStoredFile(filesDir, stored.path, stored.sha256, stored.name);
  return { fileName: stored.name, contentBase64: Buffer.from(bytes).toString('base64') };
}
