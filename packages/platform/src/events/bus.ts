import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger';
import type { DomainEvent } from './event';
import {
  cursorBefore,
  ensureEventLog,
  EVENTS_CHANNEL,
  headPosition,
  moveOutboxToLog,
  readEvents,
  type EventFilter,
  type ReplayStart,
} from './event-log';
import { NotificationListener } from './notifications';

/**
 * The durable, ordered event log, as the rest of the platform sees it. Services never use it
 * directly (they publish into their outbox and declare consumers and subscriptions), so a
 * NATS JetStream log is one more implementation of this interface and nothing else changes.
 */
export interface EventBus {
  /** Moves one service's committed outbox rows into the log, in order; how many moved. */
  appendFromOutbox(source: string, batchSize: number): Promise<number>;
  /** Events after a position, oldest first. `manager` reads inside a consumer's transaction. */
  read(after: string, limit: number, filter?: EventFilter, manager?: EntityManager): Promise<DomainEvent[]>;
  /** The position of the newest event. */
  head(): Promise<string>;
  /** The cursor a replay from a time or of the last N events reads after (see cursorBefore). */
  cursorBefore(start: ReplayStart, filter?: EventFilter, manager?: EntityManager): Promise<string>;
  /** Calls `onAppend` whenever new events may be readable (and now and then regardless). */
  watch(onAppend: () => void): Promise<{ stop(): Promise<void> }>;
}

/** The embedded default: the log is a PostgreSQL table, LISTEN/NOTIFY wakes readers. */
export class PostgresEventBus implements EventBus {
  /** The bus, with the log table created if this is the first service to start. */
  static async open(dataSource: DataSource, url: string, logger: Logger): Promise<PostgresEventBus> {
    await ensureEventLog(dataSource);
    return new PostgresEventBus(dataSource, url, logger);
  }

  private constructor(
    private readonly dataSource: DataSource,
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  appendFromOutbox(source: string, batchSize: number): Promise<number> {
    return moveOutboxToLog(this.dataSource, source, batchSize);
  }

  read(after: string, limit: number, filter: EventFilter = {}, manager?: EntityManager): Promise<DomainEvent[]> {
    return readEvents(manager ?? this.dataSource, after, limit, filter);
  }

  head(): Promise<string> {
    return headPosition(this.dataSource);
  }

  cursorBefore(start: ReplayStart, filter: EventFilter = {}, manager?: EntityManager): Promise<string> {
    return cursorBefore(manager ?? this.dataSource, start, filter);
  }

  async watch(onAppend: () => void): Promise<{ stop(): Promise<void> }> {
    const listener = new NotificationListener(this.url, EVENTS_CHANNEL, onAppend, this.logger);
    await listener.start();
    return listener;
  }
}
