// What both benchmarks stand on: the customers subgraph as its own process behind the real
// gateway, called as an administrator would (a signing key pair for this run, an admin
// access token) with the rate limits lifted (600 queries a minute per caller would stop a
// load test at once; the limiter still runs, so its cost is in the figures).
import { execSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Starts customers (and any other of `subgraphs`) and the gateway on `databaseUrl`; pushes
 * their stops onto `cleanups`. Returns the gateway's URL, an admin client, the headers that
 * client sends, what calling a subgraph directly takes (its URL and the gateway's secret),
 * and the process ids of the subgraphs and the gateway (for the CPU time they spend).
 */
export async function startCustomersBehindGateway({
  platform,
  testkit,
  root,
  databaseUrl,
  cleanups,
  subgraphLogLevel = 'warn',
  subgraphs = ['customers'],
  gatewayEnv = {},
}) {
  const tooling = createRequire(import.meta.url)(join(root, 'packages/platform/dist/tooling.js'));
  const secret = randomBytes(32).toString('hex');
  const keys = platform.signingKeysEnv(platform.generateSigningKeys());
  Object.assign(process.env, keys);
  const { token } = await new platform.AccessTokenIssuer().issue({
    sub: randomUUID(),
    kind: 'staff',
    role: 'ADMIN',
    name: 'bench',
    sid: randomUUID(),
    scp: [],
    terr: '*',
  });
  const headers = { authorization: `Bearer ${token}` };
  // BENCH_RATE_LIMIT=0 measures the gateway with the rate limiter off.
  const limit = process.env.BENCH_RATE_LIMIT ?? '1000000000';

  const subgraphUrls = {};
  const pids = {};
  for (const name of subgraphs) {
    const subgraph = await tooling.startSubgraphProcess({
      name,
      port: await testkit.freePort(),
      databaseUrl,
      env: { GATEWAY_HMAC_SECRET: secret, LOG_LEVEL: subgraphLogLevel, NODE_ENV: 'production', ...keys },
      // visits reads the demo company's events (one per retailer) before it is ready.
      readyTimeoutMs: 600_000,
    });
    cleanups.push(() => subgraph.stop());
    subgraphUrls[name] = subgraph.url;
    pids[name] = subgraph.child.pid;
  }
  const gateway = await tooling.startGatewayProcess({
    gatewayDir: tooling.findGatewayDir(),
    supergraphPath: join(root, 'infra/gateway/supergraph.graphql'),
    port: await testkit.freePort(),
    env: {
      ...Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_SUBGRAPH_URL`, url])),
      GATEWAY_HMAC_SECRET: secret,
      JWT_PUBLIC_KEY: keys.JWT_PUBLIC_KEY,
      RATE_LIMIT_QUERIES_PER_MINUTE: limit,
      RATE_LIMIT_MUTATIONS_PER_MINUTE: limit,
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
      ...gatewayEnv,
    },
    output: 'ignore',
  });
  cleanups.push(() => gateway.stop());
  pids.gateway = gateway.child.pid;
  return { url: gateway.url, client: new testkit.GraphQLClient(gateway.url, headers), headers, secret, subgraphUrls, pids };
}

/**
 * PostgreSQL (the tests' server) with a fresh database holding the demo company of
 * `retailers` retailers (and `accountManagers`, `months` of orders, visits and cases when given); prints the machine and what was loaded. Pushes the database's drop
 * and the server's stop onto `cleanups` (run last, as cleanups run in reverse).
 */
export async function loadDemoCompany({ testkit, root, require, cleanups, retailers, accountManagers, months }) {
  const { prepareDatabase } = require(join(root, 'infra/dev/dist/prepare.js'));
  const { SUBGRAPHS } = require(join(root, 'infra/gateway/dist'));
  const server = await testkit.startPostgresServer();
  cleanups.push(() => server.stop());
  process.env[testkit.TEST_SERVER_ENV] = server.url;
  const database = await testkit.createTestDatabase();
  cleanups.push(() => database.drop());
  const started = performance.now();
  const { loaded } = await prepareDatabase(database.url, SUBGRAPHS, { seed: 20261123, retailers, accountManagers, months });
  const company = loaded.customers;
  console.log(`machine: ${cpus().length} cores, node ${process.version}, PostgreSQL ${server.kind}`);
  console.log(
    `demo company: ${company.retailers} retailers, ${company.territories} territories, ${company.creditAssessments} credit assessments, ${loaded.visits?.visits ?? 0} visits, loaded in ${((performance.now() - started) / 1000).toFixed(1)} s; ${execSync(
      'uptime',
    )
      .toString()
      .trim()
      .replace(/.*load/, 'load')}`,
  );
  return { databaseUrl: database.url, loaded };
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
  const gateway = await startCustomersBehindGateway({
    platform,
    testkit,
    root,
    databaseUrl: database.url,
    cleanups,
    subgraphLogLevel: 'error',
  });
  const { territory } = await testkit.createTerritoryWithManager(gateway.client, label);
  const retailerId = (await gateway.client.request(testkit.CREATE_RETAILER, { input: testkit.retailerInput(territory.id) })).createRetailer
    .id;
  const publisher = await retailerChangePublisher({
    platform,
    customersService,
    databaseUrl: database.url,
    cleanups,
    retailerId,
    territoryId: territory.id,
  });
  return { gateway, retailerId, ...publisher };
}

/**
 * Publishes retailer-changed events as the customers service would (its own DataSource on
 * the customers schema, through the outbox), so the relay, the log and the tail all work.
 */
export async function retailerChangePublisher({ platform, customersService, databaseUrl, cleanups, retailerId, territoryId }) {
  const { customers, RetailerChanged } = customersService;
  const dataSource = platform.createDataSource({
    url: databaseUrl,
    schema: 'customers',
    entities: platform.entitiesOf(customers),
    migrations: [],
    logger: platform.createLogger('bench', 'warn'),
    poolSize: 4,
  });
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
            refs: [
              { type: 'Retailer', id: retailerId },
              { type: 'Territory', id: territoryId },
            ],
            payload: { retailerId, territoryId, tier: 1 + (i % 30), changedFields: ['tier', label] },
          });
        }
      }),
  };
}
/**
 * CPU seconds (user + system) a process has used so far, from /proc: what a request costs a
 * process, which the load other processes put on a shared machine hardly changes (req/s it does).
 */
export function cpuSecondsOf(pid) {
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14th and 15th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}
/** USER_HZ: Linux reports process times in 1/100 s on every platform Node runs on. */
const CLOCK_TICKS = 100;
