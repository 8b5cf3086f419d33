/** Handlers of the data-safety channels. */
import type { maintenanceChannels } from '../../../preload/contract/domains/maintenance';
import { checkIntegrity } from '../../services/backup';
import type { ServiceContext } from '../../services/context';
import { backupFolderOf, backupNow, defaultBackupFolder, listBackupsOf, restoreBackup, setBackupFolder } from '../../services/maintenance';
import type { HandlersOf } from '../handlerTypes';

async function overview(ctx: ServiceContext) {
  const folder = await backupFolderOf(ctx);
  return { folder, isDefaultFolder: folder === defaultBackupFolder(ctx.databaseLocation), backups: await listBackupsOf(ctx) };
}

export const maintenanceHandlers: HandlersOf<typeof maintenanceChannels> = {
  'backups.overview': (ctx) => overview(ctx),
  'backups.create': (ctx) => backupNow(ctx, 'manual'),
  'backups.restore': (ctx, { name }) => restoreBackup(ctx, name),
  'backups.setFolder': async (ctx, { folder }) => {
    await setBackupFolder(ctx.db, folder);
    return overview(ctx);
  },
  'database.check': async (ctx, { full }) => {
    const problems = await checkIntegrity(ctx.db, full);
    return { ok: problems.length === 0, problems };
  },
};
