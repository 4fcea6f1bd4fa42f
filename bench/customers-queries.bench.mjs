// Partner-style reads of the customers subgraph through the gateway, on a 20,000-retailer
// company. Prints requests per second and latency percentiles; asserts nothing.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadDemoCompany, startCustomersBehindGateway } from './bench-stack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const platform = require(join(root, 'packages/platform/dist'));
const testkit = require(join(root, 'packages/testkit/dist'));

const RETAILERS = Number(process.env.BENCH_RETAILERS ?? 20_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

const cleanups = [];
try {
  const { databaseUrl } = await loadDemoCompany({ testkit, root, require, cleanups, retailers: RETAILERS });

  const gateway = await startCustomersBehindGateway({ platform, testkit, root, databaseUrl, cleanups });

  const { client } = gateway;
  const territory = (await client.request('{ territories(first: 1) { edges { node { id } } } }')).territories.edges[0].node.id;
  const retailerId = (await client.request('{ retailers(first: 1, orderBy: { field: LICENCE_NUMBER }) { edges { node { id } } } }'))
    .retailers.edges[0].node.id;
  const page50 = await (async () => {
    let after = null;
    for (let page = 0; page < 50; page += 1)
      after = (await client.request('query($after: String) { retailers(first: 20, after: $after) { pageInfo { endCursor } } }', { after }))
        .retailers.pageInfo.endCursor;
    return after;
  })();

  const scenarios = [
    [
      'one retailer by id with territory and account manager',
      `query($id: ID!) { retailer(id: $id) { shopName phone address territory { name } accountManager { name phone } } }`,
      { id: retailerId },
    ],
    [
      'page of 20 retailers with territory, region, account manager',
      `query($t: ID!) { retailers(first: 20, filter: { territoryIds: [$t] }) { totalCount edges { node { shopName tier creditGrade territory { name region { name } } accountManager { name phone } } } } }`,
      { t: territory },
    ],
    [
      'page 51 of all retailers by name (keyset cursor)',
      `query($after: String) { retailers(first: 20, after: $after) { edges { node { shopName licenceNumber } } pageInfo { hasNextPage } } }`,
      { after: page50 },
    ],
    [
      'text search on name / owner / licence, grade and tier filter',
      `{ retailers(first: 20, filter: { search: "便利", creditGrades: [A, B], tierMin: 5 }) { totalCount edges { node { shopName ownerName } } } }`,
      null,
    ],
    [
      'page of 50 retailers with credit history and file',
      `{ retailers(first: 50, orderBy: { field: TIER, direction: DESC }) { edges { node { shopName fileCompleteness business { tradingHours } creditHistory { grade score assessedBy { name } } } } } }`,
      null,
    ],
  ];
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, through the gateway`);
  console.log(
    `${'scenario'.padEnd(64)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p97.5 ms'.padStart(9)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`,
  );
  for (const [name, query, variables] of scenarios) {
    const body = JSON.stringify({ query, variables });
    const check = await client.execute(query, variables ?? undefined);
    if (check.errors) throw new Error(`${name}: ${JSON.stringify(check.errors)}`);
    const result = await autocannon({
      url: gateway.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...gateway.headers },
      body,
      connections: CONNECTIONS,
      duration: DURATION,
    });
    console.log(
      `${name.padEnd(64)} ${result.requests.average.toFixed(0).padStart(8)} ${String(result.latency.p50).padStart(8)} ${String(result.latency.p97_5).padStart(9)} ${String(result.latency.p99).padStart(8)} ${String(result.errors + result.non2xx).padStart(7)}`,
    );
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
