// What PostgreSQL spends on a page of retailers on a 20,000-retailer company: the SQL the
// customers subgraph really runs (recorded from requests through the gateway), timed with
// EXPLAIN ANALYZE, with its keyset index and without it (dropped in a transaction that is
// rolled back), and the COUNT that now runs only for totalCount. Prints; asserts nothing.
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const testkit = require(join(root, 'packages/testkit/dist'));
const { customers } = require(join(root, 'services/customers/dist'));
const { prepareDatabase } = require(join(root, 'infra/dev/dist/prepare.js'));

const RETAILERS = Number(process.env.BENCH_RETAILERS ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const server = await testkit.startPostgresServer();
process.env[testkit.TEST_SERVER_ENV] = server.url;
const stack = await testkit.startStack([customers]);
try {
  const { loaded } = await prepareDatabase(stack.database.url, [customers], { seed: 20261123, retailers: RETAILERS });
  console.log(
    `machine: ${cpus().length} cores, node ${process.version}, PostgreSQL ${server.kind}; ${loaded.customers.retailers} retailers, VACUUM ANALYZEd after the load`,
  );
  const subgraph = stack.subgraphs.customers;
  const sql = subgraph.database.dataSource;
  const record = async (query, variables) => (await testkit.sqlOf(subgraph, stack.gateway, query, variables)).statements;

  let after = null;
  for (let page = 0; page < 50; page += 1)
    after = (
      await stack.gateway.request('query($after: String) { retailers(first: 20, after: $after) { pageInfo { endCursor } } }', { after })
    ).retailers.pageInfo.endCursor;
  const page = 'query($after: String) { retailers(first: 20, after: $after) { totalCount edges { node { shopName licenceNumber } } } }';
  const [firstRead] = testkit.readsOf(await record(page, {}), 'retailer');
  const deepStatements = await record(page, { after });
  const [deepRead] = testkit.readsOf(deepStatements, 'retailer');
  const [count] = testkit.countsOf(deepStatements, 'retailer');
  const [wholeRow] = testkit.readsOf(
    await record('{ retailers(first: 20) { edges { node { shopName fileCompleteness } } } }', {}),
    'retailer',
  );
  const [{ indexname }] = await sql.query(
    `SELECT indexname FROM pg_indexes WHERE schemaname = 'customers' AND tablename = 'retailer' AND indexdef LIKE '%(shop_name, id)'`,
  );

  /** Median execution time (ms) of EXPLAIN ANALYZE over RUNS runs, and the plan's top nodes. */
  async function timed(statement, runner = sql) {
    const times = [];
    let plan;
    for (let run = 0; run < RUNS; run += 1) {
      const [row] = await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`, statement.parameters);
      times.push(row['QUERY PLAN'][0]['Execution Time']);
      plan = row['QUERY PLAN'][0].Plan;
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], plan: testkit.describePlan(plan).split(' > ').slice(0, 3).join(' > ') };
  }
  const withoutIndex = async (statement) => {
    const runner = sql.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`DROP INDEX customers."${indexname}"`);
      return await timed(statement, runner);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  const rows = [
    ['page 1 by shop name, (shop_name, id) index', await timed(firstRead)],
    ['page 1 by shop name, no index (before)', await withoutIndex(firstRead)],
    ['page 51 by shop name, (shop_name, id) index', await timed(deepRead)],
    ['page 51 by shop name, no index (before)', await withoutIndex(deepRead)],
    ['COUNT (now only when totalCount is selected)', await timed(count)],
    ['page 1 reading every column (a field that @Reads nothing)', await timed(wholeRow)],
  ];
  console.log(`\nEXPLAIN ANALYZE, median of ${RUNS} runs`);
  console.log(`${'statement'.padEnd(60)} ${'ms'.padStart(8)}  plan`);
  for (const [name, { ms, plan }] of rows) console.log(`${name.padEnd(60)} ${ms.toFixed(3).padStart(8)}  ${plan}`);
} finally {
  await stack.stop();
  await server.stop();
}
