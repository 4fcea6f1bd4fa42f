import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SqlStatement } from '@fieldloop/platform';
import {
  connectionFields,
  countsOf,
  CREATE_RETAILER,
  createTerritoryWithManager,
  firstTwoPages,
  pagePlans,
  readsOf,
  retailerInput,
  sqlOf,
  type GraphQLClient,
  type Stack,
  startStack,
} from '@fieldloop/testkit';
import { customers } from '@fieldloop/customers';
import { visits } from '../src';

const VISITS = 8000;
const PLANS = 6000;
const ACCOUNT_MANAGERS = 30;

interface Page {
  edges: { node: Record<string, unknown> }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/**
 * The SQL the visits lists run, read from the real requests through the gateway: every list
 * walks an index on thousands of ANALYZEd rows, counts only when asked, reads only what is asked.
 */
describe('visits list queries', () => {
  let stack: Stack;
  let accountManagerId: string;
  let territoryId: string;
  let retailerId: string;
  let scoped: GraphQLClient;

  beforeAll(async () => {
    stack = await startStack([customers, visits]);
    const setup = await createTerritoryWithManager(stack.gateway, 'VQ');
    accountManagerId = setup.accountManager.id;
    territoryId = setup.territory.id;
    retailerId = (await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, { input: retailerInput(territoryId) }))
      .createRetailer.id;
    scoped = await stack.as({ role: 'SUPERVISOR', terr: [territoryId] });
    const sql = stack.subgraphs.visits.database.dataSource;
    // Other account managers, retailers and territories are made-up ids: visits keeps no foreign keys to customers.
    const managers = [accountManagerId, ...Array.from({ length: ACCOUNT_MANAGERS - 1 }, () => crypto.randomUUID())];
    await sql.query(
      `INSERT INTO visit (id, account_manager_id, retailer_id, territory_id, sequence, planned_for, theme, purpose, action_plan, expected_result, version, created_at)
       SELECT gen_random_uuid(), ($1::uuid[])[1 + n % $4], CASE WHEN n % 10 = 0 THEN $2::uuid ELSE gen_random_uuid() END,
              CASE WHEN n % 4 = 0 THEN $3::uuid ELSE gen_random_uuid() END, 1 + n % 20, date '2026-01-01' + n / 200,
              '新品推介', '了解销量', '陈列', '下单', 1, timestamptz '2026-01-01 08:00+08' + n * interval '37 seconds'
         FROM generate_series(1, $5) n`,
      [managers, retailerId, territoryId, ACCOUNT_MANAGERS, VISITS],
    );
    await sql.query(
      `INSERT INTO visit_plan (id, account_manager_id, plan_date, version)
       SELECT gen_random_uuid(), ($1::uuid[])[1 + n % $2], date '2020-01-01' + n / $2, 1 FROM generate_series(0, $3 - 1) n`,
      [managers, ACCOUNT_MANAGERS, PLANS],
    );
    // Some plans' stops are in the scoped territory: the scope reads plans through their stops.
    await sql.query(
      `UPDATE visit SET plan_id = plan.id FROM visit_plan plan WHERE visit.territory_id = $1 AND plan.plan_date = visit.planned_for AND plan.account_manager_id = visit.account_manager_id`,
      [territoryId],
    );
    await sql.query('VACUUM ANALYZE');
  });
  afterAll(() => stack?.stop());

  const subgraph = () => stack.subgraphs.visits;

  async function expectKeysetPlans(table: string, requests: { statements: SqlStatement[] }[]) {
    for (const { sortsWholeTable } of await pagePlans(subgraph(), table, requests)) expect(sortsWholeTable).toBe(false);
  }

  const VISITS_PAGE = `query($filter: VisitFilter, $after: String) {
    visits(first: 50, filter: $filter, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } }
  }`;
  const PLANS_PAGE = `query($filter: VisitPlanFilter, $after: String) {
    visitPlans(first: 50, filter: $filter, after: $after) { edges { node { id planDate } } pageInfo { endCursor hasNextPage } }
  }`;
  const visitsPages = (client: GraphQLClient, variables: Record<string, unknown> = {}) =>
    firstTwoPages<{ visits: Page }>(subgraph(), client, (data) => data.visits, VISITS_PAGE, variables);
  const plansPages = (client: GraphQLClient, variables: Record<string, unknown> = {}) =>
    firstTwoPages<{ visitPlans: Page }>(subgraph(), client, (data) => data.visitPlans, PLANS_PAGE, variables);

  it('cover every connection field of the service', async () => {
    expect((await connectionFields(visits)).sort()).toEqual(['Query.visitPlans', 'Query.visits', 'Retailer.visits']);
  });

  it('walk an index for visits, newest first: all, one account manager, one territory scope', async () => {
    await expectKeysetPlans('visit', await visitsPages(stack.gateway));
    await expectKeysetPlans('visit', await visitsPages(stack.gateway, { filter: { accountManagerId } }));
    await expectKeysetPlans(
      'visit',
      await visitsPages(stack.gateway, { filter: { statuses: ['PLANNED'], from: '2026-01-05', to: '2026-01-30' } }),
    );
    await expectKeysetPlans('visit', await visitsPages(scoped));
  });

  it("walk an index for a retailer's visits, joined by the gateway", async () => {
    const page = `query($id: ID!, $after: String) { retailer(id: $id) { shopName visits(first: 50, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } } }`;
    await expectKeysetPlans(
      'visit',
      await firstTwoPages<{ retailer: { visits: Page } }>(subgraph(), stack.gateway, (data) => data.retailer.visits, page, {
        id: retailerId,
      }),
    );
  });

  it('walk an index for visit plans, newest day first: all, one account manager', async () => {
    await expectKeysetPlans('visit_plan', await plansPages(stack.gateway));
    await expectKeysetPlans('visit_plan', await plansPages(stack.gateway, { filter: { accountManagerId } }));
  });

  it('run the COUNT only when totalCount is selected', async () => {
    for (const [field, table] of [
      ['visits', 'visit'],
      ['visitPlans', 'visit_plan'],
    ]) {
      const page = `query($counted: Boolean!) { ${field}(first: 5) { totalCount @include(if: $counted) edges { node { id } } } }`;
      const without = await sqlOf(subgraph(), stack.gateway, page, { counted: false });
      expect(countsOf(without.statements, table)).toHaveLength(0);
      const counted = await sqlOf<Record<string, { totalCount: number }>>(subgraph(), stack.gateway, page, { counted: true });
      expect(countsOf(counted.statements, table)).toHaveLength(1);
      expect(counted.data[field].totalCount).toBe(field === 'visits' ? VISITS : PLANS);
    }
  });

  it('read only the columns the selected fields and their resolvers need', async () => {
    const { data, statements } = await sqlOf<{ visits: Page }>(
      subgraph(),
      stack.gateway,
      `{ visits(first: 2, filter: { accountManagerId: "${accountManagerId}" }) { edges { node { theme durationMinutes accountManager { id } } } } }`,
    );
    expect(data.visits.edges[0].node).toEqual({ theme: '新品推介', durationMinutes: null, accountManager: { id: accountManagerId } });
    const [read] = readsOf(statements, 'visit');
    const columns = [
      ...new Set([...read.query.slice(0, read.query.search(/\sFROM\s/i)).matchAll(/"visit"\."(\w+)"/g)].map((match) => match[1])),
    ].sort();
    expect(columns).toEqual(['account_manager_id', 'check_in_at', 'check_out_at', 'created_at', 'id', 'theme']);
  });
});
