/** Typed calls to the contract: `call('institutions.save', draft)` resolves to the channel's output or throws an ApiError. */
import type { AppError, ChannelName, InputOf, OutputOf } from '../../../preload/contract';
import { pickTransport, type Transport } from './transport';

export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }

  get code() {
    return this.error.code;
  }

  get fieldErrors(): Record<string, string> {
    return this.error.fieldErrors ?? {};
  }
}

let transport: Transport | undefined;

export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  transport ??= pickTransport();
  let result;
  try {
    result = await transport(channel, input);
  } catch {
    throw new ApiError({ code: 'internal', message: 'Brak połączenia z usługami aplikacji. Uruchom aplikację ponownie.' });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value as OutputOf<C>;
}

export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Wystąpił nieoczekiwany błąd.';
}
