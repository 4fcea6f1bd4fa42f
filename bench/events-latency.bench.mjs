// Event delivery through the gateway: latency from commit to arrival at N subscribers
// (N = 1, 100, 1000) and sustained events per second. Prints figures; asserts nothing.
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { customersWithOneRetailer, onBenchDatabase, percentile, sleep } from './bench-stack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const platform = require(join(root, 'packages/platform/dist'));
const testkit = require(join(root, 'packages/testkit/dist'));
const customersService = require(join(root, 'services/customers/dist'));

const SUBSCRIBERS = (process.env.BENCH_SUBSCRIBERS ?? '1,100,1000').split(',').map(Number);
const LATENCY_EVENTS = Number(process.env.BENCH_LATENCY_EVENTS ?? 50);
const SCALARS = 'cursor occurredAt';
// The retailer is a field of the event, resolved per subscriber; territory and account manager hang off it.
const SELECTIONS = [
  ['envelope scalars', SCALARS],
  ['with retailer, territory, account manager', `${SCALARS} retailer { shopName tier territory { name } accountManager { name } }`],
];
const THROUGHPUT_EVENTS = Number(process.env.BENCH_THROUGHPUT_EVENTS ?? 10_000);

await onBenchDatabase(testkit, async ({ server, database, cleanups }) => {
  const { gateway, head, publish } = await customersWithOneRetailer({
    platform,
    testkit,
    root,
    customersService,
    database,
    cleanups,
    label: 'BENCH',
  });
  const wsUrl = testkit.wsUrlOf(gateway.url);

  /** N subscriptions over N/20 connections (at most 20 per connection, like open portal panels). */
  function subscribe(n, after, onEvent, selection = SCALARS) {
    const perConnection = Math.min(20, n);
    const clients = Array.from({ length: Math.ceil(n / perConnection) }, () => testkit.connectWs(wsUrl, gateway.headers));
    for (let i = 0; i < n; i += 1) {
      clients[Math.floor(i / perConnection)].subscribe(
        {
          query: `subscription($after: String) { customersEvents(after: $after, types: ["customers.retailer.changed"]) { ${selection} } }`,
          variables: { after },
        },
        { next: (message) => onEvent(message.data.customersEvents), error: (error) => console.error(error), complete: () => undefined },
      );
    }
    return () => Promise.all(clients.map((c) => c.dispose()));
  }

  console.log(
    `machine: ${cpus().length} cores, node ${process.version}, PostgreSQL ${server.kind}; customers subgraph and Hive Gateway as processes`,
  );
  console.log(`\nlatency from commit (event occurredAt) to arrival at the subscriber, ${LATENCY_EVENTS} events, one every 50 ms`);
  console.log(
    `${'selection'.padEnd(44)} ${'subscribers'.padStart(11)} ${'samples'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)}`,
  );
  for (const [name, selection] of SELECTIONS)
    for (const n of SUBSCRIBERS) {
      const samples = [];
      const dispose = subscribe(n, await head(), (event) => samples.push(Date.now() - Date.parse(event.occurredAt)), selection);
      await sleep(500 + n * 2); // let every subscription reach the subgraph
      for (let i = 0; i < LATENCY_EVENTS; i += 1) {
        await publish(1, `latency-${n}-${i}`);
        await sleep(50);
      }
      const deadline = Date.now() + 30_000;
      while (samples.length < n * LATENCY_EVENTS && Date.now() < deadline) await sleep(50);
      await dispose();
      const sorted = samples.sort((a, b) => a - b);
      console.log(
        `${name.padEnd(44)} ${String(n).padStart(11)} ${String(sorted.length).padStart(8)} ${String(percentile(sorted, 50)).padStart(7)} ${String(percentile(sorted, 95)).padStart(7)} ${String(percentile(sorted, 99)).padStart(7)} ${String(sorted.at(-1)).padStart(7)}${sorted.length < n * LATENCY_EVENTS ? `  (missing ${n * LATENCY_EVENTS - sorted.length})` : ''}`,
      );
    }

  console.log(`\nsustained: ${THROUGHPUT_EVENTS} events published in transactions of 100 as fast as possible`);
  for (const n of [1, 100]) {
    let received = 0;
    const dispose = subscribe(n, await head(), () => (received += 1));
    await sleep(500 + n * 2);
    const started = performance.now();
    for (let done = 0; done < THROUGHPUT_EVENTS; done += 100) await publish(100, `throughput-${n}`);
    const published = performance.now();
    const deadline = Date.now() + 120_000;
    while (received < n * THROUGHPUT_EVENTS && Date.now() < deadline) await sleep(20);
    const seconds = (performance.now() - started) / 1000;
    await dispose();
    console.log(
      `  ${String(n).padStart(3)} subscriber(s): published at ${(THROUGHPUT_EVENTS / ((published - started) / 1000)).toFixed(0)} events/s; every subscriber had all after ${seconds.toFixed(1)} s = ${(THROUGHPUT_EVENTS / seconds).toFixed(0)} events/s end to end (${(received / seconds).toFixed(0)} deliveries/s)${received < n * THROUGHPUT_EVENTS ? `, missing ${n * THROUGHPUT_EVENTS - received}` : ''}`,
    );
  }
});
