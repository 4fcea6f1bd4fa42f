// What both benchmarks stand on: the customers subgraph as its own process behind the real
// gateway, called as an administrator would (a signing key pair for this run, an admin
// access token) with the rate limits lifted (600 queries a minute per caller would stop a
// load test at once; the limiter still runs, so its cost is in the figures).
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';

/**
 * Starts customers and the gateway on `databaseUrl`; pushes their stops onto `cleanups`.
 * Returns the gateway's URL, an admin client, and the headers that client sends.
 */
export async function startCustomersBehindGateway({ platform, testkit, root, databaseUrl, cleanups, subgraphLogLevel = 'warn' }) {
  const secret = randomBytes(32).toString('hex');
  const keys = platform.signingKeysEnv(platform.generateSigningKeys());
  Object.assign(process.env, keys);
  const { token } = await new platform.AccessTokenIssuer().issue({ sub: randomUUID(), kind: 'staff', role: 'ADMIN', name: 'bench', sid: randomUUID(), scp: [], terr: '*' });
  const headers = { authorization: `Bearer ${token}` };
  // BENCH_RATE_LIMIT=0 measures the gateway with the rate limiter off.
  const limit = process.env.BENCH_RATE_LIMIT ?? '1000000000';

  const customersProcess = await platform.startSubgraphProcess({
    name: 'customers',
    port: await testkit.freePort(),
    databaseUrl,
    env: { GATEWAY_HMAC_SECRET: secret, LOG_LEVEL: subgraphLogLevel, NODE_ENV: 'production', ...keys },
  });
  cleanups.push(() => customersProcess.stop());
  const gateway = await platform.startGatewayProcess({
    gatewayDir: platform.findGatewayDir(),
    supergraphPath: join(root, 'infra/gateway/supergraph.graphql'),
    port: await testkit.freePort(),
    env: {
      CUSTOMERS_SUBGRAPH_URL: customersProcess.url,
      GATEWAY_HMAC_SECRET: secret,
      JWT_PUBLIC_KEY: keys.JWT_PUBLIC_KEY,
      RATE_LIMIT_QUERIES_PER_MINUTE: limit,
      RATE_LIMIT_MUTATIONS_PER_MINUTE: limit,
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
    },
    output: 'ignore',
  });
  cleanups.push(() => gateway.stop());
  return { url: gateway.url, client: new testkit.GraphQLClient(gateway.url, headers), headers };
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A PostgreSQL server and a fresh database for one run of `run({ server, database, cleanups })`;
 * whatever it pushes onto `cleanups` is stopped afterwards, newest first, then the database.
 */
export async function onBenchDatabase(testkit, run) {
  const server = await testkit.startPostgresServer();
  process.env[testkit.TEST_SERVER_ENV] = server.url;
  const database = await testkit.createTestDatabase();
  const cleanups = [];
  try {
    await run({ server, database, cleanups });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
    await database.drop();
    await server.stop();
  }
}

/**
 * What the event benchmarks stand on: customers behind the gateway with one retailer (in a
 * territory with an account manager), and a publisher of that retailer's change events.
 */
export async function customersWithOneRetailer({ platform, testkit, root, customersService, database, cleanups, label }) {
  // error, not warn: under full load the event loop lags and TypeORM calls every query slow.
  const gateway = await startCustomersBehindGateway({ platform, testkit, root, databaseUrl: database.url, cleanups, subgraphLogLevel: 'error' });
  const { territory } = await testkit.createTerritoryWithManager(gateway.client, label);
  const retailerId = (await gateway.client.request(testkit.CREATE_RETAILER, { input: testkit.retailerInput(territory.id) })).createRetailer.id;
  const publisher = await retailerChangePublisher({ platform, customersService, databaseUrl: database.url, cleanups, retailerId, territoryId: territory.id });
  return { gateway, retailerId, ...publisher };
}

/**
 * Publishes retailer-changed events as the customers service would (its own DataSource on
 * the customers schema, through the outbox), so the relay, the log and the tail all work.
 */
export async function retailerChangePublisher({ platform, customersService, databaseUrl, cleanups, retailerId, territoryId }) {
  const { customers, RetailerChanged } = customersService;
  const dataSource = platform.createDataSource({ url: databaseUrl, schema: 'customers', entities: platform.entitiesOf(customers), migrations: [], logger: platform.createLogger('bench', 'warn'), poolSize: 4 });
  await dataSource.initialize();
  cleanups.push(() => dataSource.destroy());
  return {
    /** The log's newest position. */
    head: async () => String((await dataSource.query('SELECT COALESCE(MAX(position), 0) AS h FROM events.event_log'))[0].h),
    /** `count` events in one transaction. */
    publish: (count, label) =>
      dataSource.transaction(async (manager) => {
        for (let i = 0; i < count; i += 1) {
          await platform.publishEvent(manager, RetailerChanged, {
            refs: [{ type: 'Retailer', id: retailerId }, { type: 'Territory', id: territoryId }],
            payload: { retailerId, territoryId, tier: 1 + (i % 30), changedFields: ['tier', label] },
          });
        }
      }),
  };
}
