/**
 * THE IPC contract: every channel the renderer may call, with the zod schema of its input and
 * the type of its output. Main registers its handlers from this map and validates every payload
 * against it; preload builds `window.kooperator` from its keys; the renderer's client is typed by it.
 * Each domain declares its channels in domains/; this is the one place they are joined.
 */
import type { z } from 'zod';
import { dailyUseChannels } from './domains/dailyUse';
import { exchangeChannels } from './domains/exchange';
import { maintenanceChannels } from './domains/maintenance';
import { printingChannels } from './domains/printing';
import { partnershipChannels } from './domains/partnerships';
import { registerChannels } from './domains/registers';
import { projectChannels } from './domains/projects';
import { agreementChannels } from './domains/agreements';
import { templateChannels } from './domains/templates';
import { templateHelpChannels } from './domains/templateHelp';
import { eventChannels } from './domains/events';
import { eventDocumentChannels } from './domains/eventDocuments';
import { reportChannels } from './domains/reports';
import { auditChannels } from './domains/audit';
import { rodoChannels } from './domains/rodo';
import { connectionChannels } from './domains/connection';

export const contract = {
  ...exchangeChannels,
  ...registerChannels,
  ...projectChannels,
  ...agreementChannels,
  ...templateChannels,
  ...templateHelpChannels,
  ...partnershipChannels,
  ...maintenanceChannels,
  ...printingChannels,
  ...eventChannels,
  ...eventDocumentChannels,
  ...dailyUseChannels,
  ...reportChannels,
  ...auditChannels,
  ...rodoChannels,
  ...connectionChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
