import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { complaints } from '@fieldloop/complaints';
import { customers } from '@fieldloop/customers';
import { DEMO_CATALOGUE, orders } from '@fieldloop/orders';
import { visits } from '@fieldloop/visits';
import { CREATE_RETAILER, createTerritoryWithManager, type GraphQLClient, retailerInput, startStack, type Stack } from '@fieldloop/testkit';

/** Days in the future, so the MISSED job's own ticks leave the test's plans alone. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
// The check-ins are dated on those days, so devices here may date them that far ahead of now.
process.env.FIELDLOOP_DEVICE_TIME_MAX_AHEAD_HOURS = String(32 * 24);
const FIRST_DAY = dayFromNow(28);
const LATER_DAY = dayFromNow(29);
/** 10:00 in Kunming (UTC+8) on a day, plus the given minutes. */
const at = (day: string, minutes: number) => new Date(Date.parse(`${day}T02:00:00Z`) + minutes * 60_000).toISOString();
const SHOP = { latitude: 25.0389, longitude: 102.7183 };

const STORY = `query($id: ID!, $first: Int, $after: String) { retailer(id: $id) { story(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id occurredAt type kind summaryCode summaryParams { name value }
    actor { id } visit { id status notes } order { id status } case { id status } } } } } }`;

interface StoryNode {
  id: string;
  occurredAt: string;
  type: string;
  kind: string;
  summaryCode: string;
  summaryParams: { name: string; value: string }[];
  actor: { id: string } | null;
  visit: { id: string; status: string; notes: string | null } | null;
  order: { id: string; status: string } | null;
  case: { id: string; status: string } | null;
}
interface StoryPage {
  retailer: {
    story: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: StoryNode }[];
    };
  };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Seed scenario 4 through the gateway: a retailer refuses a new brand on a visit, a
 * slow-moving-stock case is raised and resolved, its quota is fixed, and a later visit finds
 * the new brand on the shelf; the retailer's story tells all of it, newest first.
 */
describe("the retailer's story (scenario 4)", () => {
  let stack: Stack;
  let retailerId: string;
  let accountManagerId: string;
  let supervisorId: string;
  let accountManager: GraphQLClient;
  let outsider: GraphQLClient;
  let firstVisitId: string;
  let laterVisitId: string;
  let caseId: string;
  let orderId: string;

  const customersSql = (query: string, parameters: unknown[] = []) =>
    stack.subgraphs.customers.database.dataSource.query(query, parameters);
  const storyRows = async () =>
    Number((await customersSql('SELECT count(*) FROM retailer_story WHERE retailer_id = $1', [retailerId]))[0].count);
  const story = (client: GraphQLClient, variables: Record<string, unknown> = {}) =>
    client.request<StoryPage>(STORY, { id: retailerId, first: 50, ...variables });

  async function visit(day: string, findings: Record<string, unknown>, beforeCheckOut?: (visitId: string) => Promise<void>) {
    const { createVisitPlan } = await stack.gateway.request<{ createVisitPlan: { id: string; visits: { id: string }[] } }>(
      `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id visits { id } } }`,
      {
        input: {
          accountManagerId,
          planDate: day,
          stops: [{ retailerId, theme: '新品铺货', purpose: '推广新品', actionPlan: '介绍新品并检查陈列', expectedResult: '新品上柜' }],
        },
      },
    );
    const planId = createVisitPlan.id;
    const visitId = createVisitPlan.visits[0].id;
    await stack.gateway.request(`mutation($id: ID!) { submitVisitPlan(planId: $id) { status } }`, { id: planId });
    await stack.gateway.request(`mutation($input: ReviewVisitPlanInput!) { approveVisitPlan(input: $input) { status } }`, {
      input: { planId, reviewerId: supervisorId },
    });
    await accountManager.request(`mutation($input: PositionInput!) { checkIn(input: $input) { id } }`, {
      input: { visitId, ...SHOP, at: at(day, 0) },
    });
    await accountManager.request(`mutation($input: RecordFindingsInput!) { recordFindings(input: $input) { id } }`, {
      input: { visitId, ...findings },
    });
    await beforeCheckOut?.(visitId);
    await accountManager.request(`mutation($input: PositionInput!) { checkOut(input: $input) { id } }`, {
      input: { visitId, ...SHOP, at: at(day, 25) },
    });
    return visitId;
  }

  beforeAll(async () => {
    stack = await startStack([customers, visits, orders, complaints]);
    const setup = await createTerritoryWithManager(stack.gateway, 'STORY');
    accountManagerId = setup.accountManager.id;
    supervisorId = setup.supervisor.id;
    retailerId = (
      await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
        input: retailerInput(setup.territory.id, { ...SHOP, shopName: '新品故事便利店' }),
      })
    ).createRetailer.id;
    const other = await createTerritoryWithManager(stack.gateway, 'ELSE');
    accountManager = await stack.as({ role: 'ACCOUNT_MANAGER', sub: accountManagerId, terr: [setup.territory.id] });
    outsider = await stack.as({ role: 'ACCOUNT_MANAGER', sub: other.accountManager.id, terr: [other.territory.id] });
    // Every service has its copy of the retailer and the staff before the story starts.
    const has = (service: string, table: string, id: string) => async () =>
      Number((await stack.subgraphs[service].database.dataSource.query(`SELECT count(*) FROM ${table} WHERE id = $1`, [id]))[0].count) > 0
        ? true
        : undefined;
    await until('visits to copy the retailer', has('visits', 'route_retailer', retailerId));
    await until('orders to copy the retailer', has('orders', 'order_retailer', retailerId));
    await until('complaints to copy the retailer', has('complaints', 'case_retailer', retailerId));
    await until('complaints to copy the account manager', has('complaints', 'case_staff', accountManagerId));

    // 1. The retailer refuses the new brand; the slow-moving stock is raised as a case.
    firstVisitId = await visit(
      FIRST_DAY,
      {
        stock: [{ product: '红河(软)', cartons: 9 }],
        retailerRequests: '店主拒绝新品云烟(细支)上柜: 红河(软)积压卖不动',
        notes: '店主拒绝新品上柜,原因是红河(软)滞销积压九条。已记录滞销问题,请求调剂。',
        satisfaction: 3,
        cases: [{ kind: 'COMPLAINT', category: 'OTHER', description: '红河(软)滞销积压九条, 请求调剂' }],
      },
      // The case is opened before the visit ends, so the story's order does not hang on a consumer's timing.
      async (visitId) => {
        caseId = await until('complaints to open the case', async () => {
          const rows: { id: string }[] = await stack.subgraphs.complaints.database.dataSource.query(
            'SELECT id FROM loop_case WHERE visit_id = $1',
            [visitId],
          );
          return rows[0]?.id;
        });
      },
    );
    // 2. The stock problem solved.
    const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { status } }`;
    await accountManager.request(act, { input: { caseId, action: 'ACKNOWLEDGE' } });
    await accountManager.request(act, { input: { caseId, action: 'START' } });
    await accountManager.request(act, { input: { caseId, action: 'RESPOND', message: '已调剂红河(软)六条到邻店' } });
    await accountManager.request(act, { input: { caseId, action: 'CONFIRM_CLOSE', satisfaction: 5, message: '店主确认已调剂' } });
    // 3. The quota fixed.
    await stack.gateway.request(`mutation($input: SetRetailerQuotaInput!) { setRetailerQuota(input: $input) { monthlyCartons } }`, {
      input: { retailerId, monthlyCartons: 60, reason: '核定量与档位不符, 按实际销量调整' },
    });
    // The retailer orders the new brand at last, within the fixed quota.
    const { id: _id, ...product } = DEMO_CATALOGUE[0];
    const { saveProduct } = await stack.gateway.request<{ saveProduct: { id: string } }>(
      `mutation($input: ProductInput!) { saveProduct(input: $input) { id } }`,
      { input: product },
    );
    const clerk = await stack.as({ role: 'ORDER_CLERK', terr: [setup.territory.id] });
    const { placeOrder } = await clerk.request<{ placeOrder: { id: string } }>(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
      { input: { retailerId, channel: 'PHONE', lines: [{ productId: saveProduct.id, cartons: 2 }] } },
    );
    orderId = placeOrder.id;
    // 4. The new brand on the shelf.
    laterVisitId = await visit(LATER_DAY, {
      stock: [
        { product: '云烟(细支)', cartons: 2 },
        { product: '红河(软)', cartons: 3 },
      ],
      notes: '新品云烟(细支)已上柜两条,陈列在收银台旁。红河(软)库存已降到三条。',
      satisfaction: 5,
    });
    await until('the story to be told', async () => ((await storyRows()) >= 9 ? true : undefined));
  });
  afterAll(() => stack?.stop());

  it('tells the whole story newest first, each entry with its references resolved by their own services', async () => {
    const { edges, totalCount, pageInfo } = (await story(accountManager)).retailer.story;
    const nodes = edges.map((edge) => edge.node);
    expect(totalCount).toBe(9);
    expect(pageInfo.hasNextPage).toBe(false);
    expect(nodes.map((node) => [node.kind, node.summaryCode])).toEqual([
      ['VISIT', 'visit.finished'],
      ['ORDER', 'order.placed'],
      ['QUOTA', 'quota.set'],
      ['CASE', 'case.closed'],
      ['CASE', 'case.responded'],
      ['VISIT', 'visit.finished'],
      ['CASE', 'case.opened'],
      ['FINDING', 'finding.case_raised'],
      ['FILE_CHANGE', 'file.created'],
    ]);
    const times = nodes.map((node) => Date.parse(node.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const [later, ordered, quota, closed, , first, opened, raised] = nodes;
    expect(later).toMatchObject({
      type: 'visits.visit.finished',
      actor: { id: accountManagerId },
      visit: { id: laterVisitId, status: 'COMPLETED' },
    });
    expect(later.visit!.notes).toContain('新品云烟(细支)已上柜');
    expect(first.visit).toMatchObject({ id: firstVisitId, status: 'COMPLETED' });
    expect(first.visit!.notes).toContain('店主拒绝新品上柜');
    expect(first.summaryParams).toEqual(expect.arrayContaining([{ name: 'satisfaction', value: '3' }]));
    expect(raised).toMatchObject({
      visit: { id: firstVisitId },
      summaryParams: [
        { name: 'kind', value: 'COMPLAINT' },
        { name: 'category', value: 'OTHER' },
      ],
    });
    expect(opened.case).toEqual({ id: caseId, status: 'CLOSED' });
    expect(closed).toMatchObject({ type: 'complaints.case.closed', case: { id: caseId }, actor: { id: accountManagerId } });
    expect(ordered).toMatchObject({ type: 'orders.order.placed', order: { id: orderId, status: 'PLACED' }, visit: null });
    expect(ordered.summaryParams).toEqual(expect.arrayContaining([{ name: 'channel', value: 'PHONE' }]));
    expect(quota).toMatchObject({
      type: 'orders.retailer_quota.set',
      summaryParams: [{ name: 'monthlyCartons', value: '60' }],
      order: null,
      case: null,
      visit: null,
    });
  });

  it('pages through the story with keyset cursors, losing and repeating nothing', async () => {
    const all = (await story(accountManager)).retailer.story.edges.map((edge) => edge.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const { edges, pageInfo }: StoryPage['retailer']['story'] = (await story(accountManager, { first: 3, after })).retailer.story;
      seen.push(...edges.map((edge) => edge.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('duplicates nothing when the consumer replays the whole log', async () => {
    const before = await storyRows();
    await customersSql(`UPDATE consumer_cursor SET position = 0 WHERE consumer = 'retailer-story'`);
    const [head] = await customersSql('SELECT COALESCE(MAX(position), 0)::text AS position FROM events.event_log');
    await Promise.all(stack.subgraphs.customers.consumers.map((consumer) => consumer.kick()));
    await until('the replay to reach the head of the log', async () => {
      const [{ position }] = await customersSql(`SELECT position::text AS position FROM consumer_cursor WHERE consumer = 'retailer-story'`);
      return BigInt(position) >= BigInt(head.position) ? true : undefined;
    });
    expect(await storyRows()).toBe(before);
    expect((await story(accountManager)).retailer.story.totalCount).toBe(before);
  });

  it('refuses bad arguments, naming the field', async () => {
    for (const [variables, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 201 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
    ] as const) {
      const result = await accountManager.execute(STORY, { id: retailerId, ...variables });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it("gives an account manager of another territory nothing of the retailer's story", async () => {
    const result = await outsider.execute<StoryPage>(STORY, { id: retailerId, first: 5 });
    expect(result.data?.retailer ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
