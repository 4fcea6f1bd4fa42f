import { GraphQLError } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  ObjectType,
  Resolver,
  Root,
  Subscription,
  type ClassType,
  type SubscribeResolverData,
} from 'type-graphql';
import type { Context } from '../context';
import { ErrorCode, InvalidInputError, UnauthenticatedError } from '../errors';
import { Loaders } from '../loaders';
import type { DomainEvent } from './event';
import { streamEvents, SubscriberTooSlow } from './stream';

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
 * The last item of a subscription that ends in error (its session ended, or it fell too far
 * behind): its resolver throws the error, which reaches the client through the gateway as a
 * GraphQL error with its code (an error thrown by the stream itself would arrive masked), and
 * the stream completes.
 */
const ENDING = Symbol('ending');
const endingWith = (error: GraphQLError) => ({ [ENDING]: error }) as unknown as DomainEvent;

export function toEnvelope(event: DomainEvent): EventEnvelope {
  const ending = (event as { [ENDING]?: GraphQLError })[ENDING];
  if (ending) throw ending;
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

const SESSION_ENDED = Symbol('session ended');

export const subscriberTooSlow = (resumeAfter: string) =>
  new GraphQLError(`This subscription fell too far behind and was ended: subscribe again with after: "${resumeAfter}"`, {
    extensions: { code: ErrorCode.SUBSCRIBER_TOO_SLOW, resumeAfter },
  });

/**
 * `subscribe` for a service's event subscription: replays after `after`, then stays live.
 * Arguments: `after: String` (a cursor) and `types: [String!]` (event types to keep).
 * Only events of the caller's territories pass, replayed or live; when the caller's session
 * ends the subscription ends with UNAUTHENTICATED; when it falls further behind than its buffer
 * holds, with SUBSCRIBER_TOO_SLOW and `resumeAfter`, the cursor of the last event it was given.
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
    const stream = streamEvents(context.events, after ?? undefined, filter, {
      reader: context.dataSource.manager,
      abort: sessionEnded.signal,
      limits: context.streamLimits,
    });
    return (async function* () {
      try {
        yield* stream;
      } catch (error) {
        if (error === SESSION_ENDED) yield endingWith(new UnauthenticatedError('The session has ended: sign in again'));
        else if (error instanceof SubscriberTooSlow) yield endingWith(subscriberTooSlow(error.resumeAfter));
        else throw error;
      } finally {
        stopWatching();
      }
    })();
  };
}

/**
 * The loaders every subscriber of one live event reads its entities through. The tail hands
 * the same event object to every subscription, so a thousand subscribers selecting the event's
 * retailer (and its territory, its account manager) cost one query per entity type, not a
 * thousand; each event still reads the entities as they are when it is delivered. Held as
 * long as the event is.
 */
const loadersOfEvent = new WeakMap<DomainEvent, Loaders>();

function loadersFor(event: DomainEvent, context: Context): Loaders {
  let loaders = loadersOfEvent.get(event);
  if (!loaders) loadersOfEvent.set(event, (loaders = new Loaders(context.dataSource)));
  return loaders;
}

export interface EventsSubscriptionOptions {
  /** The service whose events it streams; the field is `<source>Events`. */
  source: string;
  /** The service's event type: EventEnvelope extended with its entity fields. */
  type: ClassType<EventEnvelope>;
  permission: string;
  /** An event type of the service, for the `types` argument's description. */
  exampleType: string;
}

/**
 * The resolver of a service's `<source>Events(after, types)` subscription, the same for every
 * service: register the class it returns beside the resolver of the event type's entity fields.
 */
export function eventsSubscriptionResolver({ source, type, permission, exampleType }: EventsSubscriptionOptions): ClassType {
  const name = source.charAt(0).toUpperCase() + source.slice(1);
  @Resolver(() => type)
  class EventsSubscriptionResolver {
    @Authorized(permission)
    @Subscription(() => type, {
      name: `${source}Events`,
      subscribe: subscribeToEvents(source),
      description: `${name} events: replays those after \`after\` (a cursor), then continues live, in log order, each once`,
    })
    events(
      @Root() event: DomainEvent,
      @Ctx() context: Context,
      @Arg('after', () => String, { nullable: true, description: 'Resume after this cursor; omit to start from now' }) _after?: string,
      @Arg('types', () => [String], { nullable: true, description: `Only these event types, e.g. ${exampleType}` }) _types?: string[],
    ): EventEnvelope {
      const envelope = toEnvelope(event);
      // A subscription's events are delivered one at a time, so its context reads this event's entities.
      context.loaders = loadersFor(event, context);
      return envelope;
    }
  }
  Object.defineProperty(EventsSubscriptionResolver, 'name', { value: `${name}EventsSubscriptionResolver` });
  return EventsSubscriptionResolver;
}
