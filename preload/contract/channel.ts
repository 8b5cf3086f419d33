/** The building blocks of the contract: a channel, and the inputs many channels share. */
import { z } from 'zod';
import * as f from './schemas/fields';

// Default messages for anything a schema does not word itself (wrong types in a hand-made call).
z.config(z.locales.pl());

/** A channel: its input schema, and its output type carried as a phantom (outputs are ours, not user input). */
export interface Channel<Input extends z.ZodType, Output> {
  input: Input;
  output?: Output;
}

export function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): Channel<Input, Output> => ({ input });
}

export const byId = z.object({ id: f.id });
export const byIdAndVersion = z.object({ id: f.id, version: f.version });
export const none = z.undefined().or(z.object({}).strict()).optional();
