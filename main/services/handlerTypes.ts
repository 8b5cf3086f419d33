import type { ChannelName, OutputOf, ParsedInputOf } from '../../preload/contract';
import type { ServiceContext } from './context';

/** The handler of one channel: its parsed input in, its output type out. */
export type HandlerOf<C extends ChannelName> = (ctx: ServiceContext, input: ParsedInputOf<C>) => Promise<OutputOf<C>>;

/** Handlers for every channel of a domain's map: a missing or mistyped one is a compile error. */
export type HandlersOf<Channels> = { [C in keyof Channels & ChannelName]: HandlerOf<C> };
