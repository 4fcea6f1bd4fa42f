import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger, publishEvent, startSubgraph } from '@fieldloop/platform';
import { customers, RetailerChanged } from '@fieldloop/customers';
import { CREATE_RETAILER, createTerritoryWithManager, retailerInput, startStack, type Stack } from '@fieldloop/testkit';
import { visits } from '../src';

/** Visits' copy of customers' retailers, kept from the event log. */
describe('the customers projection in visits', () => {
  let stack: Stack;
  let accountManagerId: string;
  let territoryId: string;

  const customersSql = (query: string, parameters: unknown[] = []) =>
    stack.subgraphs.customers.database.dataSource.query(query, parameters);
  const visitsSql = (query: string, parameters: unknown[] = []) => stack.subgraphs.visits.database.dataSource.query(query, parameters);

  /** The projection as customers' own tables say it should be (what a consumer that never stopped would hold). */
  const expected = () =>
    customersSql(
      `SELECT id, territory_id, shop_name, licence_number, route_sequence, latitude, longitude, status::text AS status FROM retailer ORDER BY id`,
    );
  const projected = () =>
    visitsSql(
      `SELECT id, territory_id, shop_name, licence_number, route_sequence, latitude, longitude, status FROM route_retailer ORDER BY id`,
    );

  async function eventuallyInStep(timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [want, have] = [await expected(), await projected()];
      if (JSON.stringify(want) === JSON.stringify(have)) return have;
      if (Date.now() > deadline) {
        expect(have).toEqual(want);
        return have;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    stack = await startStack([customers, visits]);
    const setup = await createTerritoryWithManager(stack.gateway, 'PJ');
    accountManagerId = setup.accountManager.id;
    territoryId = setup.territory.id;
    for (let i = 1; i <= 3; i += 1) {
      await stack.gateway.request(CREATE_RETAILER, { input: retailerInput(territoryId, { shopName: `线路店${i}`, routeSequence: 4 - i }) });
    }
  });
  afterAll(() => stack?.stop());

  it("plans from the projection: an account manager's retailers in route order, joined with customers fields through the gateway", async () => {
    await eventuallyInStep();
    const { staffMember } = await stack.gateway.request<{
      staffMember: { name: string; plannableRetailers: { shopName: string; routeSequence: number }[] };
    }>(`query($id: ID!) { staffMember(id: $id) { name plannableRetailers { shopName routeSequence } } }`, { id: accountManagerId });
    expect(staffMember.plannableRetailers).toEqual([
      { shopName: '线路店3', routeSequence: 1 },
      { shopName: '线路店2', routeSequence: 2 },
      { shopName: '线路店1', routeSequence: 3 },
    ]);
  });

  it('follows a suspension: the retailer leaves the plannable list', async () => {
    const [first] = (
      await stack.gateway.request<{ plannableRetailers: { id: string }[] }>(
        `query($id: ID!) { plannableRetailers(accountManagerId: $id) { id } }`,
        { id: accountManagerId },
      )
    ).plannableRetailers;
    await stack.gateway.request(`mutation($input: ChangeRetailerStatusInput!) { changeRetailerStatus(input: $input) { status } }`, {
      input: { id: first.id, status: 'SUSPENDED', reason: '停业整顿' },
    });
    await eventuallyInStep();
    const { plannableRetailers } = await stack.gateway.request<{ plannableRetailers: { id: string }[] }>(
      `query($id: ID!) { plannableRetailers(accountManagerId: $id) { id } }`,
      { id: accountManagerId },
    );
    expect(plannableRetailers.map((retailer) => retailer.id)).not.toContain(first.id);
    expect(plannableRetailers).toHaveLength(2);
  });

  it('ends, after being killed mid-stream and restarted, with the projection of a consumer that never stopped', async () => {
    for (let i = 0; i < 20; i += 1) await stack.gateway.request(CREATE_RETAILER, { input: retailerInput(territoryId) });
    const ids: string[] = (await customersSql('SELECT id FROM retailer ORDER BY id')).map((row: { id: string }) => row.id);

    // 3,000 changes in 30 transactions, each changing the table and publishing its event, as the service does.
    const publishing = (async () => {
      for (let batch = 0; batch < 30; batch += 1) {
        await stack.subgraphs.customers.database.dataSource.transaction(async (manager) => {
          for (let i = 0; i < 100; i += 1) {
            const id = ids[(batch * 100 + i) % ids.length];
            const shopName = `改名店${batch}-${i}`;
            const routeSequence = batch * 100 + i + 1;
            await manager.query('UPDATE retailer SET shop_name = $2, route_sequence = $3 WHERE id = $1', [id, shopName, routeSequence]);
            await publishEvent(manager, RetailerChanged, {
              refs: [{ type: 'Retailer', id }],
              payload: { retailerId: id, territoryId, shopName, routeSequence, changedFields: ['shopName', 'routeSequence'] },
            });
          }
        });
      }
    })();

    // Kill the consumer while it works: its connections die mid-transaction, then the process goes.
    const cursor = async () =>
      Number(
        (
          await customersSql(
            `SELECT COALESCE((SELECT position FROM visits.consumer_cursor WHERE consumer = 'customers-projection'), 0) AS p`,
          )
        )[0].p,
      );
    const startCursor = await cursor();
    while ((await cursor()) < startCursor + 300) await new Promise((resolve) => setTimeout(resolve, 5));
    await customersSql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'fieldloop-visits' AND datname = current_database()`,
    );
    await stack.subgraphs.visits.stop().catch(() => undefined);
    const killedAt = await cursor();
    await publishing;
    expect(killedAt).toBeLessThan(Number((await customersSql('SELECT MAX(position) AS p FROM events.event_log'))[0].p));

    stack.subgraphs.visits = await startSubgraph(visits, {
      port: 0,
      databaseUrl: stack.database.url,
      logger: createLogger('visits', 'silent'),
      gatewaySecret: stack.gatewaySecret,
    });
    const rows = await eventuallyInStep();
    expect(rows).toHaveLength(23);
  });

  it('rebuilds itself from the whole log when its tables are emptied', async () => {
    await visitsSql('DELETE FROM route_retailer');
    await visitsSql('DELETE FROM route_territory');
    await visitsSql('DELETE FROM route_staff');
    await stack.subgraphs.visits.stop();
    stack.subgraphs.visits = await startSubgraph(visits, {
      port: 0,
      databaseUrl: stack.database.url,
      logger: createLogger('visits', 'silent'),
      gatewaySecret: stack.gatewaySecret,
    });
    expect(await eventuallyInStep()).toHaveLength(23);
    expect(Number((await visitsSql('SELECT count(*) FROM route_territory'))[0].count)).toBeGreaterThan(0);
  });
});
