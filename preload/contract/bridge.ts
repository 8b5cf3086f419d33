import type { ChannelName, InputOf, OutputOf } from './channels';
import type { Result } from './errors';

/** `window.kooperator`: one function per contract channel, each answering with a Result. */
export type KooperatorBridge = {
  [C in ChannelName]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
};

/** Name of the global the preload script exposes the bridge under. */
export const BRIDGE_GLOBAL = 'kooperator';
