/**
 * How the renderer reaches the services: the Electron preload bridge when present, otherwise
 * the browser test harness over HTTP on the same origin. Both carry the same contract.
 */
import { BRIDGE_GLOBAL, type ChannelName, type KooperatorBridge, type Result } from '../../../preload/contract';

export type Transport = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

function bridgeTransport(bridge: KooperatorBridge): Transport {
  return (channel, input) => (bridge[channel] as (input: unknown) => Promise<Result<unknown>>)(input);
}

const httpTransport: Transport = async (channel, input) => {
  const response = await fetch(`api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ input }),
  });
  if (!response.headers.get('content-type')?.includes('application/json')) {
    return { ok: false, error: { code: 'internal', message: `Serwer odpowiedział błędem ${response.status}` } };
  }
  return (await response.json()) as Result<unknown>;
};

export function pickTransport(): Transport {
  const bridge = (window as unknown as Record<string, KooperatorBridge | undefined>)[BRIDGE_GLOBAL];
  return bridge ? bridgeTransport(bridge) : httpTransport;
}
