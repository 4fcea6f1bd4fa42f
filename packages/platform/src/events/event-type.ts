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
import type { ReplayStart } from './event-log';
import { CAUGHT_UP_TYPE, streamEvents, SubscriberTooSlow } from './stream';

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

  @Field({
    description: `True only on the one message that marks the end of a replay (asked for with markCaughtUp): its cursor is where the replay ended, its type ${CAUGHT_UP_TYPE}, and it refers to nothing`,
  })
  caughtUp: boolean;

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
    caughtUp: event.type === CAUGHT_UP_TYPE,
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

interface SubscriptionArgs {
  after?: string | null;
  types?: string[] | null;
  since?: Date | null;
  last?: number | null;
  markCaughtUp?: boolean | null;
}

/** Most events `last` may ask for: a page of history, not the log. */
const LAST_MAX = 1_000;

/** Where a subscription starts: after a cursor, from a time and/or the last N, or (neither) from now. */
function replayStart({ after, since, last }: Pick<SubscriptionArgs, 'after' | 'since' | 'last'>): {
  cursor?: string;
  replay?: ReplayStart;
} {
  const hasAfter = after !== undefined && after !== null;
  const hasSince = since !== undefined && since !== null;
  const hasLast = last !== undefined && last !== null;
  if (hasAfter && (hasSince || hasLast)) {
    throw InvalidInputError.of(
      hasSince ? 'since' : 'last',
      'exclusive',
      `${hasSince ? 'since' : 'last'} cannot be combined with after: resume after a cursor, or start from a time or the last events`,
    );
  }
  if (hasAfter) {
    if (!/^\d{1,19}$/.test(after)) throw InvalidInputError.of('after', 'cursor', 'after must be a cursor from an earlier event');
    return { cursor: after };
  }
  if (hasSince && (Number.isNaN(since.getTime()) || since.getTime() > Date.now())) {
    throw InvalidInputError.of('since', 'notFuture', 'since must be a time in the past');
  }
  if (hasLast && (!Number.isInteger(last) || last < 1 || last > LAST_MAX)) {
    throw InvalidInputError.of('last', 'range', `last must be between 1 and ${LAST_MAX}`);
  }
  return hasSince || hasLast ? { replay: { since: since ?? undefined, last: last ?? undefined } } : {};
}

/**
 * `subscribe` for a service's event subscription: replays after `after`, then stays live.
 * Arguments: `after: String` (a cursor), or `since` (a time) and/or `last` (the newest N), and
 * `types: [String!]` (event types to keep); `markCaughtUp` adds the end-of-replay marker.
 * Only events of the caller's territories pass, replayed or live; when the caller's session
 * ends the subscription ends with UNAUTHENTICATED; when it falls further behind than its buffer
 * holds, with SUBSCRIBER_TOO_SLOW and `resumeAfter`, the cursor of the last event it was given.
 */
export function subscribeToEvents(source: string) {
  return ({ args, context }: SubscribeResolverData<unknown, Record<string, unknown>, Context>) => {
    const identity = context.access.signedIn;
    const { after, types, since, last, markCaughtUp } = args as SubscriptionArgs;
    const start = replayStart({ after, since, last });
    const sessionEnded = new AbortController();
    const stopWatching = context.sessions.onEnded((sessionId) => {
      if (sessionId === identity.sessionId) sessionEnded.abort(SESSION_ENDED);
    });
    const filter = { sources: [source], types: types ?? undefined, territories: context.access.territoryIds };
    const reader = context.dataSource.manager;
    return (async function* () {
      try {
        const from = start.cursor ?? (start.replay ? await context.events.bus.cursorBefore(start.replay, filter, reader) : undefined);
        yield* streamEvents(context.events, from, filter, {
          reader,
          abort: sessionEnded.signal,
          limits: context.streamLimits,
          markCaughtUp: markCaughtUp ?? false,
        });
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
      description: `${name} events: replays those after \`after\` (a cursor), or since a time or the last N, then continues live, in log order, each once`,
    })
    events(
      @Root() event: DomainEvent,
      @Ctx() context: Context,
      @Arg('after', () => String, { nullable: true, description: 'Resume after this cursor; omit it (and since, last) to start from now' })
      _after?: string,
      @Arg('types', () => [String], { nullable: true, description: `Only these event types, e.g. ${exampleType}` }) _types?: string[],
      @Arg('since', () => Date, {
        nullable: true,
        description: 'Start with the first event that occurred at or after this time (not with after)',
      })
      _since?: Date,
      @Arg('last', () => Int, {
        nullable: true,
        description: `Start with the newest this-many events you may see, 1 to ${LAST_MAX} (not with after; with since, the later start wins)`,
      })
      _last?: number,
      @Arg('markCaughtUp', () => Boolean, {
        defaultValue: false,
        description: 'Send one message with caughtUp: true when the replay has reached the live events',
      })
      _markCaughtUp?: boolean,
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
