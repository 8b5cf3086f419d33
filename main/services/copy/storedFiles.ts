/** The stored files a copied database refers to, copied into the destination's data folder. */
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { absolutePath, fileHash } from '../storedFiles';

interface StoredRef {
  path: string;
  sha256: string;
}

/** Every stored file the database refers to: logo strips, signed scans, events' attachments, files of studies. */
export async function storedFileRefs(db: Knex): Promise<StoredRef[]> {
  const refs: StoredRef[] = [];
  const collect = async (table: string, pathColumn: string, shaColumn: string) => {
    const rows = (await db(table).whereNotNull(pathColumn).select({ path: pathColumn, sha256: shaColumn })) as StoredRef[];
    refs.push(...rows);
  };
  await collect('projects', 'logo_color_path', 'logo_color_sha256');
  await collect('projects', 'logo_mono_path', 'logo_mono_sha256');
  await collect('agreements', 'scan_path', 'scan_sha256');
  await collect('event_attachments', 'path', 'sha256');
  await collect('studies', 'file_path', 'file_sha256');
  const unique = new Map(refs.map((ref) => [`${ref.path}\n${ref.sha256}`, ref]));
  return [...unique.values()];
}

export interface FilesCopied {
  copied: number;
  present: number;
  missingInSource: string[];
  /** Files this copy added to the destination's folder: removed again if the copy fails. */
  added: string[];
  mismatches: string[];
}

export async function copyStoredFiles(refs: StoredRef[], fromDir: string, toDir: string): Promise<FilesCopied> {
  const result: FilesCopied = { copied: 0, present: 0, missingInSource: [], added: [], mismatches: [] };
  const shared = path.resolve(fromDir) === path.resolve(toDir);
  for (const ref of refs) {
    // A path that would leave its folder is never followed.
    const from = absolutePath(fromDir, ref.path);
    const to = absolutePath(toDir, ref.path);
    if (!from || !to) {
      result.missingInSource.push(`${ref.path} (ścieżka poza folderem plików)`);
      continue;
    }
    if ((await fileHash(to)) === ref.sha256) {
      result.present += 1;
      continue;
    }
    if (shared || (await fileHash(from)) !== ref.sha256) {
      result.missingInSource.push(fs.existsSync(from) ? `${ref.path} (uszkodzony: inna suma SHA-256)` : ref.path);
      continue;
    }
    fs.mkdirSync(path.dirname(to), { recursive: true });
    const partial = `${to}.partial`;
    fs.copyFileSync(from, partial);
    fs.renameSync(partial, to);
    result.added.push(to);
    if ((await fileHash(to)) === ref.sha256) result.copied += 1;
    else result.mismatches.push(`plik ${ref.path}: w folderze docelowym ma inną sumę SHA-256 niż w bazie`);
  }
  return result;
}
