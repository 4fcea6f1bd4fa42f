// What the gateway costs: the same queries sent directly to the owning subgraph (signed as
// the gateway signs) and through the gateway, interleaved in one run, each request with
// variables of its own (the gateway merges identical in-flight requests, which would flatter
// it). Prints req/s, p50/p99 and the gateway/direct ratio per query, and how often the query
// planner's cache served the gateway's requests; asserts nothing.
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { cpuSecondsOf, loadDemoCompany, startCustomersBehindGateway } from './bench-stack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const platform = require(join(root, 'packages/platform/dist'));
const testkit = require(join(root, 'packages/testkit/dist'));

const RETAILERS = Number(process.env.BENCH_RETAILERS ?? 20_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
// Rounds of (direct, gateway) per query, so that both meet the machine in the same state.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
// BENCH_QUERIES=joined measures only the queries whose name contains it (for a CPU profile of one).
const ONLY = process.env.BENCH_QUERIES;

const SCALARS = 'id shopName ownerName phone address tier creditGrade';
const PAGE = `query($after: String) { retailers(first: 50, after: $after, orderBy: { field: SHOP_NAME }) { edges { node { ${SCALARS} } } } }`;
const PAGE_JOINED = `query($after: String) { retailers(first: 50, after: $after, orderBy: { field: SHOP_NAME }) { edges { node { ${SCALARS} territory { name } accountManager { name phone } } } } }`;
const LAST_VISITS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Retailer { lastVisit { plannedFor status checkInAt } } } }`;

const cleanups = [];
try {
  const { databaseUrl } = await loadDemoCompany({ testkit, root, require, cleanups, retailers: RETAILERS });

  const gateway = await startCustomersBehindGateway({
    platform,
    testkit,
    root,
    databaseUrl,
    cleanups,
    subgraphLogLevel: 'error',
    subgraphs: ['customers', 'visits'],
    gatewayEnv: { GATEWAY_PLAN_CACHE_STATS: 'true' },
  });
  const { client } = gateway;

  // Distinct variables: every retailer id, and the cursor of every page of 50.
  const ids = [];
  const cursors = [null];
  for (let after = null; ;) {
    const { retailers } = await client.request(
      'query($after: String) { retailers(first: 200, after: $after, orderBy: { field: SHOP_NAME }) { edges { cursor node { id } } pageInfo { hasNextPage } } }',
      { after },
    );
    for (const [i, edge] of retailers.edges.entries()) {
      ids.push(edge.node.id);
      if ((ids.length % 50 === 0 || i === retailers.edges.length - 1) && retailers.pageInfo.hasNextPage) cursors.push(edge.cursor);
    }
    if (!retailers.pageInfo.hasNextPage) break;
    after = retailers.edges.at(-1).cursor;
  }
  const cursorPages = cursors.slice(0, Math.floor(RETAILERS / 50)).map((after) => ({ after }));

  // Direct calls carry what the gateway would send: the verified claims and its signature.
  const claims = JSON.parse(Buffer.from(gateway.headers.authorization.split('.')[1], 'base64url').toString());
  const signedBody = (query, variables) => {
    const body = { query, variables, extensions: { jwt: { payload: claims } } };
    return JSON.stringify({
      ...body,
      extensions: { ...body.extensions, 'hmac-signature': platform.gatewaySignature(gateway.secret, body) },
    });
  };

  const allQueries = [
    {
      name: 'one retailer by id (scalars)',
      query: `query($id: ID!) { retailer(id: $id) { ${SCALARS} } }`,
      variables: ids.map((id) => ({ id })),
    },
    { name: 'page of 50 by name (scalars)', query: PAGE, variables: cursorPages },
    { name: 'page of 50 with territory and account manager', query: PAGE_JOINED, variables: cursorPages },
    {
      name: 'page of 50 with last visit (customers + visits)',
      query: `query($after: String) { retailers(first: 50, after: $after, orderBy: { field: SHOP_NAME }) { edges { node { ${SCALARS} lastVisit { plannedFor status checkInAt } } } } }`,
      variables: cursorPages,
      // Directly, what the gateway does: the page from customers, then the last visits of its
      // retailers from visits.
      direct: { first: PAGE, then: (data) => ({ r: data.retailers.edges.map(({ node }) => ({ __typename: 'Retailer', id: node.id })) }) },
    },
  ];

  const queries = allQueries.filter(({ name }) => !ONLY || name.includes(ONLY));

  const percentile = (sorted, share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

  // One autocannon run; every request takes the next set of variables.
  const run = async ({ url, bodies, headers }) => {
    let next = 0;
    const result = await autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
    });
    return {
      rps: result.requests.total / DURATION,
      p50: result.latency.p50,
      p99: result.latency.p99,
      failed: result.errors + result.non2xx,
    };
  };

  // A call of two requests to two servers, one after the other, is more than autocannon (one
  // server per run) does: CONNECTIONS loops on keep-alive connections instead, for both sides
  // of that query, so that both meet the same client.
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS * 2 });
  const post = (url, body, headers = {}) =>
    new Promise((resolve, reject) => {
      const call = httpRequest(
        url,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => resolve({ ok: response.statusCode === 200, body: Buffer.concat(chunks).toString() }));
          response.on('error', reject);
        },
      );
      call.on('error', reject);
      call.end(body);
    });
  const runLoops = async (send) => {
    const latencies = [];
    let failed = 0;
    let next = 0;
    const until = performance.now() + DURATION * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const startedAt = performance.now();
          if (await send(next++).catch(() => false)) latencies.push(performance.now() - startedAt);
          else failed += 1;
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return { rps: latencies.length / DURATION, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), failed };
  };

  // What each request cost each process in CPU time: less noisy than req/s on a shared machine.
  const processes = Object.entries(gateway.pids);
  const measured = async (work) => {
    const before = processes.map(([, pid]) => cpuSecondsOf(pid));
    const figures = await work();
    const requests = Math.max(1, figures.rps * DURATION);
    const cpuMs = Object.fromEntries(processes.map(([name, pid], i) => [name, (1000 * (cpuSecondsOf(pid) - before[i])) / requests]));
    return { ...figures, cpuMs };
  };

  const planCache = async () => (await fetch(new URL('/plan-cache-stats', gateway.url))).json();
  const totals = new Map();
  const add = (key, figures) => {
    const sum = totals.get(key) ?? { rps: 0, p50: 0, p99: 0, failed: 0, runs: 0, cpuMs: {} };
    totals.set(key, {
      cpuMs: Object.fromEntries(Object.entries(figures.cpuMs).map(([name, ms]) => [name, (sum.cpuMs[name] ?? 0) + ms])),
      rps: sum.rps + figures.rps,
      p50: sum.p50 + figures.p50,
      p99: sum.p99 + figures.p99,
      failed: sum.failed + figures.failed,
      runs: sum.runs + 1,
    });
  };
  // Both ways answer, without errors, before anything is measured.
  for (const { name, query, variables, direct } of queries) {
    const check = await client.execute(query, variables[1]);
    const page = JSON.parse((await post(gateway.subgraphUrls.customers, signedBody(direct?.first ?? query, variables[1]))).body);
    const second = direct && JSON.parse((await post(gateway.subgraphUrls.visits, signedBody(LAST_VISITS, direct.then(page.data)))).body);
    for (const answer of [check, page, second]) if (answer?.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
  }
  const before = await planCache();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const { name, query, variables, direct } of queries) {
      const directBodies = variables.map((values) => signedBody(direct?.first ?? query, values));
      const gatewayBodies = variables.map((values) => JSON.stringify({ query, variables: values }));
      if (!direct) {
        add(`${name}|direct`, await measured(() => run({ url: gateway.subgraphUrls.customers, bodies: directBodies })));
        add(`${name}|gateway`, await measured(() => run({ url: gateway.url, bodies: gatewayBodies, headers: gateway.headers })));
        continue;
      }
      add(
        `${name}|direct`,
        await measured(() =>
          runLoops(async (i) => {
            const page = await post(gateway.subgraphUrls.customers, directBodies[i % directBodies.length]);
            if (!page.ok) return false;
            return (await post(gateway.subgraphUrls.visits, signedBody(LAST_VISITS, direct.then(JSON.parse(page.body).data)))).ok;
          }),
        ),
      );
      add(
        `${name}|gateway`,
        await measured(() => runLoops(async (i) => (await post(gateway.url, gatewayBodies[i % gatewayBodies.length], gateway.headers)).ok)),
      );
    }
  }
  const after = await planCache();

  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} round(s) of direct then gateway per query; figures are means over rounds`,
  );
  console.log(
    `${'query'.padEnd(50)} ${'direct req/s'.padStart(12)} ${'p50'.padStart(5)} ${'p99'.padStart(5)} ${'gateway req/s'.padStart(14)} ${'p50'.padStart(5)} ${'p99'.padStart(5)} ${'ratio'.padStart(6)} ${'failed'.padStart(7)}`,
  );
  const mean = (key) => {
    const sum = totals.get(key);
    const cpuMs = Object.fromEntries(Object.entries(sum.cpuMs).map(([process, ms]) => [process, ms / sum.runs]));
    return { rps: sum.rps / sum.runs, p50: sum.p50 / sum.runs, p99: sum.p99 / sum.runs, failed: sum.failed, cpuMs };
  };
  for (const { name } of queries) {
    const [d, g] = [mean(`${name}|direct`), mean(`${name}|gateway`)];
    console.log(
      `${name.padEnd(50)} ${d.rps.toFixed(0).padStart(12)} ${d.p50.toFixed(0).padStart(5)} ${d.p99.toFixed(0).padStart(5)} ${g.rps.toFixed(0).padStart(14)} ${g.p50.toFixed(0).padStart(5)} ${g.p99.toFixed(0).padStart(5)} ${(g.rps / d.rps).toFixed(2).padStart(6)} ${String(d.failed + g.failed).padStart(7)}`,
    );
  }
  console.log(`\nCPU ms per request, by process (${processes.map(([process]) => process).join(', ')}): directly | through the gateway`);
  for (const { name } of queries) {
    const cpu = (key) => processes.map(([process]) => mean(key).cpuMs[process].toFixed(2).padStart(7)).join(' ');
    console.log(`${name.padEnd(50)} ${cpu(`${name}|direct`)} | ${cpu(`${name}|gateway`)}`);
  }
  const hits = after.hits - before.hits;
  const misses = after.misses - before.misses;
  console.log(
    `\nquery planner cache during the gateway runs: ${hits} hits, ${misses} misses (${((100 * hits) / Math.max(1, hits + misses)).toFixed(1)} % served from the cache)`,
  );
  console.log('latency in ms; directly, the query with last visit is the customers page, then the visits _entities call for its retailers');
  agent.destroy();
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
