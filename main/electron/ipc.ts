/** Registers one ipcMain handler per contract channel; every call goes through the shared dispatcher. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, type Result } from '../../preload/contract';
import { dispatch } from '../ipc/dispatch';
import type { ServiceContext } from '../services/context';
import { isOwnPage } from './security';

export function registerIpcHandlers(context: ServiceContext, rendererIndexUrl: string): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      const frame = event.senderFrame;
      if (!frame || frame !== event.sender.mainFrame || !isOwnPage(frame.url, rendererIndexUrl)) {
        return { ok: false, error: { code: 'validation', message: 'Odrzucono wywołanie spoza okna aplikacji' } };
      }
      return dispatch(context, channel, input);
    });
  }
}
