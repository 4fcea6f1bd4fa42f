import type { DataSource, EntityManager } from 'typeorm';
import type { Access } from './auth/access';
import type { Identity } from './auth/identity';
import type { EndedSessions } from './auth/session-ended';
import type { StreamLimits } from './events/stream';
import type { EventLogTail } from './events/tail';
import type { Logger } from './logger';
import type { Loaders } from './loaders';

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
