/** Handlers of the data-safety channels. */
import type { backupChannels } from '../../../preload/contract/domains/backups';
import { checkIntegrity } from './backup';
import type { ServiceContext } from '../context';
import { backupFolderOf, backupNow, defaultBackupFolder, listBackupsOf, restoreBackup, setBackupFolder } from '.';
import type { HandlersOf } from '../handlerTypes';

async function overview(ctx: ServiceContext) {
  const folder = await backupFolderOf(ctx);
  return { folder, isDefaultFolder: folder === defaultBackupFolder(ctx.databaseLocation), backups: await listBackupsOf(ctx) };
}

export const backupHandlers: HandlersOf<typeof backupChannels> = {
  'backups.overview': (ctx) => overview(ctx),
  'backups.create': (ctx) => backupNow(ctx, 'manual'),
  'backups.restore': (ctx, { name }) => restoreBackup(ctx, name),
  'backups.setFolder': async (ctx, { folder }) => {
    await setBackupFolder(ctx.db, folder);
    return overview(ctx);
  },
  'backups.checkDatabase': async (ctx, { full }) => {
    const problems = await checkIntegrity(ctx.db, full);
    return { ok: problems.length === 0, problems };
  },
};
