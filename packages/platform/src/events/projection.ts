import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ConsumerDefinition } from './consumer';
import type { DomainEvent } from './event';

/** One local, read-only copy of another service's entity, kept from that service's events. */
export interface ProjectedCopy {
  entity: EntityTarget<ObjectLiteral>;
  /** The payload field that holds the row's id. */
  id: string;
  /** The payload fields copied into same-named columns: those an event carries. */
  fields: readonly string[];
  /** Event types whose payload creates the row or replaces what it carries. */
  upsertOn: readonly string[];
  /** Event types that change an existing row (a change event carries only what changed). */
  updateOn?: readonly string[];
}

/** Only the fields a payload carries, so a change event leaves the others as they are. */
const fieldsOf = (payload: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((field) => payload[field] !== undefined).map((field) => [field, payload[field]]));

/**
 * The consumer that keeps a service's copies of another service's entities. Each event is
 * applied in the transaction that moves the cursor, by upsert or update on the row's id (with
 * the event's log position), so a replay from the start of the log converges on the same rows;
 * when every copy is empty at start, the whole log is replayed.
 */
export function projectionConsumer(options: {
  name: string;
  description: string;
  source: string;
  copies: readonly ProjectedCopy[];
}): ConsumerDefinition {
  const byType = new Map<string, { copy: ProjectedCopy; upsert: boolean }>();
  for (const copy of options.copies) {
    for (const type of copy.upsertOn) byType.set(type, { copy, upsert: true });
    for (const type of copy.updateOn ?? []) byType.set(type, { copy, upsert: false });
  }
  return {
    name: options.name,
    description: options.description,
    filter: { sources: [options.source], types: [...byType.keys()] },
    async handle(event: DomainEvent, manager: EntityManager) {
      const target = byType.get(event.type);
      if (!target) return;
      const { copy, upsert } = target;
      const id = event.payload[copy.id] as string;
      const values = { ...fieldsOf(event.payload, copy.fields), position: event.position };
      if (upsert) await manager.upsert(copy.entity, { id, ...values }, ['id']);
      else await manager.update(copy.entity, { id }, values);
    },
    async isEmpty(manager) {
      for (const copy of options.copies) if ((await manager.count(copy.entity)) > 0) return false;
      return true;
    },
  };
}
