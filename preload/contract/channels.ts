/**
 * THE IPC contract: every channel the renderer may call, with the zod schema of its input and
 * the type of its output. Main registers its handlers from this map and validates every payload
 * against it; preload builds `window.kooperator` from its keys; the renderer's client is typed by it.
 * Each domain declares its channels in domains/<domain>.ts, named `<domain>.<verb>`; this is the one place they
 * are joined, and DOMAINS lists the domains (main keeps each one's handlers in main/services/<domain>/handlers.ts).
 */
import type { z } from 'zod';
import { appChannels } from './domains/app';
import { territoryChannels } from './domains/territory';
import { institutionChannels } from './domains/institutions';
import { peopleChannels } from './domains/people';
import { importChannels } from './domains/imports';
import { projectChannels } from './domains/projects';
import { agreementChannels } from './domains/agreements';
import { templateChannels } from './domains/templates';
import { partnershipChannels } from './domains/partnerships';
import { eventChannels } from './domains/events';
import { eventDocumentChannels } from './domains/eventDocuments';
import { printingChannels } from './domains/printing';
import { reportChannels } from './domains/reports';
import { exchangeChannels } from './domains/exchange';
import { backupChannels } from './domains/backups';
import { auditChannels } from './domains/audit';
import { rodoChannels } from './domains/rodo';
import { connectionChannels } from './domains/connection';
import { officeChannels } from './domains/office';
import { dashboardChannels } from './domains/dashboard';
import { searchChannels } from './domains/search';
import { studyChannels } from './domains/studies';
import { subregionChannels } from './domains/subregions';

export const contract = {
  ...appChannels,
  ...territoryChannels,
  ...institutionChannels,
  ...peopleChannels,
  ...importChannels,
  ...projectChannels,
  ...agreementChannels,
  ...templateChannels,
  ...partnershipChannels,
  ...eventChannels,
  ...eventDocumentChannels,
  ...printingChannels,
  ...reportChannels,
  ...exchangeChannels,
  ...backupChannels,
  ...auditChannels,
  ...rodoChannels,
  ...connectionChannels,
  ...officeChannels,
  ...dashboardChannels,
  ...searchChannels,
  ...studyChannels,
  ...subregionChannels,
} as const;

/** The contract's domains: one name on every layer (contract, services, renderer). */
export const DOMAINS = [
  'app',
  'territory',
  'institutions',
  'people',
  'imports',
  'projects',
  'agreements',
  'templates',
  'partnerships',
  'events',
  'eventDocuments',
  'printing',
  'reports',
  'exchange',
  'backups',
  'audit',
  'rodo',
  'connection',
  'office',
  'dashboard',
  'search',
  'studies',
  'subregions',
] as const;
export type Domain = (typeof DOMAINS)[number];

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
