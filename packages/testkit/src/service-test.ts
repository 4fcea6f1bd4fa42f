import { randomUUID } from 'node:crypto';
import {
  createLogger,
  createRequestContext,
  EndedSessions,
  entitiesOf,
  EventLogTail,
  openDatabase,
  PostgresEventBus,
  type Context,
  type Database,
  type Identity,
  type SubgraphDefinition,
} from '@fieldloop/platform';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A caller: the role, the rest filled like a staff sign-in with every territory. */
export type TestIdentity = Partial<Identity> & Pick<Identity, 'role'>;

export interface PublishedEvent {
  type: string;
  refs: { type: string; id: string }[];
  payload: Record<string, unknown>;
}

export interface ServiceTest {
  /** The service's DataSource on its own, migrated schema of a fresh test database. */
  dataSource: Database['dataSource'];
  /** A request context for this caller, as the subgraph server builds it (the same code). */
  as(identity: TestIdentity): Context;
  /** What the service has published (its outbox), oldest first; of one event (its definition) when given. */
  published(event?: { type: string }): Promise<PublishedEvent[]>;
  stop(): Promise<void>;
}

export function testIdentity(identity: TestIdentity): Identity {
  return { kind: 'staff', subjectId: randomUUID(), name: 'Test', sessionId: randomUUID(), scopes: [], territories: '*', ...identity };
}

/**
 * One service's domain code on a real database, without a server or the gateway: for
 * `<feature>.service.test.ts` files that drive state transitions (the gateway tests keep
 * the contracts and security). Rows come from the factories (factories.ts).
 */
export async function startServiceTest(definition: SubgraphDefinition): Promise<ServiceTest> {
  const database: TestDatabase = await createTestDatabase();
  const logger = createLogger(definition.name, process.env.LOG_LEVEL ?? 'warn');
  let opened: Database | undefined;
  try {
    opened = await openDatabase({
      url: database.url,
      schema: definition.name,
      entities: entitiesOf(definition),
      migrations: definition.migrations,
      logger,
      poolSize: 3,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const { dataSource } = opened;
  // Never started: services publish through their outbox, and nothing here subscribes.
  const events = new EventLogTail(await PostgresEventBus.open(dataSource, database.url, logger), logger);
  const sessions = new EndedSessions();
  return {
    dataSource,
    as: (identity) =>
      createRequestContext({
        requestId: randomUUID(),
        logger,
        dataSource,
        events,
        sessions,
        identity: testIdentity(identity),
        permissions: definition.permissions,
      }),
    async published(event) {
      const rows: PublishedEvent[] = await dataSource.query(
        `SELECT type, refs, payload FROM outbox ${event ? 'WHERE type = $1' : ''} ORDER BY sequence`,
        event ? [event.type] : [],
      );
      return rows;
    },
    async stop() {
      await opened.close();
      await database.drop();
    },
  };
}
