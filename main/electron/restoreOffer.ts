/** The damaged-database offer (main/services/recovery.ts) as the app's dialog: restore the newest good backup, or close. */
import { dialog } from 'electron';
import type { Logger } from '../ipc/dispatch';
import type { DatabaseDamagedError } from '../services/backups/damaged';
import { restoreOfferDialog } from '../services/backups/recovery';

export async function askToRestore(damaged: DatabaseDamagedError, log: Logger): Promise<boolean> {
  log('Plik bazy danych jest uszkodzony', damaged);
  const offer = restoreOfferDialog(damaged);
  if (!offer) return false;
  const { response } = await dialog.showMessageBox({ type: 'error', ...offer, defaultId: 0, cancelId: 1, noLink: true });
  return response === 0;
}
