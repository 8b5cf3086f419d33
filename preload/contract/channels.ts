/**
 * THE IPC contract: every channel the renderer may call, with the zod schema of its input and
 * the type of its output. Main registers its handlers from this map and validates every payload
 * against it; preload builds `window.kooperator` from its keys; the renderer's client is typed by it.
 */
import { z } from 'zod';
import * as f from './schemas/fields';
import { institutionListQuery, institutionSave, type Institution } from './schemas/institution';
import type { AppInfo } from './schemas/app';

// Default messages for anything a schema does not word itself (wrong types in a hand-made call).
z.config(z.locales.pl());

/** A channel: its input schema, and its output type carried as a phantom (outputs are ours, not user input). */
export interface Channel<Input extends z.ZodType, Output> {
  input: Input;
  output?: Output;
}

function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): Channel<Input, Output> => ({ input });
}

const byId = z.object({ id: f.id });
const none = z.undefined().or(z.object({}).strict()).optional();

export const contract = {
  'app.info': channel<AppInfo>()(none),
  'institutions.list': channel<Institution[]>()(institutionListQuery),
  'institutions.get': channel<Institution>()(byId),
  'institutions.save': channel<Institution>()(institutionSave),
  'institutions.delete': channel<{ id: string }>()(z.object({ id: f.id, version: f.version })),
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
