/** Registers one ipcMain handler per contract channel; every call goes through the shared dispatcher. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, type Result } from '../../preload/contract';
import { dispatch, type Logger } from '../ipc/dispatch';
import type { ServiceContext } from '../services/context';
import { isTrustedSender } from './security';

export function registerIpcHandlers(context: ServiceContext, rendererIndexUrl: string, log: Logger): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      const frame = event.senderFrame;
      if (!frame || !isTrustedSender({ url: frame.url, isMainFrame: frame === event.sender.mainFrame }, rendererIndexUrl)) {
        log(`Odrzucono wywołanie ${channel} spoza okna aplikacji`, frame?.url);
        return { ok: false, error: { code: 'validation', message: 'Odrzucono wywołanie spoza okna aplikacji' } };
      }
      return dispatch(context, channel, input, log);
    });
  }
}
