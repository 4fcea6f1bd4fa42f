// What both benchmarks stand on: the customers subgraph as its own process behind the real
// gateway, called as an administrator would (a signing key pair for this run, an admin
// access token) with the rate limits lifted (600 queries a minute per caller would stop a
// load test at once; the limiter still runs, so its cost is in the figures).
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
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
    const subgraph = await platform.startSubgraphProcess({
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
  const gateway = await platform.startGatewayProcess({
    gatewayDir: platform.findGatewayDir(),
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
 * `retailers` retailers; prints the machine and what was loaded. Pushes the database's drop
 * and the server's stop onto `cleanups` (run last, as cleanups run in reverse).
 */
export async function loadDemoCompany({ testkit, root, require, cleanups, retailers }) {
  const { prepareDatabase } = require(join(root, 'infra/dev/dist/prepare.js'));
  const { SUBGRAPHS } = require(join(root, 'infra/gateway/dist'));
  const server = await testkit.startPostgresServer();
  cleanups.push(() => server.stop());
  process.env[testkit.TEST_SERVER_ENV] = server.url;
  const database = await testkit.createTestDatabase();
  cleanups.push(() => database.drop());
  const started = performance.now();
  const { loaded } = await prepareDatabase(database.url, SUBGRAPHS, { seed: 20261123, retailers });
  console.log(`machine: ${cpus().length} cores, node ${process.version}, PostgreSQL ${server.kind}`);
  console.log(
    `demo company: ${loaded.retailers} retailers, ${loaded.territories} territories, ${loaded.creditAssessments} credit assessments, ${loaded.visits?.visits ?? 0} visits, loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { databaseUrl: database.url, loaded };
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
