import type { Logger } from '../logger';
import type { EventBus } from './bus';
import { CoalescingRunner } from './coalescing-runner';
import type { DomainEvent } from './event';

export type EventListener = (event: DomainEvent) => void;

/**
 * The live end of the log for one process: a single LISTEN connection and a single read per
 * batch of new events, fanned out in memory to every subscription and consumer, so a
 * thousand subscribers cost one query, not a thousand.
 */
export class EventLogTail {
  private head = '0';
  private readonly listeners = new Set<EventListener>();
  private watching?: { stop(): Promise<void> };
  private stopped = false;

  constructor(
    readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.head = await this.bus.head();
    this.watching = await this.bus.watch(() => void this.pump());
  }

  /** The position of the last event handed to listeners. */
  get position(): string {
    return this.head;
  }

  listen(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private pump(): Promise<void> {
    return this.reader.kick();
  }

  private readonly reader = new CoalescingRunner(async () => {
    try {
      for (;;) {
        const events = await this.bus.read(this.head, 1000);
        for (const event of events) {
          this.head = event.position;
          for (const listener of this.listeners) listener(event);
        }
        if (events.length < 1000) break;
      }
    } catch (error) {
      if (!this.stopped) this.logger.error({ err: error }, 'reading the event log failed; retrying');
    }
  });

  async stop(): Promise<void> {
    this.stopped = true;
    await this.watching?.stop();
    await this.reader.idle();
    this.listeners.clear();
  }
}
