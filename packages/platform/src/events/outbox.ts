import { randomUUID } from 'node:crypto';
import { Column, Entity, Generated, Index, PrimaryColumn, type EntityManager } from 'typeorm';
import { actorOf } from '../auth/identity';
import { currentIdentity } from '../auth/request-identity';
import type { EntityRef, EventDefinition } from './event';
import { OUTBOX_CHANNEL } from './event-log';
import type { z } from 'zod';

const actorOfCurrentRequest = () => {
  const identity = currentIdentity();
  return identity ? actorOf(identity) : null;
};

/** Events written with the state change that caused them, waiting for the relay. */
@Entity('outbox')
export class OutboxEvent {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('bigint')
  @Generated('increment')
  sequence: string;

  @Column()
  type: string;

  @Column('int')
  version: number;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column('text', { nullable: true })
  actor: string | null;

  @Column('jsonb')
  refs: EntityRef[];

  @Column('jsonb')
  payload: Record<string, unknown>;
}

/** Where a durable consumer has got to in the log; updated with the consumer's effects. */
@Entity('consumer_cursor')
export class ConsumerCursor {
  @PrimaryColumn()
  consumer: string;

  @Column('bigint')
  position: string;
}

export interface PublishOptions<S extends z.ZodObject, R extends string = string> {
  /** Only of the types the event declares. */
  refs: EntityRef<R>[];
  payload: z.input<S>;
  actor?: string | null;
}

/** The outbox row for an event: the envelope, and the payload checked against its schema. */
export function outboxRow<S extends z.ZodObject, R extends string>(
  definition: EventDefinition<S, R>,
  options: PublishOptions<NoInfer<S>, NoInfer<R>> & { occurredAt?: Date },
): OutboxEvent {
  return {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: options.occurredAt ?? new Date(),
    actor: options.actor ?? actorOfCurrentRequest(),
    refs: options.refs,
    payload: definition.payload.parse(options.payload) as Record<string, unknown>,
  } as unknown as OutboxEvent;
}

/**
 * Records an event inside the caller's transaction: it reaches the log if and only if the
 * transaction commits. The payload is checked against the event's declared schema, so the
 * catalogue cannot drift from what is published.
 */
export async function publishEvent<S extends z.ZodObject, R extends string>(
  manager: EntityManager,
  definition: EventDefinition<S, R>,
  options: PublishOptions<NoInfer<S>, NoInfer<R>>,
): Promise<void> {
  await manager.insert(OutboxEvent, outboxRow(definition, options) as never);
  // NOTIFY inside a transaction is delivered at commit and dropped on rollback.
  await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, (manager.connection.options as { schema?: string }).schema ?? 'public']);
}
