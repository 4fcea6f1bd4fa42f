import type { z } from 'zod';

/** A reference from an event to an entity, so subscribers can select the entity's fields. */
export interface EntityRef<T extends string = string> {
  type: T;
  id: string;
}

/** An event as it sits in the log. `position` is its place in the one global order. */
export interface DomainEvent<P = Record<string, unknown>> {
  position: string;
  id: string;
  source: string;
  type: string;
  version: number;
  occurredAt: Date;
  actor: string | null;
  refs: EntityRef[];
  payload: P;
}

export interface EventDefinition<S extends z.ZodObject = z.ZodObject, R extends string = string> {
  type: string;
  version: number;
  description: string;
  /** The entity types the event refers to: publishEvent takes refs of these types only. */
  refs: readonly R[];
  payload: S;
}

/**
 * Declares one event type of a service; the catalogue in docs/ is generated from these. The
 * ref types are kept as literals (`refs: ['Retailer', 'Territory']`), so publishing the event
 * with a ref it does not declare does not compile.
 */
export function defineEvent<S extends z.ZodObject, const R extends string>(definition: EventDefinition<S, R>): EventDefinition<S, R> {
  return definition;
}

export type PayloadOf<D> = D extends EventDefinition<infer S, string> ? z.infer<S> : never;

/** The entity types an event declares it refers to. */
export type RefTypeOf<D> = D extends EventDefinition<z.ZodObject, infer R> ? R : never;

/**
 * A ref to an entity, as every event names the entities it is about: `ref('Retailer', id)`.
 * Its type stays a literal, so publishEvent can check it against the event's declared refs.
 */
export const ref = <T extends string>(type: T, id: string): EntityRef<T> => ({ type, id });
