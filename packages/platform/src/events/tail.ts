import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import type { DomainEvent } from './event';
import { EVENTS_CHANNEL, headPosition, readEvents } from './event-log';
import { NotificationListener } from './notifications';

export type EventListener = (event: DomainEvent) => void;

/**
 * The live end of the log for one process: a single LISTEN connection and a single read per
 * batch of new events, fanned out in memory to every subscription and consumer, so a
 * thousand subscribers cost one query, not a thousand.
 */
export class EventLogTail {
  private head = '0';
  private readonly listeners = new Set<EventListener>();
  private readonly notifications: NotificationListener;
  private running?: Promise<void>;
  private again = false;

  constructor(
    private readonly dataSource: DataSource,
    url: string,
    private readonly logger: Logger,
  ) {
    this.notifications = new NotificationListener(url, EVENTS_CHANNEL, () => void this.pump(), logger);
  }

  async start(): Promise<void> {
    this.head = await headPosition(this.dataSource);
    await this.notifications.start();
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
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          for (;;) {
            const events = await readEvents(this.dataSource, this.head, 1000);
            for (const event of events) {
              this.head = event.position;
              for (const listener of this.listeners) listener(event);
            }
            if (events.length < 1000) break;
          }
        } catch (error) {
          if (this.dataSource.isInitialized) this.logger.error({ err: error }, 'reading the event log failed; retrying');
        }
      } while (this.again);
      this.running = undefined;
    })();
    return this.running;
  }

  async stop(): Promise<void> {
    await this.notifications.stop();
    await this.running;
    this.listeners.clear();
  }
}
