/**
 * Chromium's DevTools protocol over the pipe Chromium opens with --remote-debugging-pipe: it reads commands from its
 * file descriptor 3 and writes answers and events to 4, each a JSON message ending in a NUL byte. This is the
 * transport Playwright and Puppeteer use, here without them (see chromiumPrinter.ts for why) and without a debugging
 * port that any other program on the PC could connect to. Only what the printer needs: commands and events.
 */
import type { Readable, Writable } from 'node:stream';

export interface DevtoolsEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

/** An answer (with the command's id) or an event (without). */
interface Incoming {
  id?: number;
  result?: unknown;
  error?: { message: string };
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
}

interface Waiting {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export class DevtoolsPipe {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private readonly listeners = new Set<(event: DevtoolsEvent) => void>();
  /** The start of a message whose NUL has not come yet. */
  private partial: Buffer[] = [];
  private closedWith: Error | null = null;

  constructor(
    private readonly toChromium: Writable,
    fromChromium: Readable,
  ) {
    fromChromium.on('data', (chunk: Buffer) => this.receive(chunk));
    fromChromium.on('close', () => this.close(new Error('Chromium zakończył pracę.')));
    // A write after Chromium has gone (EPIPE) fails the command that wrote, through close().
    toChromium.on('error', (error: Error) => this.close(error));
  }

  send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Calls `listener` with every event until the returned function is called. */
  onEvent(listener: (event: DevtoolsEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every command still waiting fails with `reason`, and so does every later one. */
  close(reason: Error): void {
    if (this.closedWith) return;
    this.closedWith = reason;
    for (const waiting of this.waiting.values()) waiting.reject(reason);
    this.waiting.clear();
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0, start); end >= 0; end = chunk.indexOf(0, start)) {
      this.partial.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.partial).toString('utf8');
      this.partial = [];
      start = end + 1;
      this.dispatch(JSON.parse(text) as Incoming);
    }
    if (start < chunk.length) this.partial.push(chunk.subarray(start));
  }

  private dispatch(message: Incoming): void {
    if (message.id === undefined) {
      const event: DevtoolsEvent = { method: message.method ?? '', params: message.params ?? {}, sessionId: message.sessionId };
      for (const listener of this.listeners) listener(event);
      return;
    }
    const waiting = this.waiting.get(message.id);
    if (!waiting) return;
    this.waiting.delete(message.id);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  }
}
