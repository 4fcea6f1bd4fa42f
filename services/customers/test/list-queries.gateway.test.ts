import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SortDirection, type SqlStatement } from '@fieldloop/platform';
import {
  connectionFields,
  countsOf,
  createTerritoryWithManager,
  firstTwoPages,
  indexesIn,
  pagePlans,
  readsOf,
  sqlOf,
  type GraphQLClient,
  type Stack,
  startStack,
} from '@fieldloop/testkit';
import { customers } from '../src';
import { RetailerSortField } from '../src/retailer/retailer.inputs';

const RETAILERS = 6000;
const STAFF = 4000;
const TERRITORIES = 4000;
const AUDIT_RECORDS = 6000;
const STORY_ENTRIES = 6000;

interface Page {
  edges: { cursor: string; node: Record<string, unknown> }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount?: number;
}

/**
 * The SQL the customers lists run, read from the real requests through the gateway: every
 * list and sort walks an index (PostgreSQL's own plan for a table of thousands of rows,
 * ANALYZEd), counts only when totalCount is asked for, and reads only the columns asked for.
 */
describe('customers list queries', () => {
  let stack: Stack;
  let territoryIds: string[];
  let scoped: GraphQLClient;
  let storyRetailerId: string;

  beforeAll(async () => {
    stack = await startStack([customers]);
    const setups = [];
    for (const label of ['LA', 'LB', 'LC']) setups.push(await createTerritoryWithManager(stack.gateway, label));
    territoryIds = setups.map((setup) => setup.territory.id);
    scoped = await stack.as({ role: 'SUPERVISOR', terr: [territoryIds[0]] });
    const sql = stack.subgraphs.customers.database.dataSource;
    // Chinese shop and owner names, every sort column spread out, many rows sharing a value.
    await sql.query(
      `INSERT INTO retailer (id, licence_number, shop_name, owner_name, phone, address, latitude, longitude, territory_id, route_sequence,
                             business_type, tier, opened_on, profile_updated_at, version, created_at, updated_at)
       SELECT gen_random_uuid(), lpad((600000000000 + n)::text, 12, '0'),
              (ARRAY['惠民','兴隆','福满','金穗','春城','滇池','翠湖','明珠'])[1 + n % 8] || (ARRAY['便利店','烟酒店','超市','商行'])[1 + n / 8 % 4] || n || '号',
              (ARRAY['王','李','张','刘','陈','杨','赵','黄'])[1 + n % 8] || (ARRAY['建国','秀英','志强','丽华'])[1 + n / 3 % 4],
              '13900000000', '五华区人民中路' || n || '号', 25.0 + n / 100000.0, 102.7, ($1::uuid[])[1 + n % 3], n / 3,
              'CONVENIENCE', 1 + n % 30, date '2000-01-01' + n % 7000, now(), 1,
              now() - n * interval '1 minute', now() - (n * 7919 % $2) * interval '1 second'
         FROM generate_series(1, $2) n`,
      [territoryIds, RETAILERS],
    );
    await sql.query(
      `INSERT INTO staff_member (id, employee_number, username, name, role, phone)
       SELECT gen_random_uuid(), 'E' || lpad(n::text, 6, '0'), 'staff.' || n,
              (ARRAY['王','李','张','刘'])[1 + n % 4] || (ARRAY['伟','芳','娜','敏','静'])[1 + n % 5] || n, 'ACCOUNT_MANAGER', '13800000000'
         FROM generate_series(1, $1) n`,
      [STAFF],
    );
    await sql.query(
      `INSERT INTO territory (id, code, name, region_id)
       SELECT gen_random_uuid(), 'T' || lpad(n::text, 6, '0'), '线路' || n, $1 FROM generate_series(1, $2) n`,
      [setups[0].regionId, TERRITORIES],
    );
    await sql.query(
      `INSERT INTO events.audit_log (service, actor, role, operation, outcome)
       SELECT 'customers', 'staff-' || n % 40, 'ADMIN', 'updateRetailer', 'OK' FROM generate_series(1, $1) n`,
      [AUDIT_RECORDS],
    );
    // One retailer with a long story among the stories of many others.
    [{ id: storyRetailerId }] = await sql.query('SELECT id FROM retailer ORDER BY licence_number LIMIT 1');
    await sql.query(
      `INSERT INTO retailer_story (id, retailer_id, occurred_at, type, kind, summary_code, summary_params)
       SELECT gen_random_uuid(), CASE WHEN n % 3 = 0 THEN $1::uuid ELSE gen_random_uuid() END, now() - n * interval '1 minute',
              'visits.visit.finished', 'VISIT', 'visit.finished', '[]'::jsonb
         FROM generate_series(1, $2) n`,
      [storyRetailerId, STORY_ENTRIES],
    );
    // What the demo loader does after its bulk load: statistics for the planner, and the GIN
    // indexes' pending entries merged (until then the planner prices a trigram search high).
    await sql.query('VACUUM ANALYZE');
  });
  afterAll(() => stack?.stop());

  const subgraph = () => stack.subgraphs.customers;

  const twoPages = (client: GraphQLClient, field: string, query: string, variables: Record<string, unknown> = {}) =>
    firstTwoPages<Record<string, Page>>(subgraph(), client, (data) => data[field], query, variables);

  /** Fails on a page that reads and sorts the whole table; gives the plans for more checks. */
  async function expectKeysetPlans(table: string, requests: { statements: SqlStatement[] }[]) {
    const plans = await pagePlans(subgraph(), table, requests);
    for (const { sortsWholeTable } of plans) expect(sortsWholeTable).toBe(false);
    return plans.map(({ plan }) => plan);
  }

  const RETAILERS_PAGE = `query($orderBy: RetailerOrder, $filter: RetailerFilter, $after: String) {
    retailers(first: 50, orderBy: $orderBy, filter: $filter, after: $after) { edges { cursor node { id shopName } } pageInfo { endCursor hasNextPage } }
  }`;

  it('cover every connection field of the service', async () => {
    expect((await connectionFields(customers)).sort()).toEqual([
      'Query.auditTrail',
      'Query.retailers',
      'Query.staffMembers',
      'Query.territories',
      'Retailer.story',
      'Territory.retailers',
    ]);
  });

  it('walk a (sort column, id) index for every retailer sort, both directions, first page and next', async () => {
    for (const field of Object.values(RetailerSortField)) {
      for (const direction of Object.values(SortDirection)) {
        const pages = await twoPages(stack.gateway, 'retailers', RETAILERS_PAGE, { orderBy: { field, direction } });
        const plans = await expectKeysetPlans('retailer', pages);
        for (const plan of plans) expect(indexesIn(plan).length).toBeGreaterThan(0);
      }
    }
  });

  it('keep to an index with filters and a territory scope', async () => {
    const filters = [
      { tierMin: 10, tierMax: 20 },
      { territoryIds: [territoryIds[1]] },
      { statuses: ['ACTIVE'], businessTypes: ['CONVENIENCE'] },
    ];
    for (const filter of filters) {
      for (const field of [RetailerSortField.SHOP_NAME, RetailerSortField.ROUTE_SEQUENCE]) {
        await expectKeysetPlans(
          'retailer',
          await twoPages(stack.gateway, 'retailers', RETAILERS_PAGE, { filter, orderBy: { field, direction: SortDirection.ASC } }),
        );
      }
    }
    for (const direction of Object.values(SortDirection)) {
      await expectKeysetPlans(
        'retailer',
        await twoPages(scoped, 'retailers', RETAILERS_PAGE, { orderBy: { field: RetailerSortField.SHOP_NAME, direction } }),
      );
    }
    const territoryPage = `query($id: ID!, $after: String) {
      territory(id: $id) { retailers(first: 50, after: $after, orderBy: { field: ROUTE_SEQUENCE }) { edges { node { id routeSequence } } pageInfo { endCursor hasNextPage } } }
    }`;
    const pages = await firstTwoPages<{ territory: { retailers: Page } }>(
      subgraph(),
      stack.gateway,
      (data) => data.territory.retailers,
      territoryPage,
      { id: territoryIds[2] },
    );
    await expectKeysetPlans('retailer', pages);
  });

  it('search Chinese shop and owner names through the trigram indexes', async () => {
    const [{ trigrams }] = await subgraph().database.dataSource.query(`SELECT show_trgm('惠民便利店') AS trigrams`);
    expect(trigrams.length).toBeGreaterThan(0); // the database's LC_CTYPE knows Chinese letters
    const search = `query($search: String!) { retailers(first: 50, filter: { search: $search }) { totalCount edges { node { shopName ownerName } } } }`;
    const { data, statements } = await sqlOf<{ retailers: Page }>(subgraph(), stack.gateway, search, { search: '便利店1248' });
    expect(data.retailers.edges.map((edge) => edge.node.shopName)).toContain('惠民便利店1248号');
    expect(data.retailers.edges.every((edge) => String(edge.node.shopName).includes('便利店1248'))).toBe(true);
    const [plan] = await expectKeysetPlans('retailer', [{ statements }]);
    expect(indexesIn(plan)).toEqual(
      expect.arrayContaining(['retailer_shop_name_trgm', 'retailer_owner_name_trgm', 'retailer_licence_number_trgm']),
    );
    const byOwner = await sqlOf<{ retailers: Page }>(subgraph(), stack.gateway, search, { search: '黄丽华' });
    expect(byOwner.data.retailers.totalCount).toBeGreaterThan(0);
    expect(byOwner.data.retailers.edges.every((edge) => edge.node.ownerName === '黄丽华')).toBe(true);
  });

  it('walk an index for staff (also when searching), territories and the audit trail', async () => {
    const staffPage = `query($after: String, $filter: StaffFilter) { staffMembers(first: 50, after: $after, filter: $filter) { edges { node { id employeeNumber } } pageInfo { endCursor hasNextPage } } }`;
    await expectKeysetPlans('staff_member', await twoPages(stack.gateway, 'staffMembers', staffPage));
    await expectKeysetPlans(
      'staff_member',
      await twoPages(stack.gateway, 'staffMembers', staffPage, { filter: { roles: ['ACCOUNT_MANAGER'], active: true } }),
    );
    const search = await sqlOf(subgraph(), stack.gateway, staffPage, { filter: { search: '王伟1' } });
    const [plan] = await expectKeysetPlans('staff_member', [search]);
    expect(indexesIn(plan)).toContain('staff_member_name_trgm');
    const territoriesPage = `query($after: String) { territories(first: 50, after: $after) { edges { node { id code } } pageInfo { endCursor hasNextPage } } }`;
    await expectKeysetPlans('territory', await twoPages(stack.gateway, 'territories', territoriesPage));
    const auditPage = `query($after: String) { auditTrail(first: 50, after: $after) { edges { node { id operation } } pageInfo { endCursor hasNextPage } } }`;
    await expectKeysetPlans('audit_log', await twoPages(stack.gateway, 'auditTrail', auditPage));
  });

  it("walk the story's (retailer_id, occurred_at, id) index backward, newest first, with no sort of the table", async () => {
    const storyPage = `query($id: ID!, $after: String) {
      retailer(id: $id) { story(first: 50, after: $after) { edges { node { id occurredAt } } pageInfo { endCursor hasNextPage } } }
    }`;
    const pages = await firstTwoPages<{ retailer: { story: Page } }>(subgraph(), stack.gateway, (data) => data.retailer.story, storyPage, {
      id: storyRetailerId,
    });
    const plans = await expectKeysetPlans('retailer_story', pages);
    for (const plan of plans) {
      expect(indexesIn(plan)).toHaveLength(1);
      expect(JSON.stringify(plan)).toContain('"Scan Direction":"Backward"');
    }
  });

  it('run the COUNT only when totalCount is selected, and the page only when edges or pageInfo are', async () => {
    for (const [field, table] of [
      ['retailers', 'retailer'],
      ['staffMembers', 'staff_member'],
      ['territories', 'territory'],
      ['auditTrail', 'audit_log'],
    ]) {
      const page = `query($counted: Boolean!) { ${field}(first: 5) { total: totalCount @include(if: $counted) edges { node { id } } } }`;
      const without = await sqlOf(subgraph(), stack.gateway, page, { counted: false });
      expect(countsOf(without.statements, table)).toHaveLength(0);
      expect(readsOf(without.statements, table)).toHaveLength(1);
      const counted = await sqlOf<Record<string, { total: number }>>(subgraph(), stack.gateway, page, { counted: true });
      expect(countsOf(counted.statements, table)).toHaveLength(1);
      expect(counted.data[field].total).toBeGreaterThan(5);
      const onlyCount = await sqlOf<Record<string, Page>>(subgraph(), stack.gateway, `{ ${field} { totalCount } }`);
      expect(readsOf(onlyCount.statements, table)).toHaveLength(0);
      expect(onlyCount.data[field].totalCount).toBe(counted.data[field].total);
    }
  });

  const columnsRead = (query: string) =>
    [...new Set([...query.slice(0, query.search(/\sFROM\s/i)).matchAll(/"retailer"\."(\w+)"/g)].map((match) => match[1]))].sort();

  it('read only the columns the selected fields need, through fragments and field resolvers', async () => {
    const { data, statements } = await sqlOf<{ retailers: Page }>(
      subgraph(),
      stack.gateway,
      `query { retailers(first: 3, orderBy: { field: TIER, direction: DESC }) { edges { node { ...shop territory { name } personalityProfile { name } } } } }
       fragment shop on Retailer { shopName alias: tier }`,
    );
    expect(data.retailers.edges).toHaveLength(3);
    expect(data.retailers.edges[0].node).toMatchObject({ alias: 30, territory: { name: expect.any(String) } });
    const [read] = readsOf(statements, 'retailer');
    // id and the sort key always (the cursor), then the fields' columns and what the resolvers @Reads.
    expect(columnsRead(read.query)).toEqual(['id', 'personal_personality_type', 'shop_name', 'territory_id', 'tier']);
  });

  it('read the whole row for a field whose resolver declares nothing (fileCompleteness), and answer it right', async () => {
    const { data, statements } = await sqlOf<{ retailers: Page }>(
      subgraph(),
      stack.gateway,
      `{ retailers(first: 1, filter: { search: "惠民便利店32号" }) { edges { node { shopName fileCompleteness } } } }`,
    );
    const [read] = readsOf(statements, 'retailer');
    expect(columnsRead(read.query)).toEqual(
      expect.arrayContaining(['business_plan', 'logistics_instructions', 'personal_interests', 'phone', 'address']),
    );
    const { retailer } = await stack.gateway.request<{ retailer: { fileCompleteness: number } }>(
      `query($id: ID!) { retailer(id: $id) { fileCompleteness } }`,
      {
        id: (await subgraph().database.dataSource.query(`SELECT id FROM retailer WHERE shop_name = '惠民便利店32号'`))[0].id,
      },
    );
    expect(data.retailers.edges[0].node.fileCompleteness).toBe(retailer.fileCompleteness);
  });

  it('page through rows created in the same microsecond without losing or repeating one', async () => {
    const sql = subgraph().database.dataSource;
    await sql.query(`UPDATE retailer SET created_at = '2020-02-02 10:00:00.123456+08' WHERE territory_id = $1`, [territoryIds[0]]);
    const expected = Number((await sql.query(`SELECT count(*) FROM retailer WHERE territory_id = $1`, [territoryIds[0]]))[0].count);
    for (const direction of Object.values(SortDirection)) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { retailers }: { retailers: Page } = await stack.gateway.request(
          `query($after: String, $filter: RetailerFilter, $orderBy: RetailerOrder) { retailers(first: 200, after: $after, filter: $filter, orderBy: $orderBy) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
          { after, filter: { territoryIds: [territoryIds[0]] }, orderBy: { field: 'CREATED_AT', direction } },
        );
        seen.push(...retailers.edges.map((edge) => String(edge.node.id)));
        after = retailers.pageInfo.hasNextPage ? retailers.pageInfo.endCursor : null;
      } while (after && seen.length <= expected); // a cursor that repeats a page would loop forever
      expect({ rows: seen.length, distinct: new Set(seen).size }).toEqual({ rows: expected, distinct: expected });
    }
  });

  it('refuse a cursor that is not one of its own with BAD_USER_INPUT on after', async () => {
    const result = await stack.gateway.execute(
      `{ retailers(after: "${Buffer.from('[null,"x"]').toString('base64url')}") { edges { node { id } } } }`,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'cursor' });
  });
});
