import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { ConfigError, loadSubgraphConfig } from './config';
import { createRequestContext, type Context } from './context';
import { createDataSource, openDatabase, type Database } from './database';
import { GraphQLError } from 'graphql';
import { createErrorFormatter, ErrorCode } from './errors';
import { isSignedByGateway } from './gateway-signature';
import { requestIdFrom } from './request-id';
import { identityOf, type Identity } from './auth/identity';
import { EndedSessions } from './auth/session-ended';
import { auditPlugin } from './audit/audit-plugin';
import { currentIdentity, runWithIdentity } from './auth/request-identity';
import { JobRunner } from './jobs';
import { createLogger, type Logger } from './logger';
import { DurableConsumer } from './events/consumer';
import { PostgresEventBus } from './events/bus';
import { OutboxRelay } from './events/relay';
import { DEFAULT_STREAM_LIMITS, type StreamLimits } from './events/stream';
import { EventLogTail } from './events/tail';
import { buildFederatedSchema, entitiesOf, jobsOf, type SubgraphDefinition } from './subgraph';

export interface StartOptions {
  port: number;
  databaseUrl: string;
  logger?: Logger;
  /** Bind address; loopback unless the deployment says otherwise. */
  host?: string;
  /** When set, only requests signed by the gateway with this secret are served. */
  gatewaySecret?: string;
  /** Subscriptions' replay page size and buffer; DEFAULT_STREAM_LIMITS where not given. */
  streamLimits?: Partial<StreamLimits>;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  database: Database;
  logger: Logger;
  /** Moves this service's outbox into the log now (tests use it to avoid waiting). */
  relay: OutboxRelay;
  events: EventLogTail;
  consumers: DurableConsumer[];
  jobs: JobRunner[];
  stop(): Promise<void>;
}

const NOT_FROM_GATEWAY = 'Requests must come through the gateway';

function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      const startedAt = process.hrtime.bigint();
      return {
        async willSendResponse({ errors }) {
          contextValue.logger.info(
            {
              operationName: request.operationName,
              durationMs: Number(process.hrtime.bigint() - startedAt) / 1e6,
              errors: errors?.length ?? 0,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/**
 * Serves a subgraph: Apollo Server over HTTP and graphql-ws on the same port and path,
 * health endpoints, and a shutdown that lets in-flight requests finish.
 */
export async function startSubgraph(definition: SubgraphDefinition, options: StartOptions): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(definition.name);
  const schema = await buildFederatedSchema(definition);
  const database = await openDatabase({
    url: options.databaseUrl,
    schema: definition.name,
    entities: entitiesOf(definition),
    migrations: definition.migrations,
    logger,
  });
  const { dataSource } = database;
  // The relay, the tail and the consumers work on a pool of their own: background work
  // never waits behind requests for a connection, nor requests behind it.
  const background = createDataSource({
    url: options.databaseUrl,
    schema: definition.name,
    entities: entitiesOf(definition),
    migrations: [],
    logger,
    poolSize: 3,
  });
  await background.initialize();
  const bus = await PostgresEventBus.open(background, options.databaseUrl, logger);
  const relay = new OutboxRelay(bus, definition.name, options.databaseUrl, logger);
  const events = new EventLogTail(bus, logger);
  const consumers = (definition.consumers ?? []).map(
    (consumer) => new DurableConsumer(background, events, consumer, logger.child({ consumer: consumer.name })),
  );
  const jobs = jobsOf(definition).map((job) => new JobRunner(background, job, logger.child({ job: job.name })));
  const sessions = new EndedSessions();
  const streamLimits = { ...DEFAULT_STREAM_LIMITS, ...options.streamLimits };
  const stopEvents = async () => {
    sessions.stop();
    await Promise.all(jobs.map((job) => job.stop()));
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    await relay.stop();
    await events.stop();
    await background.destroy();
  };
  try {
    await relay.start();
    await events.start();
    await sessions.start(background, events);
    await Promise.all(consumers.map((consumer) => consumer.start()));
    jobs.forEach((job) => job.start());
  } catch (error) {
    await stopEvents();
    await database.close();
    throw error;
  }

  // A token of an ended session is no identity at all: the caller is asked to sign in again.
  const liveIdentity = (identity: Identity | undefined) => (identity && !sessions.has(identity.sessionId) ? identity : undefined);
  const createContext = (requestId: string, identity: Identity | undefined, longLived = false): Context =>
    createRequestContext({
      requestId,
      logger,
      dataSource,
      events,
      streamLimits,
      sessions,
      identity,
      permissions: definition.permissions,
      longLived,
    });

  const app = express();
  const httpServer: Server = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const { gatewaySecret } = options;
  const wsCleanup = useServer(
    {
      schema,
      context: (_ctx, _id, payload) => createContext(randomUUID(), liveIdentity(identityOf(payload)), true),
      onSubscribe: (_ctx, _id, payload) =>
        gatewaySecret && !isSignedByGateway(gatewaySecret, payload)
          ? [new GraphQLError(NOT_FROM_GATEWAY, { extensions: { code: ErrorCode.FORBIDDEN } })]
          : undefined,
    },
    wsServer,
  );

  const formatError = createErrorFormatter(logger);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      // No field has a cache hint and the gateway does not read Cache-Control from subgraphs;
      // the plugin's per-field hook was a promise and a callback on every field resolved.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(),
      auditPlugin(definition.name),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  let draining = false;
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: definition.name });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      if (draining) throw new Error('shutting down');
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', service: definition.name });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', service: definition.name, reason: (error as Error).message });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    (req, res, next) => {
      if (!gatewaySecret || isSignedByGateway(gatewaySecret, req.body ?? {}))
        return runWithIdentity(liveIdentity(identityOf(req.body)), next);
      logger.warn({ ip: req.ip }, 'refused a request without the gateway signature');
      res.status(403).json({ errors: [{ message: NOT_FROM_GATEWAY, extensions: { code: ErrorCode.FORBIDDEN } }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        // Logged and kept in the audit trail: only an id of the safe shape is taken as sent.
        const requestId = requestIdFrom(req.get('x-request-id'));
        res.setHeader('x-request-id', requestId);
        return createContext(requestId, currentIdentity());
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url }, `${definition.name} subgraph ready`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      draining = true;
      await apollo.stop();
      await stopEvents();
      await database.close();
      logger.info(`${definition.name} subgraph stopped`);
    })();
    return stopping;
  };
  return { name: definition.name, url, port, database, logger, relay, events, consumers, jobs, stop };
}

/** The whole of a service's `main.ts`: configuration from the environment, signals, exit codes. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  let config;
  try {
    config = loadSubgraphConfig(definition.name, definition.defaultPort);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${definition.name}: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(definition.name, config.logLevel);
  const running = await startSubgraph(definition, {
    port: config.port,
    databaseUrl: config.databaseUrl,
    logger,
    host: process.env.HOST ?? '0.0.0.0',
    gatewaySecret: config.gatewaySecret,
    streamLimits: config.streamLimits,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
