import type { DataSource, EntityManager } from 'typeorm';
import { Access, type Permissions } from './auth/access';
import { actorOf, type Identity } from './auth/identity';
import type { EndedSessions } from './auth/session-ended';
import { DEFAULT_STREAM_LIMITS, type StreamLimits } from './events/stream';
import type { EventLogTail } from './events/tail';
import type { Logger } from './logger';
import { Loaders } from './loaders';
import { runTransaction } from './transaction';

/** What every resolver of every subgraph receives. */
export interface Context {
  requestId: string;
  logger: Logger;
  dataSource: DataSource;
  loaders: Loaders;
  /** The live end of the event log, for subscriptions. */
  events: EventLogTail;
  /** What one subscription may hold in memory (replay page, live events waiting). */
  streamLimits: StreamLimits;
  /** The caller, when the request carried a valid access token of a session still open. */
  identity?: Identity;
  /** What the caller may do and see: permissions and territory scope. */
  access: Access;
  /** Sessions ended recently; live subscriptions close when theirs ends. */
  sessions: EndedSessions;
  /**
   * Runs work in a transaction with the request's audit record (runTransaction): every
   * change a mutation makes goes through here. Nested calls join the open transaction.
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

export interface RequestContextOptions {
  requestId: string;
  /** The service's logger; the context's own names the request and its caller. */
  logger: Logger;
  dataSource: DataSource;
  events: EventLogTail;
  /** The service's subscription limits; the defaults when not given. */
  streamLimits?: StreamLimits;
  sessions: EndedSessions;
  identity: Identity | undefined;
  /** The service's permissions (SubgraphDefinition.permissions). */
  permissions: Permissions;
  /** A subscription's context outlives any one read, so its loaders keep no cache. */
  longLived?: boolean;
}

/** The context of one request, as the subgraph server builds it (and service tests, for a caller). */
export function createRequestContext(options: RequestContextOptions): Context {
  const { requestId, identity } = options;
  return {
    requestId,
    logger: options.logger.child({ requestId, actor: identity && actorOf(identity) }),
    dataSource: options.dataSource,
    loaders: new Loaders(options.dataSource, { cache: !options.longLived }),
    events: options.events,
    streamLimits: options.streamLimits ?? DEFAULT_STREAM_LIMITS,
    identity,
    access: new Access(identity, options.permissions),
    sessions: options.sessions,
    // `this`, not a captured object: Apollo Server runs each request on a shallow copy of the context.
    transaction(work) {
      return runTransaction(this, work);
    },
  };
}
