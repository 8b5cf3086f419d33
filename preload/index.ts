/**
 * The only bridge between the page and the main process: one function per contract channel,
 * built from the contract's own list of names. The page gets no ipcRenderer and no Node.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from './contract/bridge';
import { CHANNEL_NAMES } from './contract/channels';

const bridge = Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]));

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
