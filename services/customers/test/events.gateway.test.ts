import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CREATE_RETAILER, createTerritoryWithManager, retailerInput, type Stack, startStack } from '@fieldloop/testkit';
import { customers } from '../src';
import { publishRetailerChanges, relayedHead } from './retailer-changes.fixtures';

interface EventMessage {
  customersEvents: { cursor: string; id: string; type: string; payload: Record<string, unknown> };
}

/** The event backbone as a subscriber meets it: through the gateway, over graphql-ws. */
describe('customers events through the gateway', () => {
  let stack: Stack;
  let territoryId: string;
  let retailerId: string;

  const sql = (query: string, parameters: unknown[] = []) => stack.subgraphs.customers.database.dataSource.query(query, parameters);
  const head = () => relayedHead(stack);
  const publishChanges = (count: number, label: string) => publishRetailerChanges(stack, { retailerId, territoryId }, count, label);
  const ENVELOPE = `subscription($after: String) { customersEvents(after: $after, types: ["customers.retailer.changed"]) { cursor id type payload } }`;

  beforeAll(async () => {
    stack = await startStack([customers]);
    territoryId = (await createTerritoryWithManager(stack.gateway, 'EV')).territory.id;
    retailerId = (await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, { input: retailerInput(territoryId) }))
      .createRetailer.id;
  });
  afterAll(() => stack?.stop());

  it('delivers a mutation’s event live, with the entities it refers to resolved through the gateway', async () => {
    const subscription = stack.gateway.subscribe<{ customersEvents: Record<string, unknown> }>(
      `subscription($after: String) { customersEvents(after: $after) { cursor type occurredAt payload retailer { shopName tier territory { name } accountManager { name } } } }`,
      { after: await head() },
    );
    try {
      await stack.gateway.request(`mutation($input: UpdateRetailerInput!) { updateRetailer(input: $input) { id } }`, {
        input: { id: retailerId, tier: 25, personal: { interests: '钓鱼' } },
      });
      const [message] = await subscription.waitFor(1);
      expect(message.customersEvents).toMatchObject({
        type: 'customers.retailer.changed',
        payload: { retailerId, tier: 25, changedFields: ['tier', 'personal.interests'] },
        retailer: { tier: 25, territory: { name: '线路EV' }, accountManager: { name: '李经理EV' } },
      });
      expect(JSON.stringify(message)).not.toContain('钓鱼');
    } finally {
      await subscription.close();
    }
  });

  it('commits a change and its event together: a failure after both writes, at commit, leaves neither', async () => {
    await sql(`CREATE FUNCTION fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                 BEGIN IF NEW.shop_name = '提交时失败' THEN RAISE EXCEPTION 'forced failure at commit'; END IF; RETURN NEW; END $$`);
    await sql(`CREATE CONSTRAINT TRIGGER fail_at_commit AFTER INSERT ON retailer DEFERRABLE INITIALLY DEFERRED
                 FOR EACH ROW EXECUTE FUNCTION fail_at_commit()`);
    const failing = retailerInput(territoryId, { shopName: '提交时失败' });
    const result = await stack.gateway.execute(CREATE_RETAILER, { input: failing });
    expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    const succeeding = retailerInput(territoryId, { shopName: '提交成功' });
    await stack.gateway.request(CREATE_RETAILER, { input: succeeding });
    await stack.subgraphs.customers.relay.kick();

    const inTable = async (licence: string) =>
      Number((await sql('SELECT count(*) FROM retailer WHERE licence_number = $1', [licence]))[0].count);
    const inLog = async (licence: string) =>
      Number((await sql(`SELECT count(*) FROM events.event_log WHERE payload->>'licenceNumber' = $1`, [licence]))[0].count) +
      Number((await sql(`SELECT count(*) FROM outbox WHERE payload->>'licenceNumber' = $1`, [licence]))[0].count);
    expect([await inTable(failing.licenceNumber), await inLog(failing.licenceNumber)]).toEqual([0, 0]);
    expect([await inTable(succeeding.licenceNumber), await inLog(succeeding.licenceNumber)]).toEqual([1, 1]);
  });

  it('gives a subscriber that drops mid-stream and reconnects with its last cursor all 1,000 events exactly once, in order', async () => {
    const start = await head();
    const first = stack.gateway.subscribe<EventMessage>(ENVELOPE, { after: start });
    const publishing = publishChanges(1000, 'reconnect');
    await first.waitFor(300);
    await first.close(); // the connection drops while events keep coming
    const beforeDrop = first.received.map((message) => message.customersEvents);
    await publishing;

    const second = stack.gateway.subscribe<EventMessage>(ENVELOPE, { after: beforeDrop.at(-1)!.cursor });
    try {
      await second.waitFor(1000 - beforeDrop.length);
      const all = [...beforeDrop, ...second.received.map((message) => message.customersEvents)];
      expect(beforeDrop.length).toBeLessThan(1000);
      expect(all).toHaveLength(1000);
      expect(new Set(all.map((event) => event.id)).size).toBe(1000);
      const cursors = all.map((event) => BigInt(event.cursor));
      expect(cursors.every((cursor, i) => i === 0 || cursor > cursors[i - 1])).toBe(true);
      expect(all.map((event) => (event.payload.changedFields as string[])[1])).toEqual(
        Array.from({ length: 1000 }, (_, i) => `reconnect#${i}`),
      );
    } finally {
      await second.close();
    }
  });

  it('feeds 200 concurrent subscriptions each every one of 500 events', async () => {
    const after = await head();
    // 20 connections with 10 subscriptions each, as 20 supervisors with a few panels open.
    const clients = Array.from({ length: 20 }, () => stack.gateway.connectWs());
    const subscriptions = clients.flatMap((client) =>
      Array.from({ length: 10 }, () => stack.gateway.subscribe<EventMessage>(ENVELOPE, { after }, client)),
    );
    try {
      await publishChanges(500, 'fan-out');
      await Promise.all(subscriptions.map((subscription) => subscription.waitFor(500, 240_000)));
      for (const subscription of subscriptions) {
        const labels = subscription.received.map((message) => (message.customersEvents.payload.changedFields as string[])[1]);
        expect(labels).toEqual(Array.from({ length: 500 }, (_, i) => `fan-out#${i}`));
      }
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
    // 100,000 deliveries: on two cores shared with other test files this takes minutes, so the
    // limit is a hang detector, not a speed check (the events-latency bench measures speed).
  }, 300_000);
});
