import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../context';
import { InvalidInputError, UnauthenticatedError } from '../errors';
import type { DomainEvent } from './event';
import { streamEvents } from './stream';

/**
 * The envelope fields of every service's event type. A service's own type extends it with
 * one field per entity it refers to, so subscribers select entity fields (from any subgraph)
 * instead of reading ids out of the payload.
 */
// Only its subclasses are reachable from a schema, so this type itself is never emitted.
@ObjectType()
export abstract class EventEnvelope {
  @Field({ description: 'Position in the event log; pass it as `after` to resume after this event' })
  cursor: string;

  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. customers.retailer.created (see docs/events.md)' })
  type: string;

  @Field(() => Int)
  version: number;

  @Field()
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: 'Who caused it: a staff member id, or null for the system' })
  actor: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Ids and the fields that changed; the shape per type is in docs/events.md' })
  payload: Record<string, unknown>;

  /** Kept for the entity field resolvers of the extending type. */
  refs: DomainEvent['refs'];
}

/**
 * The last item of a subscription whose session ended: its resolver answers it with an
 * UNAUTHENTICATED error, which reaches the client through the gateway as a GraphQL error
 * (an error thrown by the stream itself would arrive masked), and the stream completes.
 */
const SESSION_ENDED = Symbol('session ended');
const sessionEndedMarker = { [SESSION_ENDED]: true } as unknown as DomainEvent;

export function toEnvelope(event: DomainEvent): EventEnvelope {
  if (event === sessionEndedMarker) throw new UnauthenticatedError('The session has ended: sign in again');
  return {
    cursor: event.position,
    id: event.id,
    type: event.type,
    version: event.version,
    occurredAt: event.occurredAt,
    actor: event.actor,
    payload: event.payload,
    refs: event.refs,
  };
}

/** The id of the first entity of `type` an event refers to. */
export const refId = (event: EventEnvelope, type: string) => event.refs.find((ref) => ref.type === type)?.id;

/**
 * `subscribe` for a service's event subscription: replays after `after`, then stays live.
 * Arguments: `after: String` (a cursor) and `types: [String!]` (event types to keep).
 * Only events of the caller's territories pass, replayed or live; when the caller's session
 * ends the subscription ends with UNAUTHENTICATED.
 */
export function subscribeToEvents(source: string) {
  return ({ args, context }: SubscribeResolverData<unknown, Record<string, unknown>, Context>) => {
    const identity = context.access.signedIn;
    const { after, types } = args as { after?: string | null; types?: string[] | null };
    if (after !== undefined && after !== null && !/^\d{1,19}$/.test(after)) {
      throw InvalidInputError.of('after', 'cursor', 'after must be a cursor from an earlier event');
    }
    const sessionEnded = new AbortController();
    const stopWatching = context.sessions.onEnded((sessionId) => {
      if (sessionId === identity.sessionId) sessionEnded.abort(SESSION_ENDED);
    });
    const filter = { sources: [source], types: types ?? undefined, territories: context.access.territoryIds };
    const stream = streamEvents(context.events, after ?? undefined, filter, context.dataSource.manager, sessionEnded.signal);
    return (async function* () {
      try {
        yield* stream;
      } catch (error) {
        if (error !== SESSION_ENDED) throw error;
        yield sessionEndedMarker;
      } finally {
        stopWatching();
      }
    })();
  };
}
