import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import type { AccessTokenClaims } from '@fieldloop/platform';
import { visits } from '../src';
import {
  CREATE_RETAILER,
  createTerritoryWithManager,
  retailerInput,
  staffClaims,
  startStack,
  type GraphQLClient,
  type TestClaims,
  type Stack,
} from '@fieldloop/testkit';

const PLAN_DAY = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/**
 * Each entity's row scope is declared once (`<feature>.scope.ts`) and serves every path to its
 * rows. On each path, a row of another territory answers exactly as a row that does not exist:
 * the same code and the same message but for the id, or null through `_entities`.
 */
describe('row scope: a forbidden row answers as a missing one, on every path', () => {
  let stack: Stack;
  let accountManager: GraphQLClient;
  let claims: AccessTokenClaims;
  const theirs: Record<'retailer' | 'territory' | 'plan' | 'visit', string> = {} as never;

  beforeAll(async () => {
    stack = await startStack([customers, visits]);
    const a = await createTerritoryWithManager(stack.gateway, 'RSA');
    const b = await createTerritoryWithManager(stack.gateway, 'RSB');
    const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
      input: retailerInput(b.territory.id),
    });
    Object.assign(theirs, { retailer: createRetailer.id, territory: b.territory.id });
    const sql = (query: string) => stack.subgraphs.visits.database.dataSource.query(query);
    for (let attempt = 0; (await sql('SELECT count(*)::int AS n FROM route_retailer'))[0].n < 1; attempt += 1) {
      if (attempt > 200) throw new Error('the visits projection never saw the retailer');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { createVisitPlan } = await stack.gateway.request<{ createVisitPlan: { id: string; visits: { id: string }[] } }>(
      `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id visits { id } } }`,
      {
        input: {
          accountManagerId: b.accountManager.id,
          planDate: PLAN_DAY,
          stops: [{ retailerId: createRetailer.id, theme: '巡店', purpose: '检查陈列', actionPlan: '看价签', expectedResult: '整改' }],
        },
      },
    );
    Object.assign(theirs, { plan: createVisitPlan.id, visit: createVisitPlan.visits[0].id });
    const scope: TestClaims = { role: 'ACCOUNT_MANAGER', sub: a.accountManager.id, terr: [a.territory.id] };
    claims = staffClaims(scope);
    accountManager = await stack.as(scope);
  });
  afterAll(() => stack?.stop());

  /** The answer with the id taken out, to compare a forbidden row's with a missing one's. */
  const answer = async (query: string, id: string) => {
    const result = await accountManager.execute(query, { id });
    return JSON.parse(JSON.stringify(result).replaceAll(id, '<id>'));
  };

  const PATHS: [string, keyof typeof theirs, string][] = [
    ['retailer lookup', 'retailer', 'query($id: ID!) { retailer(id: $id) { id } }'],
    ['retailer lock', 'retailer', 'mutation($id: ID!) { updateRetailer(input: { id: $id, tier: 5 }) { id } }'],
    ['territory lookup', 'territory', 'query($id: ID!) { territory(id: $id) { id } }'],
    ['visit lookup', 'visit', 'query($id: ID!) { visit(id: $id) { id } }'],
    ['visit lock', 'visit', 'mutation($id: ID!) { cancelVisit(input: { visitId: $id, reason: "不去了" }) { id } }'],
    ['plan lookup', 'plan', 'query($id: ID!) { visitPlan(id: $id) { id } }'],
    ['plan transition', 'plan', 'mutation($id: ID!) { submitVisitPlan(planId: $id) { id } }'],
  ];

  it.each(PATHS)('%s', async (_path, entity, query) => {
    const forbidden = await answer(query, theirs[entity]);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(forbidden).toEqual(await answer(query, randomUUID()));
  });

  it.each([
    ['customers', 'Retailer', 'retailer'],
    ['customers', 'Territory', 'territory'],
    ['visits', 'Visit', 'visit'],
    ['visits', 'VisitPlan', 'plan'],
  ] as const)('%s _entities of %s', async (service, type, entity) => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { id } } }`;
    const entities = (id: string) => stack.asGateway(service, claims).execute(query, { r: [{ __typename: type, id }] });
    expect(await entities(theirs[entity])).toEqual({ data: { _entities: [null] } });
    expect(await entities(randomUUID())).toEqual({ data: { _entities: [null] } });
  });

  it('wrote nothing', async () => {
    const [visit] = await stack.subgraphs.visits.database.dataSource.query('SELECT status FROM visit WHERE id = $1', [theirs.visit]);
    const [plan] = await stack.subgraphs.visits.database.dataSource.query('SELECT status FROM visit_plan WHERE id = $1', [theirs.plan]);
    const [retailer] = await stack.subgraphs.customers.database.dataSource.query('SELECT tier FROM retailer WHERE id = $1', [
      theirs.retailer,
    ]);
    expect([visit.status, plan.status, retailer.tier]).toEqual(['PLANNED', 'DRAFT', 12]);
  });
});
