// The supervisor's team scorecard at city scale: the demo company (infra/dev's generators) of
// BENCH_RETAILERS retailers (20,000 by default), BENCH_ACCOUNT_MANAGERS account managers (120) and
// BENCH_MONTHS months of orders, visits and cases (12), all four subgraphs in this process behind
// the real gateway.
// Times one query that returns every team member's visits, sales (and the same month last year)
// and loop sections, for every supervisor in turn (p50/p95/p99), and counts the SQL statements
// each subgraph sends per request, for the newest whole month of visits and for the oldest month of
// orders (about a year back). Prints; asserts nothing.
// Quick run: BENCH_RETAILERS=2000 BENCH_ACCOUNT_MANAGERS=12 BENCH_REQUESTS=60 nice -n 10 node bench/scorecards.bench.mjs
import { randomUUID } from 'node:crypto';
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDemoCompany, percentile } from './bench-stack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const testkit = require(join(root, 'packages/testkit/dist'));
const platform = require(join(root, 'packages/platform/dist'));
const tooling = require(join(root, 'packages/platform/dist/tooling.js'));
const { SUBGRAPHS } = require(join(root, 'infra/gateway/dist'));

const RETAILERS = Number(process.env.BENCH_RETAILERS ?? 20_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const ACCOUNT_MANAGERS = Number(process.env.BENCH_ACCOUNT_MANAGERS ?? 120);
const MONTHS = Number(process.env.BENCH_MONTHS ?? 12);
const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/.*load/, 'load');

const TEAM_SCORECARD = `query($id: ID!, $month: String!, $lastYear: String!) { staffMember(id: $id) { name team { id name
  marketKnowledge(month: $month) { retailers filesUpToDateShare creditAssessedShare outliers { figure code value teamMedian reason } }
  visitFigures(month: $month) { planned made verified frequencyAttainment verifiedShare coverage realRecordShare copiedNoteShare satisfactionAverage
    outliers { figure code value teamMedian reason } }
  salesFigures(month: $month) { volumeCartons grossMarginRate keyBrandShare newBrandCartons newBrandCarriers fulfilmentRate
    outliers { figure code value teamMedian reason } }
  lastYear: salesFigures(month: $lastYear) { volumeCartons }
  loopFigures(month: $month) { raised answeredWithinDeadlineShare averageSatisfaction escalations marketLeadsRaised marketLeadsClosed
    outliers { figure code value teamMedian reason } }
} } }`;

const cleanups = [];
try {
  const { databaseUrl } = await loadDemoCompany({
    testkit,
    root,
    require,
    cleanups,
    retailers: RETAILERS,
    accountManagers: ACCOUNT_MANAGERS,
    months: MONTHS,
  });
  const secret = randomUUID();
  const keys = platform.signingKeysEnv(platform.generateSigningKeys());
  Object.assign(process.env, keys);
  const subgraphs = {};
  for (const definition of SUBGRAPHS) {
    subgraphs[definition.name] = await platform.startSubgraph(definition, {
      port: 0,
      databaseUrl,
      logger: platform.createLogger(definition.name, 'error'),
      gatewaySecret: secret,
    });
    cleanups.push(() => subgraphs[definition.name].stop());
  }
  const workDir = mkdtempSync(join(tmpdir(), 'fieldloop-scorecards-'));
  cleanups.push(() => rmSync(workDir, { recursive: true, force: true }));
  const supergraphPath = join(workDir, 'supergraph.graphql');
  writeFileSync(supergraphPath, await tooling.composeSupergraph(SUBGRAPHS, (definition) => subgraphs[definition.name].url));
  const gateway = await tooling.startGatewayProcess({
    gatewayDir: tooling.findGatewayDir(),
    supergraphPath,
    port: await testkit.freePort(),
    env: {
      GATEWAY_HMAC_SECRET: secret,
      JWT_PUBLIC_KEY: keys.JWT_PUBLIC_KEY,
      RATE_LIMIT_QUERIES_PER_MINUTE: '1000000000',
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
    },
    output: 'ignore',
  });
  cleanups.push(() => gateway.stop());
  const { token } = await new platform.AccessTokenIssuer().issue({
    sub: randomUUID(),
    kind: 'staff',
    role: 'ADMIN',
    name: 'bench',
    sid: randomUUID(),
    scp: [],
    terr: '*',
  });
  const client = new testkit.GraphQLClient(gateway.url, { authorization: `Bearer ${token}` });

  const sql = (query) => subgraphs.customers.database.dataSource.query(query);
  const supervisors = (await sql(`SELECT id FROM customers.staff_member WHERE role = 'SUPERVISOR' ORDER BY employee_number`)).map(
    (row) => row.id,
  );
  // The newest whole month of visits: the month before the one under way.
  const [{ month }] = await sql(
    `SELECT to_char(max(planned_for), 'YYYY-MM') AS month FROM visits.visit
      WHERE planned_for < date_trunc('month', (SELECT max(planned_for) FROM visits.visit))`,
  );
  const lastYearOf = (of) => `${Number(of.slice(0, 4)) - 1}${of.slice(4)}`;
  const lastYear = lastYearOf(month);
  const [{ oldest }] = await sql(`SELECT min(month) AS oldest FROM orders.sales_fact`);
  const [counts] =
    await sql(`SELECT (SELECT count(*) FROM orders.retail_order)::int AS orders, (SELECT count(*) FROM visits.visit)::int AS visits,
      (SELECT count(*) FROM complaints.loop_case)::int AS cases,
      (SELECT count(*) FROM customers.staff_member WHERE role = 'ACCOUNT_MANAGER')::int AS managers`);
  console.log(
    `data: ${counts.orders.toLocaleString()} orders, ${counts.visits.toLocaleString()} visits, ${counts.cases.toLocaleString()} cases, ` +
      `${counts.managers} account managers in ${supervisors.length} teams; month ${month} (last year ${lastYear})`,
  );

  /** REQUESTS sequential team scorecards of `of` over every supervisor in turn, sorted times in ms. */
  const timeMonth = async (of) => {
    const variables = Array.from({ length: REQUESTS }, (_, i) => ({
      id: supervisors[i % supervisors.length],
      month: of,
      lastYear: lastYearOf(of),
    }));
    for (const v of variables.slice(0, Math.min(10, supervisors.length))) await client.request(TEAM_SCORECARD, v); // warm-up
    const times = [];
    for (const v of variables) {
      const at = performance.now();
      await client.request(TEAM_SCORECARD, v);
      times.push(performance.now() - at);
    }
    return times.sort((a, b) => a - b);
  };
  const summary = (times) =>
    `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms; ${load()}`;
  const variables = [{ id: supervisors[0], month, lastYear }];
  const times = await timeMonth(month);
  // The oldest month of orders: a year back with BENCH_MONTHS=12, the month a YoY alias of the latest reads.
  const yearBack = await timeMonth(oldest);

  // One request with every subgraph's statements recorded.
  const perSubgraph = {};
  let answer;
  const record = async (names) => {
    if (names.length === 0) {
      answer = await client.request(TEAM_SCORECARD, variables[0]);
      return;
    }
    const [name, ...rest] = names;
    perSubgraph[name] = (await subgraphs[name].database.statements.record(() => record(rest))).length;
  };
  await record(Object.keys(subgraphs));
  const team = answer.staffMember.team;
  console.log(
    `\nteam scorecard through the gateway, ${REQUESTS} sequential requests over ${supervisors.length} supervisors (teams of ${team.length} here): ` +
      `month ${month}: ${summary(times)}`,
  );
  console.log(`month ${oldest} (about a year back): ${summary(yearBack)}`);
  console.log(
    `SQL statements per request: ${Object.entries(perSubgraph)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ')} (team of ${team.length})`,
  );
  const outliersOf = (member) =>
    ['salesFigures', 'marketKnowledge', 'visitFigures', 'loopFigures']
      .flatMap((section) => member[section]?.outliers ?? [])
      .map((o) => o.code);
  const flagged = team.filter((member) => outliersOf(member).length);
  console.log(
    `flagged in that team: ${flagged.map((member) => `${member.name} (${outliersOf(member).join(', ')})`).join('; ') || 'nobody'}`,
  );
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
