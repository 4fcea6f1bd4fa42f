import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CREATE_RETAILER, createTerritoryWithManager, retailerInput, type Stack, startStack } from '@fieldloop/testkit';
import { customers } from '../src';

/** Retailers through the gateway, as a partner system would use them. */
describe('retailers through the gateway', () => {
  let stack: Stack;
  let territoryId: string;
  let accountManagerName: string;

  beforeAll(async () => {
    stack = await startStack([customers]);
    const setup = await createTerritoryWithManager(stack.gateway, 'GW');
    territoryId = setup.territory.id;
    accountManagerName = setup.accountManager.name;
  });
  afterAll(() => stack?.stop());

  const countRetailers = async () =>
    Number((await stack.subgraphs.customers.database.dataSource.query('SELECT count(*) FROM retailer'))[0].count);

  it('creates a retailer and lists it with its territory and account manager in one query', async () => {
    const created = await stack.gateway.request<{ createRetailer: { id: string; version: number; territory: { id: string } } }>(
      CREATE_RETAILER,
      { input: retailerInput(territoryId, { shopName: '老王烟酒店' }) },
    );
    expect(created.createRetailer.territory.id).toBe(territoryId);

    const { retailers } = await stack.gateway.request<{
      retailers: {
        totalCount: number;
        edges: { node: { shopName: string; territory: { name: string }; accountManager: { name: string } } }[];
      };
    }>(
      `query($territoryId: ID!) {
        retailers(filter: { territoryIds: [$territoryId] }, first: 10) {
          totalCount
          edges { node { shopName territory { name } accountManager { name } } }
        }
      }`,
      { territoryId },
    );
    expect(retailers.totalCount).toBe(1);
    expect(retailers.edges[0].node).toEqual({
      shopName: '老王烟酒店',
      territory: { name: '线路GW' },
      accountManager: { name: accountManagerName },
    });
  });

  it('updates a retailer, and refuses a stale version with CONFLICT', async () => {
    const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string; version: number } }>(CREATE_RETAILER, {
      input: retailerInput(territoryId),
    });
    const update = `mutation($input: UpdateRetailerInput!) {
      updateRetailer(input: $input) { id tier version business { tradingHours } personal { personalityType } personalityProfile(locale: EN) { name approach } }
    }`;
    const { updateRetailer } = await stack.gateway.request<{
      updateRetailer: {
        tier: number;
        version: number;
        business: { tradingHours: string };
        personal: { personalityType: string };
        personalityProfile: { name: string; approach: string[] };
      };
    }>(update, {
      input: {
        id: createRetailer.id,
        expectedVersion: createRetailer.version,
        tier: 20,
        business: { tradingHours: '07:30-22:30' },
        personal: { personalityType: 'TOUGH' },
      },
    });
    expect(updateRetailer).toMatchObject({
      tier: 20,
      version: createRetailer.version + 1,
      business: { tradingHours: '07:30-22:30' },
      personal: { personalityType: 'TOUGH' },
    });
    expect(updateRetailer.personalityProfile.name).toBe('Tough');
    expect(updateRetailer.personalityProfile.approach).toContain('stay calm');

    const stale = await stack.gateway.execute(update, {
      input: { id: createRetailer.id, expectedVersion: createRetailer.version, tier: 5 },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
  });

  it('refuses a bad licence number with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await countRetailers();
    const result = await stack.gateway.execute(CREATE_RETAILER, { input: retailerInput(territoryId, { licenceNumber: '12345' }) });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'licenceNumber', rule: 'matches' });
    expect(result.errors?.[0].message).toBe('licenceNumber must be exactly 12 digits');
    expect(await countRetailers()).toBe(before);
  });

  it('names every broken rule, including nested fields', async () => {
    const result = await stack.gateway.execute(CREATE_RETAILER, {
      input: retailerInput(territoryId, { tier: 31, latitude: 91, phone: '123', logistics: { deliveryWindow: 'morning' } }),
    });
    const violations = (result.errors?.[0].extensions?.violations ?? []) as { field: string; rule: string }[];
    expect(violations.map((violation) => violation.field).sort()).toEqual(['latitude', 'logistics.deliveryWindow', 'phone', 'tier']);
  });

  it('refuses a duplicate licence number with CONFLICT on the field, and writes nothing', async () => {
    const input = retailerInput(territoryId);
    await stack.gateway.request(CREATE_RETAILER, { input });
    const before = await countRetailers();
    const result = await stack.gateway.execute(CREATE_RETAILER, { input: { ...input, shopName: '另一家店' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'licenceNumber', rule: 'unique' });
    expect(await countRetailers()).toBe(before);
  });

  it('refuses an unknown territory by name, and never leaks internals on NOT_FOUND', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const bad = await stack.gateway.execute(CREATE_RETAILER, { input: retailerInput(unknown) });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'territoryId', rule: 'exists' });
    const missing = await stack.gateway.execute(`query($id: ID!) { retailer(id: $id) { id } }`, { id: unknown });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.stringify(missing.errors)).not.toMatch(/stack|at \w+ \(|SELECT/);
  });

  it('resolves 50 retailers with their account managers in a bounded number of SQL statements', async () => {
    const setup = await createTerritoryWithManager(stack.gateway, 'N1');
    for (let i = 0; i < 50; i += 1) await stack.gateway.request(CREATE_RETAILER, { input: retailerInput(setup.territory.id) });
    const statements = stack.subgraphs.customers.database.statements;
    const before = statements.count;
    const { retailers } = await stack.gateway.request<{ retailers: { edges: { node: { accountManager: { name: string } } }[] } }>(
      `query($territoryId: ID!) {
        retailers(filter: { territoryIds: [$territoryId] }, first: 50) {
          edges { node { shopName territory { name region { name } } accountManager { name supervisor { name } } creditHistory { grade } } }
        }
      }`,
      { territoryId: setup.territory.id },
    );
    const used = statements.count - before;
    process.stdout.write(`SQL statements for 50 retailers with nested entities: ${used}\n`);
    expect(retailers.edges).toHaveLength(50);
    expect(new Set(retailers.edges.map((edge) => edge.node.accountManager.name))).toEqual(new Set([setup.accountManager.name]));
    // page + count, then one per entity type: territory, region, account manager, supervisor, credit history.
    expect(used).toBeLessThanOrEqual(7);
  });
});
