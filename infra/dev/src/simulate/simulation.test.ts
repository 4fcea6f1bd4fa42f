import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { complaints } from '@fieldloop/complaints';
import { customers } from '@fieldloop/customers';
import { orders } from '@fieldloop/orders';
import { startStack, type CollectingSubscription, type Stack } from '@fieldloop/testkit';
import { visits } from '@fieldloop/visits';
import { generateCustomersDemo, loadCustomersDemo } from '../demo/customers';
import { generateOrdersDemo, loadOrdersDemo } from '../demo/orders';
import { generateVisitsDemo, loadVisitsDemo } from '../demo/visits';
import { casesActor } from './actors/cases.actor';
import { customersActor } from './actors/customers.actor';
import { ordersActor } from './actors/orders.actor';
import { visitsActor } from './actors/visits.actor';
import { subjectOf, type ExpectedEvent } from './journal';
import { startSimulation, type Simulation } from './simulation';

// The default demo company (its staff are those of the README), with a smaller field.
const SEED = 20261123;
/** The built command line (the test runs after the build, as every test here). */
const MAIN = join(__dirname, '../../dist/simulate/main.js');
/** A stack, a demo company and a run of the field take a while on a busy machine (a limit, not a measure). */
const SETUP_TIMEOUT_MS = 300_000;
type Received = { type: string; actor: string | null; payload: Record<string, unknown> };
const EVENT_FIELDS = 'type actor payload';

/** The demo's field work up to this morning at the latest, so today's routes still have stops to visit whatever the hour. */
function thisMorning(): Date {
  const morning = new Date(`${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}T09:30:00+08:00`);
  return morning < new Date() ? morning : new Date();
}

/** Waits until the projection table `table` of `dataSource` has at least `count` rows. */
async function caughtUp(dataSource: Stack['subgraphs'][string]['database']['dataSource'], table: string, count: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const [{ rows }] = await dataSource.query(`SELECT count(*)::int AS rows FROM ${table}`);
    if (rows >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The stack behind a real gateway with a small demo company loaded, its projections caught up. */
async function demoStack(gatewayEnv: NodeJS.ProcessEnv = {}): Promise<Stack> {
  const stack = await startStack([customers, visits, orders, complaints], { gatewayEnv });
  const company = generateCustomersDemo({ seed: SEED, retailers: 200 });
  await loadCustomersDemo(stack.subgraphs.customers.database.dataSource, company);
  await loadVisitsDemo(stack.subgraphs.visits.database.dataSource, generateVisitsDemo(company, { seed: SEED + 1, now: thisMorning() }));
  await loadOrdersDemo(stack.subgraphs.orders.database.dataSource, generateOrdersDemo(company, { seed: SEED + 2, now: thisMorning() }));
  // Plans and orders name shops and staff the services know of: wait for their projections of customers.
  await stack.subgraphs.customers.relay.kick();
  await caughtUp(stack.subgraphs.visits.database.dataSource, 'route_retailer', company.retailers.length);
  await caughtUp(stack.subgraphs.orders.database.dataSource, 'order_retailer', company.retailers.length);
  await caughtUp(stack.subgraphs.orders.database.dataSource, 'order_staff', company.staff.length);
  await caughtUp(stack.subgraphs.complaints.database.dataSource, 'case_staff', company.staff.length);
  return stack;
}

const visitStatus = async (stack: Stack, id: string) =>
  (await stack.gateway.request<{ visit: { status: string } }>(`query($id: ID!) { visit(id: $id) { status } }`, { id })).visit.status;

const key = (event: ExpectedEvent) => `${event.type} ${event.subject}`;

// One stack for the file: its subgraphs run in this process, which keeps the first token-signing key it used.
// Each caller may make 6 mutations a minute, so the simulated staff meet the limit and wait it out.
let stack: Stack;
beforeAll(async () => {
  stack = await demoStack({ RATE_LIMIT_MUTATIONS_PER_MINUTE: '6' });
}, SETUP_TIMEOUT_MS);
afterAll(() => stack?.stop());

describe('the field simulator', () => {
  let simulation: Simulation;
  const streams: CollectingSubscription<Record<string, Received>>[] = [];

  beforeAll(async () => {
    const [{ head }] = await stack.subgraphs.visits.database.dataSource.query(
      'SELECT COALESCE(MAX(position), 0)::text AS head FROM events.event_log',
    );
    // Orders too: it drafts the visits' order intents in the account manager's name.
    for (const stream of ['customersEvents', 'visitsEvents', 'ordersEvents']) {
      streams.push(
        stack.gateway.subscribe(`subscription($after: String) { ${stream}(after: $after) { ${EVENT_FIELDS} } }`, { after: String(head) }),
      );
    }
    simulation = await startSimulation({
      gatewayUrl: stack.gateway.url,
      accountManagers: 3,
      speed: 600,
      credible: false,
      seed: SEED,
      maxMutations: 20,
      signInsPerMinute: 1000,
      actors: { customers: customersActor, visits: visitsActor },
    });
    await simulation.done;
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await simulation?.stop();
    await Promise.all(streams.map((stream) => stream.close()));
  });

  it('works through the gateway as the demo staff: plans, reviews, visits, findings, the customer file', () => {
    const operations = new Set(simulation.journal.entries.map((entry) => entry.operation));
    expect(simulation.journal.entries.length).toBeGreaterThanOrEqual(20);
    expect(simulation.cast.map((member) => member.role).sort()).toEqual(expect.arrayContaining(['ACCOUNT_MANAGER', 'SUPERVISOR']));
    expect([...operations]).toEqual(expect.arrayContaining(['checkIn', 'recordFindings', 'checkOut', 'signOut']));
  });

  it('caused exactly the events a subscriber received, each once', async () => {
    const expected = simulation.journal.expectedEvents().map(key).sort();
    const actors = new Set(simulation.journal.entries.map((entry) => entry.staffMemberId));
    const fromSimulation = (stream: CollectingSubscription<Record<string, Received>>) =>
      stream.received.map((message) => Object.values(message)[0]).filter((event) => event.actor !== null && actors.has(event.actor));
    const received = () =>
      streams
        .flatMap(fromSimulation)
        .map((event) => key({ type: event.type, subject: subjectOf(event.payload) ?? '?' }))
        .sort();
    // Delivery is asynchronous: each stream is waited on, message by message, until it has every
    // event it should carry (or none comes for a long while: then the comparison shows what is missing).
    for (const [stream, prefixes] of [
      [streams[0], ['customers.', 'auth.']],
      [streams[1], ['visits.']],
      [streams[2], ['orders.']],
    ] as const) {
      const due = expected.filter((event) => prefixes.some((prefix) => event.startsWith(prefix))).length;
      while (fromSimulation(stream).length < due) {
        if (!(await stream.waitFor(stream.received.length + 1, 30_000).catch(() => undefined))) break;
      }
    }
    expect(received()).toEqual(expected);
    expect(streams.flatMap((stream) => stream.errors)).toEqual([]);
  });

  it('stops cleanly: every visit it checked in is checked out', async () => {
    const checkedIn = simulation.journal.entries
      .filter((entry) => entry.operation === 'checkIn')
      .map((entry) => entry.events[0].subject)
      .sort();
    const checkedOut = simulation.journal.entries
      .filter((entry) => entry.operation === 'checkOut')
      .map((entry) => entry.events[0].subject)
      .sort();
    expect(checkedOut).toEqual(expect.arrayContaining(checkedIn));
    for (const id of checkedIn) expect(await visitStatus(stack, id)).toBe('COMPLETED');
  });
});

/** Waits until `stream` carried `due` events of the run's people (or none came for a long while). */
async function receivedFrom(
  stream: CollectingSubscription<Record<string, Received>>,
  people: Set<string>,
  due: number,
): Promise<Received[]> {
  const ours = () =>
    stream.received.map((message) => Object.values(message)[0]).filter((event) => event.actor !== null && people.has(event.actor));
  while (ours().length < due) {
    if (!(await stream.waitFor(stream.received.length + 1, 30_000).catch(() => undefined))) break;
  }
  return ours();
}

/**
 * What the order desk run must have done before it stops: every step of an order. The cases
 * people work alongside; what they did (if anything came their way so soon) is checked too.
 */
const DESK_WORK = ['placeOrder', 'confirmOrder', 'dispatchOrder', 'recordDelivery'];

describe('the field simulator at the order desk and on the cases', () => {
  let simulation: Simulation;
  let ordersStream: CollectingSubscription<Record<string, Received>>;
  let casesStream: CollectingSubscription<Record<string, Received>>;
  let startedAt: Date;
  const ordersSql = (query: string, parameters: unknown[] = []) => stack.subgraphs.orders.database.dataSource.query(query, parameters);

  beforeAll(async () => {
    const [{ head }] = await ordersSql('SELECT COALESCE(MAX(position), 0)::text AS head FROM events.event_log');
    const subscribe = (stream: string) =>
      stack.gateway.subscribe<Record<string, Received>>(`subscription($after: String) { ${stream}(after: $after) { ${EVENT_FIELDS} } }`, {
        after: String(head),
      });
    ordersStream = subscribe('ordersEvents');
    casesStream = subscribe('complaintsEvents');
    startedAt = new Date();
    simulation = await startSimulation({
      gatewayUrl: stack.gateway.url,
      accountManagers: 3,
      speed: 600,
      credible: false,
      seed: SEED,
      // Room for the cases people's work too: the run stops as soon as every desk step was taken.
      maxMutations: 240,
      signInsPerMinute: 1000,
      actors: { orders: ordersActor, complaints: casesActor },
    });
    // Short: once every step was taken at least once, everyone goes home.
    simulation.journal.onRecord(() => {
      const done = new Set(simulation.journal.entries.map((entry) => entry.operation));
      if (DESK_WORK.every((operation) => done.has(operation))) void simulation.stop();
    });
    await simulation.done;
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await simulation?.stop();
    await Promise.all([ordersStream, casesStream].map((stream) => stream?.close()));
  });

  it('takes orders at the shops, confirms and dispatches them at the desk, delivers them, as the demo staff', () => {
    const operations = new Set(simulation.journal.entries.map((entry) => entry.operation));
    expect([...operations]).toEqual(expect.arrayContaining([...DESK_WORK, 'signOut']));
    expect(simulation.cast.map((member) => member.role)).toEqual(
      expect.arrayContaining(['ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER']),
    );
  });

  it('caused exactly the orders and complaints events a subscriber received, each once', async () => {
    const people = new Set(simulation.journal.entries.map((entry) => entry.staffMemberId));
    for (const [stream, prefix] of [
      [ordersStream, 'orders.'],
      [casesStream, 'complaints.'],
    ] as const) {
      const expected = simulation.journal
        .expectedEvents()
        .filter((event) => event.type.startsWith(prefix))
        .map(key)
        .sort();
      const received = await receivedFrom(stream, people, expected.length);
      expect(received.map((event) => key({ type: event.type, subject: subjectOf(event.payload) ?? '?' })).sort()).toEqual(expected);
      expect(stream.errors).toEqual([]);
    }
    // Nothing else it did announced anything: sign-outs are customers' (auth.), checked in the run above.
    expect(simulation.journal.expectedEvents().every((event) => /^(orders|complaints|auth)\./.test(event.type))).toBe(true);
  });

  it('leaves consistent data: every order it placed is there with its lines, in the state its last step left it', async () => {
    const steps: Record<string, string> = {
      'orders.order.placed': 'PLACED',
      'orders.order.confirmed': 'CONFIRMED',
      'orders.order.out_for_delivery': 'OUT_FOR_DELIVERY',
    };
    const last = new Map<string, string>();
    for (const event of simulation.journal.expectedEvents()) {
      if (steps[event.type]) last.set(event.subject, steps[event.type]);
      if (event.type === 'orders.order.delivered') last.set(event.subject, 'DELIVERED');
    }
    const takers = [...new Set(simulation.journal.entries.map((entry) => entry.staffMemberId))];
    const rows: { id: string; status: string; lines: number }[] = await ordersSql(
      `SELECT o.id, o.status, (SELECT count(*)::int FROM order_line l WHERE l.order_id = o.id) AS lines
         FROM retail_order o WHERE o.placed_at >= $1 AND o.taken_by_id = ANY($2::uuid[])`,
      [startedAt, takers],
    );
    const placed = simulation.journal.entries.filter((entry) => entry.operation === 'placeOrder').map((entry) => entry.events[0].subject);
    expect(rows.map((row) => row.id).sort()).toEqual([...placed].sort());
    for (const row of rows) expect(row.lines).toBeGreaterThan(0);
    for (const [id, status] of last) {
      const row = (await ordersSql('SELECT status FROM retail_order WHERE id = $1', [id]))[0] as { status: string };
      // A delivery differing from the confirmed cartons leaves the order PARTIALLY_DELIVERED.
      expect(status === 'DELIVERED' ? ['DELIVERED', 'PARTIALLY_DELIVERED'] : [status]).toContain(row.status);
    }
  });

  it('opens an order exception case in complaints for every wrong delivery', async () => {
    const exceptions = simulation.journal.expectedEvents().filter((event) => event.type === 'orders.exception.raised');
    const cases: { order_id: string }[] = [];
    for (let i = 0; i < 100; i++) {
      cases.splice(
        0,
        cases.length,
        ...(await stack.subgraphs.complaints.database.dataSource.query(
          `SELECT order_id FROM loop_case WHERE kind = 'ORDER_EXCEPTION' AND order_id = ANY($1::uuid[])`,
          [exceptions.map((event) => event.subject)],
        )),
      );
      if (cases.length >= exceptions.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(cases.map((row) => row.order_id).sort()).toEqual(exceptions.map((event) => event.subject).sort());
    expect(casesStream.errors).toEqual([]);
  });
});

/** The command line, as `pnpm simulate` runs it. */
describe('pnpm simulate under the rate limits', () => {
  let child: ChildProcess | undefined;
  afterAll(() => void child?.kill('SIGKILL'));

  it(
    'waits out RATE_LIMITED as the gateway asks, carries on, and stops on SIGTERM with every visit checked out',
    async () => {
      child = spawn(process.execPath, [MAIN, '--gateway', stack.gateway.url, '--people', '1', '--speed', '600', '--compressed'], {
        env: { ...process.env, RATE_LIMIT_SIGN_INS_PER_MINUTE: '1000' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const lines: string[] = [];
      const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
      // Until someone was refused, waited, and then had two more mutations done.
      await new Promise<void>((resolve) => {
        let buffered = '';
        child!.stdout!.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          const complete = buffered.split('\n');
          buffered = complete.pop()!;
          lines.push(...complete);
          const refused = lines.findIndex((line) => line.includes('RATE_LIMITED, waiting'));
          if (refused >= 0 && lines.slice(refused).filter((line) => line.includes(' → ')).length >= 2) resolve();
        });
      });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(lines.at(-1)).toMatch(/^stopped after \d+ mutations$/);
      const retryAfter = Number(/waiting (\d+) s/.exec(lines.find((line) => line.includes('RATE_LIMITED'))!)![1]);
      expect(retryAfter >= 1 && retryAfter <= 60).toBe(true);
      const checkedIn = lines
        .filter((line) => / checkIn → /.test(line))
        .map((line) => /visits\.visit\.started ([0-9a-f-]{36})/.exec(line)![1]);
      for (const id of checkedIn) expect(await visitStatus(stack, id)).toBe('COMPLETED');
    },
    SETUP_TIMEOUT_MS,
  );
});
