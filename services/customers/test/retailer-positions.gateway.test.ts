import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CREATE_RETAILER, createTerritoryWithManager, retailerInput, type Stack, startStack } from '@fieldloop/testkit';
import { customers } from '../src';

const POSITIONS = `query($filter: RetailerFilter, $first: Int) {
  retailerPositions(filter: $filter, first: $first) { totalCount positions { id latitude longitude creditGrade territoryId } }
}`;

interface Positions {
  retailerPositions: {
    totalCount: number;
    positions: { id: string; latitude: number; longitude: number; creditGrade: string | null; territoryId: string }[];
  };
}

/** The map's compact list of positions through the gateway: filtered, limited and scoped like retailers. */
describe('retailer positions through the gateway', () => {
  let stack: Stack;
  let north: string;
  let south: string;
  const created: Record<string, string[]> = {};

  beforeAll(async () => {
    stack = await startStack([customers]);
    north = (await createTerritoryWithManager(stack.gateway, 'PN')).territory.id;
    south = (await createTerritoryWithManager(stack.gateway, 'PS')).territory.id;
    for (const [territoryId, count] of [
      [north, 3],
      [south, 2],
    ] as const) {
      created[territoryId] = [];
      for (let i = 0; i < count; i++) {
        const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
          input: retailerInput(territoryId, { latitude: 25.04 + i / 100, longitude: 102.71 }),
        });
        created[territoryId].push(createRetailer.id);
      }
    }
  });
  afterAll(() => stack?.stop());

  it('answers every matching retailer’s position, grade and territory in one request, in id order', async () => {
    const { retailerPositions } = await stack.gateway.request<Positions>(POSITIONS, { filter: { territoryIds: [north, south] } });
    expect(retailerPositions.totalCount).toBe(5);
    const ids = retailerPositions.positions.map((position) => position.id);
    expect(ids).toEqual([...created[north], ...created[south]].sort());
    const first = retailerPositions.positions.find((position) => position.id === created[north][1])!;
    expect(first).toEqual({ id: created[north][1], latitude: 25.05, longitude: 102.71, creditGrade: null, territoryId: north });
  });

  it('stops at `first`, still counting all that match', async () => {
    const { retailerPositions } = await stack.gateway.request<Positions>(POSITIONS, { filter: { territoryIds: [north] }, first: 2 });
    expect(retailerPositions.totalCount).toBe(3);
    expect(retailerPositions.positions).toHaveLength(2);
  });

  it('shows a supervisor only the retailers of their territories', async () => {
    const scoped = await stack.as({ role: 'SUPERVISOR', terr: [south] });
    const { retailerPositions } = await scoped.request<Positions>(POSITIONS, {});
    expect(retailerPositions.totalCount).toBe(2);
    expect(retailerPositions.positions.map((position) => position.territoryId)).toEqual([south, south]);
  });

  it('refuses first outside 1 to 5000 with BAD_USER_INPUT naming the field', async () => {
    for (const first of [0, 5001]) {
      const result = await stack.gateway.execute(POSITIONS, { first });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', rule: first ? 'max' : 'min' });
    }
  });

  it('refuses a caller without a session', async () => {
    const result = await stack.anonymous.execute(POSITIONS, {});
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
