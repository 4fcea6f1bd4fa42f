// The scorecards' month of an account manager at a year of city-scale data: 20,000 retailers,
// 1,000,000 orders (2,000,000 lines) over twelve months, sales_fact rebuilt from them. Times
// StaffMember.salesFigures(month) through the real gateway (p50/p95, distinct variables per
// request), counts the SQL each request sends, prints the EXPLAIN ANALYZE of the account
// manager's month and the same figures summed from the order lines without the fact table.
// Prints; asserts nothing. BENCH_ORDERS / BENCH_REQUESTS change the size.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const testkit = require(join(root, 'packages/testkit/dist'));
const { customers } = require(join(root, 'services/customers/dist'));
const { orders, DEMO_CATALOGUE, rebuildSalesFacts } = require(join(root, 'services/orders/dist'));

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const RETAILERS = 20_000;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 240);
const MANAGERS = 6;
const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/.*load/, 'load');
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

const server = await testkit.startPostgresServer();
process.env[testkit.TEST_SERVER_ENV] = server.url;
const stack = await testkit.startStack([customers, orders]);
try {
  const subgraph = stack.subgraphs.orders;
  const sql = (query, parameters = []) => subgraph.database.dataSource.query(query, parameters);
  // Real account managers (through customers, reaching orders by its projection) and the rest of the city's.
  const managers = [];
  for (let i = 0; i < MANAGERS; i += 1)
    managers.push((await testkit.createTerritoryWithManager(stack.gateway, `BENCH${i}`)).accountManager.id);
  while (Number((await sql('SELECT count(*) FROM order_territory'))[0].count) < MANAGERS) await new Promise((r) => setTimeout(r, 50));
  const started = Date.now();
  await sql(`INSERT INTO order_territory (id, name, region_id, account_manager_id, position)
             SELECT gen_random_uuid(), 'synthetic ' || g, gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad((g / 2)::text, 12, '0'))::uuid, 0
               FROM generate_series(1, ${100 - MANAGERS}) g`);
  await sql(
    `CREATE TEMP TABLE bench_territory AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, account_manager_id FROM order_territory`,
  );
  await sql(`INSERT INTO order_retailer (id, territory_id, shop_name, status, tier, position)
             SELECT gen_random_uuid(), t.id, '零售户' || g, 'ACTIVE', 1 + g % 30, 0 FROM generate_series(0, ${RETAILERS - 1}) g JOIN bench_territory t ON t.n = g % 100`);
  for (const product of DEMO_CATALOGUE) {
    await sql(
      `INSERT INTO product (id, code, barcode, brand, full_name, short_name, price_class, wholesale_price_fen, retail_price_fen, key_brand, strategy, supply_status, new_brand_since, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, true)`,
      [
        product.id,
        product.code,
        product.barcode,
        product.brand,
        product.fullName,
        product.shortName,
        product.priceClass,
        product.wholesalePriceFen,
        product.retailPriceFen,
        product.keyBrand,
        product.strategy,
        product.supplyStatus,
        product.newBrandSince,
      ],
    );
  }
  await sql(`CREATE TEMP TABLE bench_retailer AS
             SELECT row_number() OVER (ORDER BY r.id) - 1 AS n, r.id, r.territory_id, t.account_manager_id FROM order_retailer r JOIN order_territory t ON t.id = r.territory_id`);
  await sql(`CREATE TEMP TABLE bench_product AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, * FROM product`);
  await sql(`INSERT INTO retail_order (id, retailer_id, territory_id, account_manager_id, channel, status, month, cycle, placed_at, total_fen, confirmed_at, confirmation_method, delivered_at, version)
             SELECT gen_random_uuid(), r.id, r.territory_id, r.account_manager_id, 'PHONE', 'DELIVERED', to_char(d, 'YYYY-MM'), to_char(d, 'IYYY-"W"IW'), d, 0, d, 'PHONE_CALL', d, 1
               FROM generate_series(0, ${ORDERS - 1}) g JOIN bench_retailer r ON r.n = g % ${RETAILERS},
                    LATERAL (SELECT timestamptz '2025-12-01 09:00+08' + ((g / ${RETAILERS}) * 7 % 365) * interval '1 day' AS d) placed`);
  await sql(`INSERT INTO order_line (id, order_id, line_no, product_id, product_name, requested, ordered, confirmed, delivered, accepted, difference_reason,
                                     unit_price_fen, unit_retail_price_fen, key_brand, new_brand)
             SELECT gen_random_uuid(), o.id, k, p.id, p.full_name, q, q, q, q, CASE WHEN h % 50 = 0 THEN 0 ELSE q END, CASE WHEN h % 50 = 0 THEN 'REFUSED'::orders.difference_reason END,
                    p.wholesale_price_fen, p.retail_price_fen, p.key_brand, p.new_brand_since IS NOT NULL
               FROM retail_order o CROSS JOIN generate_series(1, 2) k
              CROSS JOIN LATERAL (SELECT abs(hashtext(o.id::text || k)) AS h) hashed
              CROSS JOIN LATERAL (SELECT 1 + h % 5 AS q) quantity
              JOIN bench_product p ON p.n = h % ${DEMO_CATALOGUE.length}`);
  const loaded = Date.now();
  const facts = await subgraph.database.dataSource.transaction((manager) => rebuildSalesFacts(manager));
  const rebuilt = seconds(loaded);
  await sql('VACUUM (ANALYZE) retail_order, order_line, sales_fact, order_retailer, order_territory');
  console.log(
    `machine: ${cpus().length} cores, node ${process.version}, PostgreSQL ${server.kind}; ${load()} (shared machine: figures are noisy)`,
  );
  console.log(
    `data: ${ORDERS.toLocaleString()} orders, ${(2 * ORDERS).toLocaleString()} lines, ${RETAILERS.toLocaleString()} retailers, 100 territories; loaded in ${seconds(started)} s`,
  );
  console.log(`rebuildSalesFacts: ${facts.toLocaleString()} fact rows from the lines in ${rebuilt} s`);

  const months = [...new Set((await sql('SELECT DISTINCT month FROM sales_fact ORDER BY month')).map((row) => row.month))];
  const query = `query($id: ID!, $month: String!) { staffMember(id: $id) { salesFigures(month: $month) {
    volumeCartons amountFen grossMarginFen grossMarginRate keyBrandShare newBrandCartons newBrandCarriers fulfilmentRate quotaUtilisation } } }`;
  const variables = Array.from({ length: REQUESTS }, (_, i) => ({
    id: managers[i % MANAGERS],
    month: months[Math.floor(i / MANAGERS) % months.length],
  }));
  for (const v of variables.slice(0, 12)) await stack.gateway.request(query, v); // warm-up
  const times = [];
  for (const v of variables) {
    const at = performance.now();
    await stack.gateway.request(query, v);
    times.push(performance.now() - at);
  }
  const { statements, data } = await testkit.sqlOf(subgraph, stack.gateway, query, variables[0]);
  console.log(
    `\nStaffMember.salesFigures(month) through the gateway, ${REQUESTS} sequential requests (${MANAGERS} managers × ${months.length} months): ` +
      `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms; SQL per request: ${statements.length}; ${load()}`,
  );
  console.log(`one answer: ${JSON.stringify(data.staffMember.salesFigures)}`);

  const figures = statements.find((statement) => /FROM sales_fact/.test(statement.query));
  const planText = (await sql(`EXPLAIN (ANALYZE, BUFFERS) ${figures.query}`, figures.parameters))
    .map((row) => row['QUERY PLAN'])
    .join('\n');
  console.log(`\nEXPLAIN ANALYZE of the account manager's month (sales_fact):\n${planText}`);
  const fromLines = `SELECT sum(l.accepted) AS volume, sum(l.accepted * l.unit_price_fen) AS amount,
                            sum(l.confirmed) FILTER (WHERE l.accepted = l.confirmed)::numeric / NULLIF(sum(l.confirmed), 0) AS fulfilment
                       FROM retail_order o JOIN order_line l ON l.order_id = o.id WHERE o.account_manager_id = $1 AND o.month = $2`;
  const lineTimes = [];
  for (const v of variables.slice(0, 12)) {
    const [row] = await sql(`EXPLAIN (ANALYZE, FORMAT JSON) ${fromLines}`, [v.id, v.month]);
    lineTimes.push(row['QUERY PLAN'][0]['Execution Time']);
  }
  const factTimes = [];
  for (const v of variables.slice(0, 12)) {
    const [row] = await sql(`EXPLAIN (ANALYZE, FORMAT JSON) ${figures.query}`, [v.id, v.month]);
    factTimes.push(row['QUERY PLAN'][0]['Execution Time']);
  }
  console.log(
    `\nPostgreSQL execution, median of 12 (same managers and months, back to back): sales_fact ${percentile(factTimes, 50).toFixed(2)} ms; ` +
      `summed from order lines without the fact table ${percentile(lineTimes, 50).toFixed(2)} ms; ${load()}`,
  );
} finally {
  await stack.stop();
  await server.stop();
}
