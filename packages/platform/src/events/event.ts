import type { z } from 'zod';

/** A reference from an event to an entity, so subscribers can select the entity's fields. */
export interface EntityRef {
  type: string;
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

export interface EventDefinition<S extends z.ZodObject = z.ZodObject> {
  type: string;
  version: number;
  description: string;
  /** The entity types the event refers to. */
  refs: string[];
  payload: S;
}

/** Declares one event type of a service; the catalogue in docs/ is generated from these. */
export function defineEvent<S extends z.ZodObject>(definition: EventDefinition<S>): EventDefinition<S> {
  return definition;
}

export type PayloadOf<D> = D extends EventDefinition<infer S> ? z.infer<S> : never;
