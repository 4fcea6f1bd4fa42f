import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger';
import type { z } from 'zod';
import type { DomainEvent, EventDefinition } from './event';
import { CoalescingRunner } from './coalescing-runner';
import type { EventFilter } from './event-log';
import type { EventLogTail } from './tail';

export interface ConsumerDefinition {
  /** Unique per service; the cursor is stored under it. */
  name: string;
  description: string;
  filter: EventFilter;
  /** Applies one event; runs in the transaction that also moves the cursor past it. */
  handle(event: DomainEvent, manager: EntityManager): Promise<void>;
  /** When true at start (say, the projection was emptied), the consumer replays the whole log. */
  isEmpty?(manager: EntityManager): Promise<boolean>;
}

/** What a consumer does with one event type: its payload arrives parsed by the event's schema. */
export interface EventHandler {
  definition: EventDefinition;
  apply(event: DomainEvent, manager: EntityManager): Promise<void>;
}

/**
 * `on(RetailerCreated, (payload, { event, manager }) => …)`: the payload is parsed (and typed)
 * by the event's declared schema, so a consumer never casts `event.payload`.
 */
export function on<S extends z.ZodObject>(
  definition: EventDefinition<S, string>,
  apply: (payload: z.infer<S>, context: { event: DomainEvent; manager: EntityManager }) => Promise<void>,
): EventHandler {
  return { definition, apply: async (event, manager) => apply(definition.payload.parse(event.payload), { event, manager }) };
}

/** A durable consumer of the events its handlers name, and only those. */
export function defineConsumer(options: {
  name: string;
  description: string;
  handlers: EventHandler[];
  isEmpty?: ConsumerDefinition['isEmpty'];
}): ConsumerDefinition {
  const byType = new Map(options.handlers.map((handler) => [handler.definition.type, handler]));
  return {
    name: options.name,
    description: options.description,
    filter: { types: [...byType.keys()] },
    isEmpty: options.isEmpty,
    handle: (event, manager) => byType.get(event.type)!.apply(event, manager),
  };
}

const BATCH = 200;

/**
 * Applies events to a service's own tables with exactly-once effect: each batch's effects
 * and the new cursor commit together, so a crash replays the uncommitted batch and nothing
 * else. Woken by the tail; several replicas take turns on the cursor row's lock.
 */
export class DurableConsumer {
  private rebuildChecked = false;
  private unlisten?: () => void;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tail: EventLogTail,
    readonly definition: ConsumerDefinition,
    private readonly logger: Logger,
  ) {}

  start(): Promise<void> {
    this.unlisten = this.tail.listen(() => void this.kick());
    this.timer = setInterval(() => void this.kick(), 2000);
    this.timer.unref();
    return this.kick();
  }

  kick(): Promise<void> {
    return this.drain.kick();
  }

  private readonly drain = new CoalescingRunner(async () => {
    try {
      while (!this.stopped && (await this.applyBatch()) === BATCH);
    } catch (error) {
      if (this.dataSource.isInitialized)
        this.logger.error({ err: error, consumer: this.definition.name }, 'consumer batch failed; will retry');
    }
  });

  private applyBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const { name } = this.definition;
      await manager.query('INSERT INTO consumer_cursor (consumer, position) VALUES ($1, 0) ON CONFLICT DO NOTHING', [name]);
      const [{ position }] = await manager.query('SELECT position FROM consumer_cursor WHERE consumer = $1 FOR UPDATE', [name]);
      let cursor = String(position);
      if (!this.rebuildChecked) {
        this.rebuildChecked = true;
        if (cursor !== '0' && (await this.definition.isEmpty?.(manager))) {
          this.logger.info({ consumer: name }, 'projection is empty: rebuilding it from the whole log');
          cursor = '0';
        }
      }
      const events = await this.tail.bus.read(cursor, BATCH, this.definition.filter, manager);
      for (const event of events) await this.definition.handle(event, manager);
      const last = events.at(-1)?.position;
      if (last) await manager.query('UPDATE consumer_cursor SET position = $2 WHERE consumer = $1', [name, last]);
      return events.length;
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unlisten?.();
    clearInterval(this.timer);
    await this.drain.idle();
  }
}
