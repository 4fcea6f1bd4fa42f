import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { DEMO_CATALOGUE, OrderCancelled, OrderChannel, OrderPlaced, orders, RetailerQuotaSet } from '@fieldloop/orders';
import { addMonths, companyToday, OUTBOX_CHANNEL, OutboxEvent, outboxRow, ref } from '@fieldloop/platform';
import { CREATE_RETAILER, createTerritoryWithManager, type GraphQLClient, retailerInput, startStack, type Stack } from '@fieldloop/testkit';
import { randomUUID } from 'node:crypto';

const ASSESS = `mutation($input: AssessContributionInput!) { assessContribution(input: $input) {
  period totalScore sourceMonth orderedCartons orderedFen yearEarlierCartons quotaCartons monthlyVolume growthRate targetAttainment } }`;
const HISTORY = `query($id: ID!, $locale: Locale) { retailer(id: $id) { contributionHistory {
  period totalScore breakdown(locale: $locale) { code score points source sourceMonth basis } } } }`;
/** The seven indicators the account manager judges: 4+3+5+4+5+2+3 = 26. */
const TYPED = {
  returnOnInput: 4,
  shareGrowth: 3,
  paymentCollection: 5,
  loyalty: 4,
  credibility: 5,
  promotionCooperation: 2,
  retailerSupport: 3,
};

interface Line {
  code: string;
  score: number | null;
  points: number;
  source: string;
  sourceMonth: string | null;
  basis: string | null;
}
interface History {
  retailer: { contributionHistory: Array<{ period: string; totalScore: number; breakdown: Line[] }> } | null;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/*
 * The computed contribution indicators through the gateway: customers keeps its own record of
 * the orders orders publishes, and an assessment takes volume, growth and attainment from it.
 * The past months' orders are published into orders' outbox as orders would have published
 * them then (the log cannot be written in the past by placing orders today); today's order is
 * placed and cancelled through orders' API.
 */
describe('contribution indicators computed from orders', () => {
  let stack: Stack;
  let retailerId: string;
  let otherRetailerId: string;
  let territoryId: string;
  let accountManager: GraphQLClient;
  let outsider: GraphQLClient;
  /** The latest complete month, what an assessment of it or of this month is computed from. */
  const month = addMonths(companyToday().slice(0, 7), -1);
  const yearEarlier = addMonths(month, -12);
  const midMonth = (of: string) => new Date(`${of}-15T04:00:00Z`);

  const customersSql = (query: string, parameters: unknown[] = []) =>
    stack.subgraphs.customers.database.dataSource.query(query, parameters);
  const projected = async () =>
    Number(
      (await customersSql('SELECT count(*) FROM ordered_volume WHERE retailer_id = ANY($1)', [[retailerId, otherRetailerId]]))[0].count,
    );

  /** Into orders' outbox, dated when it happened; the relay moves it into the log at commit. */
  async function published(rows: OutboxEvent[]) {
    await stack.subgraphs.orders.database.dataSource.transaction(async (manager) => {
      await manager.insert(OutboxEvent, rows as never);
      await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, 'orders']);
    });
  }
  const placed = (orderOf: string, shop: string, inMonth: string, cartons: number[], unitFen: number) =>
    outboxRow(OrderPlaced, {
      occurredAt: midMonth(inMonth),
      refs: [ref('Order', orderOf), ref('Retailer', shop), ref('Territory', territoryId)],
      payload: {
        orderId: orderOf,
        retailerId: shop,
        territoryId,
        accountManagerId: null,
        channel: OrderChannel.PHONE,
        takenById: null,
        month: inMonth,
        cycle: `${inMonth}-C2`,
        totalFen: String(cartons.reduce((sum, count) => sum + count, 0) * unitFen),
        lines: cartons.map((count) => ({ productId: randomUUID(), cartons: count, unitPriceFen: String(unitFen) })),
        cuts: [],
      },
    });
  const quota = (shop: string, at: Date, monthlyCartons: number | null) =>
    outboxRow(RetailerQuotaSet, {
      occurredAt: at,
      refs: [ref('Retailer', shop), ref('Territory', territoryId)],
      payload: { retailerId: shop, territoryId, monthlyCartons, previousMonthlyCartons: null, reason: '按实际销量核定' },
    });

  beforeAll(async () => {
    stack = await startStack([customers, orders]);
    const setup = await createTerritoryWithManager(stack.gateway, 'CONTRIB');
    territoryId = setup.territory.id;
    const create = (shopName: string) =>
      stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, { input: retailerInput(territoryId, { shopName }) });
    retailerId = (await create('贡献测算便利店')).createRetailer.id;
    otherRetailerId = (await create('隔壁烟酒店')).createRetailer.id;
    const other = await createTerritoryWithManager(stack.gateway, 'ELSEWHERE');
    accountManager = await stack.as({ role: 'ACCOUNT_MANAGER', sub: setup.accountManager.id, terr: [territoryId] });
    outsider = await stack.as({ role: 'ACCOUNT_MANAGER', sub: other.accountManager.id, terr: [other.territory.id] });
    await until('orders to copy the retailer', async () =>
      Number(
        (await stack.subgraphs.orders.database.dataSource.query('SELECT count(*) FROM order_retailer WHERE id = $1', [retailerId]))[0]
          .count,
      ) > 0
        ? true
        : undefined,
    );

    const cancelledOrder = randomUUID();
    await published([
      // Last month: 30 + 18 = 48 cartons at ¥100.00 a carton, and 20 more cancelled.
      placed(randomUUID(), retailerId, month, [30, 18], 10_000),
      placed(cancelledOrder, retailerId, month, [20], 10_000),
      outboxRow(OrderCancelled, {
        occurredAt: midMonth(month),
        refs: [ref('Order', cancelledOrder), ref('Retailer', retailerId), ref('Territory', territoryId)],
        payload: { orderId: cancelledOrder, retailerId, territoryId, accountManagerId: null, reason: '零售户改单' },
      }),
      // The same month a year earlier: 40 cartons.
      placed(randomUUID(), retailerId, yearEarlier, [40], 10_000),
      // Another shop's 100 cartons are not this one's.
      placed(randomUUID(), otherRetailerId, month, [100], 10_000),
      // Its own quota: 80 from the month before, fixed at 60 during last month.
      quota(retailerId, midMonth(addMonths(month, -1)), 80),
      quota(retailerId, new Date(midMonth(month).getTime() + 86_400_000), 60),
    ]);

    // Today: the quota raised for this month on, and an order placed and cancelled, through orders' API.
    await stack.gateway.request(`mutation($input: SetRetailerQuotaInput!) { setRetailerQuota(input: $input) { monthlyCartons } }`, {
      input: { retailerId, monthlyCartons: 100, reason: '旺季上调' },
    });
    const { id: _id, ...product } = DEMO_CATALOGUE[0];
    const { saveProduct } = await stack.gateway.request<{ saveProduct: { id: string } }>(
      `mutation($input: ProductInput!) { saveProduct(input: $input) { id } }`,
      { input: product },
    );
    const clerk = await stack.as({ role: 'ORDER_CLERK', terr: [territoryId] });
    const { placeOrder } = await clerk.request<{ placeOrder: { id: string } }>(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
      { input: { retailerId, channel: 'PHONE', lines: [{ productId: saveProduct.id, cartons: 3 }] } },
    );
    await clerk.request(`mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }`, {
      input: { orderId: placeOrder.id, reason: '零售户改单' },
    });
    await until('customers to record every order and its cancel', async () => {
      const rows: { cancelled: boolean }[] = await customersSql('SELECT cancelled FROM ordered_volume WHERE order_id = $1', [
        placeOrder.id,
      ]);
      return (await projected()) === 5 && rows[0]?.cancelled ? true : undefined;
    });
    await until('customers to record the quotas', async () =>
      Number((await customersSql('SELECT count(*) FROM retailer_quota_change WHERE retailer_id = $1', [retailerId]))[0].count) === 3
        ? true
        : undefined,
    );
  });
  afterAll(() => stack?.stop());

  it("computes volume, growth and attainment from last month's orders, worked out by hand", async () => {
    const { assessContribution } = await accountManager.request<{ assessContribution: Record<string, unknown> }>(ASSESS, {
      input: { retailerId, period: month, ...TYPED },
    });
    // 48 cartons: 25-49 → 3. (48 - 40) / 40 = +20%: 10-25% → 4. 48 of the 60 in force → 80%: 70-85% → 3.
    // (26 + 10 - 10) / 40 × 100 = 65.
    expect(assessContribution).toEqual({
      period: month,
      totalScore: 65,
      sourceMonth: month,
      orderedCartons: 48,
      orderedFen: '480000',
      yearEarlierCartons: 40,
      quotaCartons: 60,
      monthlyVolume: 3,
      growthRate: 4,
      targetAttainment: 3,
    });
    const { retailer } = await accountManager.request<History>(HISTORY, { id: retailerId, locale: 'EN' });
    const [assessment] = retailer!.contributionHistory;
    const computed = assessment.breakdown.filter((line) => line.source === 'COMPUTED');
    expect(computed).toEqual([
      {
        code: 'TARGET_ATTAINMENT',
        score: 3,
        points: 5,
        source: 'COMPUTED',
        sourceMonth: month,
        basis: `48 of a 60-carton monthly quota in ${month}: 80.0%`,
      },
      {
        code: 'MONTHLY_VOLUME',
        score: 3,
        points: 5,
        source: 'COMPUTED',
        sourceMonth: month,
        basis: `48 cartons ordered in ${month}, ¥4,800.00`,
      },
      {
        code: 'GROWTH_RATE',
        score: 4,
        points: 7.5,
        source: 'COMPUTED',
        sourceMonth: month,
        basis: `48 cartons in ${month} against 40 in ${yearEarlier}: +20.0%`,
      },
    ]);
    expect(assessment.breakdown.filter((line) => line.source === 'TYPED')).toHaveLength(7);
    const { retailer: inChinese } = await accountManager.request<History>(HISTORY, { id: retailerId, locale: 'ZH_CN' });
    expect(inChinese!.contributionHistory[0].breakdown.find((line) => line.code === 'GROWTH_RATE')!.basis).toBe(
      `${month}订购48条,较${yearEarlier}的40条+20.0%`,
    );
  });

  it('takes this month, still under way, from last month', async () => {
    const thisMonth = addMonths(month, 1);
    const { assessContribution } = await accountManager.request<{ assessContribution: Record<string, unknown> }>(ASSESS, {
      input: { retailerId, period: thisMonth, ...TYPED },
    });
    expect(assessContribution).toMatchObject({ period: thisMonth, sourceMonth: month, orderedCartons: 48, quotaCartons: 60 });
  });

  it('says so when the figures are missing, and scores nothing it cannot work out', async () => {
    // The other shop has no orders a year earlier and no quota of its own.
    const { assessContribution } = await accountManager.request<{ assessContribution: Record<string, unknown> }>(ASSESS, {
      input: { retailerId: otherRetailerId, period: month, ...TYPED },
    });
    // 100 cartons → 5; eight scored: (26 + 5 - 8) / 32 × 100 = 71.875 → 72.
    expect(assessContribution).toMatchObject({
      orderedCartons: 100,
      monthlyVolume: 5,
      growthRate: null,
      targetAttainment: null,
      totalScore: 72,
    });
    const { retailer } = await accountManager.request<History>(HISTORY, { id: otherRetailerId, locale: 'EN' });
    const lines = retailer!.contributionHistory[0].breakdown;
    expect(lines.find((line) => line.code === 'GROWTH_RATE')).toEqual({
      code: 'GROWTH_RATE',
      score: null,
      points: 0,
      source: 'COMPUTED',
      sourceMonth: month,
      basis: `not scored: no orders in ${yearEarlier} to compare with`,
    });
    expect(lines.find((line) => line.code === 'TARGET_ATTAINMENT')!.basis).toBe(`not scored: no monthly quota of its own in ${month}`);
  });

  it('duplicates nothing when the projection replays the whole log', async () => {
    const before = await customersSql('SELECT order_id, month, cartons, cancelled FROM ordered_volume ORDER BY order_id');
    await customersSql(`UPDATE consumer_cursor SET position = 0 WHERE consumer = 'orders-projection'`);
    // The cursor moves over the events the projection reads: the last of those is the head it must reach.
    const [head] = await customersSql(
      `SELECT COALESCE(MAX(position), 0)::text AS position FROM events.event_log WHERE type IN ('orders.order.placed', 'orders.order.cancelled', 'orders.retailer_quota.set')`,
    );
    await Promise.all(stack.subgraphs.customers.consumers.map((consumer) => consumer.kick()));
    await until('the replay to reach the head of the log', async () => {
      const [{ position }] = await customersSql(
        `SELECT position::text AS position FROM consumer_cursor WHERE consumer = 'orders-projection'`,
      );
      return BigInt(position) >= BigInt(head.position) ? true : undefined;
    });
    expect(await customersSql('SELECT order_id, month, cartons, cancelled FROM ordered_volume ORDER BY order_id')).toEqual(before);
    expect(Number((await customersSql('SELECT count(*) FROM retailer_quota_change'))[0].count)).toBe(3);
    const { assessContribution } = await accountManager.request<{ assessContribution: Record<string, unknown> }>(ASSESS, {
      input: { retailerId, period: month, ...TYPED },
    });
    expect(assessContribution).toMatchObject({ orderedCartons: 48, yearEarlierCartons: 40, quotaCartons: 60, totalScore: 65 });
  });

  it("refuses an account manager of another territory as it would an unknown shop, and shows them nothing of the shop's scores", async () => {
    const period = addMonths(month, -2);
    const result = await outsider.execute(ASSESS, { input: { retailerId, period, ...TYPED } });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'retailerId', rule: 'exists' });
    expect(
      await customersSql('SELECT id FROM contribution_assessment WHERE retailer_id = $1 AND period = $2', [retailerId, period]),
    ).toEqual([]);
    const read = await outsider.execute<History>(HISTORY, { id: retailerId, locale: 'EN' });
    expect(read.data?.retailer ?? null).toBeNull();
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
