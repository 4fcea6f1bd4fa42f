// Do replays stall everyone else? Query latency through the gateway (one retailer by id with
// territory and account manager, at a steady rate) first on a quiet system, then while 20
// subscribers each replay 10,000 events (`after` an old cursor). Prints figures; asserts nothing.
// The replaying clients run in a worker thread, so their work does not delay the timing of
// the queries in this one.
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { customersWithOneRetailer, onBenchDatabase, percentile, sleep } from './bench-stack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const testkit = require(join(root, 'packages/testkit/dist'));

const REPLAYS = Number(process.env.BENCH_REPLAYS ?? 20);
const REPLAY_EVENTS = Number(process.env.BENCH_REPLAY_EVENTS ?? 10_000);
const QUERY_RATE = Number(process.env.BENCH_QUERY_RATE ?? 50);
const QUIET_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const REPLAY =
  'subscription($after: String) { customersEvents(after: $after, types: ["customers.retailer.changed"]) { cursor id type occurredAt payload } }';

if (!isMainThread) {
  // The replaying subscribers: one connection each, counting until every event has arrived.
  const { wsUrl, headers, after } = workerData;
  const started = performance.now();
  let done = 0;
  const errors = [];
  const clients = Array.from({ length: REPLAYS }, () => testkit.connectWs(wsUrl, headers));
  let delivered = 0;
  clients.forEach((client) => {
    let received = 0;
    let finished = false;
    // Each subscription ends once: all its events arrived, or it failed or completed early.
    const finish = () => {
      if (finished) return;
      finished = true;
      delivered += received;
      if (++done < REPLAYS) return;
      parentPort.postMessage({ seconds: (performance.now() - started) / 1000, delivered, errors });
      void Promise.all(clients.map((c) => c.dispose()));
    };
    client.subscribe(
      { query: REPLAY, variables: { after } },
      {
        next: (message) => {
          if (message.errors) errors.push(message.errors);
          received += 1;
          if (received === REPLAY_EVENTS) finish();
        },
        error: (error) => {
          errors.push(String(error));
          finish();
        },
        complete: finish,
      },
    );
  });
} else {
  const platform = require(join(root, 'packages/platform/dist'));
  const customersService = require(join(root, 'services/customers/dist'));
  await onBenchDatabase(testkit, async ({ server, database, cleanups }) => {
    const { gateway, retailerId, head, publish } = await customersWithOneRetailer({
      platform,
      testkit,
      root,
      customersService,
      database,
      cleanups,
      label: 'STALL',
    });
    const { client } = gateway;
    const after = await head();
    for (let done = 0; done < REPLAY_EVENTS; done += 100) await publish(Math.min(100, REPLAY_EVENTS - done), 'replayed');
    while (BigInt(await head()) - BigInt(after) < BigInt(REPLAY_EVENTS)) await sleep(50); // the relay has moved them all

    const query = `query($id: ID!) { retailer(id: $id) { shopName phone address territory { name } accountManager { name phone } } }`;
    const check = await client.execute(query, { id: retailerId });
    if (check.errors) throw new Error(JSON.stringify(check.errors));
    /**
     * Queries at QUERY_RATE per second, each sent on schedule whether or not the one before
     * has answered (so a stall delays every query sent during it, as it would real users),
     * until `until` settles. Returns the latencies, sorted, and how many failed.
     */
    async function measure(until) {
      const latencies = [];
      let failed = 0;
      const inFlight = new Set();
      let stop = false;
      void until.then(() => (stop = true));
      const started = performance.now();
      for (let sent = 0; !stop; sent += 1) {
        const sentAt = performance.now();
        const request = client.execute(query, { id: retailerId }).then(
          (result) => (result.errors ? (failed += 1) : latencies.push(performance.now() - sentAt)),
          () => (failed += 1),
        );
        inFlight.add(request);
        void request.finally(() => inFlight.delete(request));
        await sleep(Math.max(0, started + ((sent + 1) * 1000) / QUERY_RATE - performance.now()));
      }
      await Promise.all(inFlight);
      return { sorted: latencies.sort((a, b) => a - b), failed };
    }
    const row = (name, { sorted, failed }, note = '') =>
      console.log(
        `${name.padEnd(44)} ${String(sorted.length).padStart(7)} ${percentile(sorted, 50).toFixed(0).padStart(7)} ${percentile(sorted, 99).toFixed(0).padStart(7)} ${sorted.at(-1).toFixed(0).padStart(7)} ${String(failed).padStart(6)}${note}`,
      );

    console.log(
      `machine: ${cpus().length} cores, node ${process.version}, PostgreSQL ${server.kind}; customers subgraph and Hive Gateway as processes`,
    );
    console.log(`\none retailer by id with territory and account manager through the gateway, ${QUERY_RATE} queries/s`);
    console.log(
      `${'while'.padEnd(44)} ${'queries'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'failed'.padStart(6)}`,
    );
    row(`nothing else runs (${QUIET_SECONDS} s)`, await measure(sleep(QUIET_SECONDS * 1000)));

    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { wsUrl: testkit.wsUrlOf(gateway.url), headers: gateway.headers, after },
    });
    const replayed = new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const during = await measure(replayed);
    const { seconds, delivered, errors } = await replayed;
    await worker.terminate();
    row(
      `${REPLAYS} subscribers replay ${REPLAY_EVENTS.toLocaleString('en')} events each`,
      during,
      `  (replays done in ${seconds.toFixed(1)} s, ${(delivered / seconds).toFixed(0)} deliveries/s${delivered < REPLAYS * REPLAY_EVENTS ? `, missing ${REPLAYS * REPLAY_EVENTS - delivered}` : ''}${errors.length ? `, errors: ${JSON.stringify(errors.slice(0, 3))}` : ''})`,
    );
  });
}
