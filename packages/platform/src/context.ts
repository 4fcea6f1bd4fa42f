import type { DataSource } from 'typeorm';
import type { Identity } from './auth/identity';
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
  /** The signed-in staff member, when the request carried a valid access token. */
  identity?: Identity;
}
