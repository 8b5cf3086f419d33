/** Handlers of this PC's settings: the database choice and the user's name. */
import type { connectionChannels } from '../../../preload/contract/domains/connection';
import { connectionSettings, saveConnection, testConnection } from '.';
import { saveWorkstationUserName } from '../office';
import type { HandlersOf } from '../handlerTypes';

export const connectionHandlers: HandlersOf<typeof connectionChannels> = {
  'connection.get': async (ctx) => connectionSettings(ctx),
  'connection.test': (ctx, input) => testConnection(ctx, input),
  'connection.save': async (ctx, input) => saveConnection(ctx, input),
  'connection.saveUserName': async (ctx, input) => saveWorkstationUserName(ctx, input.userName),
};
