import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { companyToday } from '@fieldloop/platform';
import { CREATE_RETAILER, createTerritoryWithManager, retailerInput, startStack, type GraphQLClient, type Stack } from '@fieldloop/testkit';
import { DEMO_CATALOGUE, orders } from '../src';

const MONTH = companyToday().slice(0, 7);
const SAVE_PRODUCT = `mutation($input: ProductInput!) { saveProduct(input: $input) { id code wholesalePriceFen retailPriceFen } }`;
const PLACE = `mutation($input: PlaceOrderInput!, $key: String) {
  placeOrder(input: $input, idempotencyKey: $key) { id status totalFen month lines { productId requested ordered unitPriceFen amountFen } }
}`;
const CONFIRM = `mutation($input: ConfirmOrderInput!) { confirmOrder(input: $input) { id status confirmedAt confirmedById confirmationMethod } }`;
const DISPATCH = `mutation($input: DispatchOrderInput!) { dispatchOrder(input: $input) { id status driverId } }`;
const CREATE_STAFF = `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`;
const DELIVER = `mutation($input: RecordDeliveryInput!) {
  recordDelivery(input: $input) { id status lines { productId confirmed delivered accepted differenceReason } deliveries { attempt hasDifference } }
}`;
const QUOTA = `query($id: ID!) { retailer(id: $id) { id shopName quota { month quota used remaining } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { id status shopName readBack { zhCN en } retailer { shopName } lines { productName ordered } } }`;
const FIGURES = `query($id: ID!, $month: String!) { staffMember(id: $id) { salesFigures(month: $month) {
  volumeCartons amountFen grossMarginFen confirmedCartons fulfilledCartons fulfilmentRate keyBrandCartons quotaCartons quotaUsedCartons } } }`;
const EXCEPTIONS = `subscription { ordersEvents(types: ["orders.exception.raised"]) { type payload retailer { shopName } accountManager { id } } }`;

interface Placed {
  placeOrder: {
    id: string;
    status: string;
    totalFen: number;
    lines: { productId: string; requested: number; ordered: number; unitPriceFen: number; amountFen: number }[];
  };
}

/** Issue 14 through the real gateway: a clerk takes, reads back and tracks an order to delivery within quota. */
describe('orders through the gateway', () => {
  let stack: Stack;
  let setup: Awaited<ReturnType<typeof createTerritoryWithManager>>;
  let other: Awaited<ReturnType<typeof createTerritoryWithManager>>;
  let clerk: GraphQLClient;
  let driverId: string;
  let driver: GraphQLClient;
  const products: { id: string; wholesalePriceFen: number; retailPriceFen: number }[] = [];
  const ordersSql = (query: string, parameters: unknown[] = []) => stack.subgraphs.orders.database.dataSource.query(query, parameters);
  const count = async (query: string, parameters: unknown[] = []) => Number((await ordersSql(query, parameters))[0].count);

  async function retailer(territoryId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
      input: retailerInput(territoryId, overrides),
    });
    for (let i = 0; i < 200 && (await count('SELECT count(*) FROM order_retailer WHERE id = $1', [createRetailer.id])) === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return createRetailer.id;
  }

  /** A member of staff made in customers, once orders' copy of staff has them. */
  async function staffMember(role: string, label: string): Promise<string> {
    const { createStaffMember } = await stack.gateway.request<{ createStaffMember: { id: string } }>(CREATE_STAFF, {
      input: { employeeNumber: `E-${label}`, username: `u.${label.toLowerCase()}`, name: `王师傅${label}`, role, phone: '13800138000' },
    });
    for (let i = 0; i < 200 && (await count('SELECT count(*) FROM order_staff WHERE id = $1', [createStaffMember.id])) === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return createStaffMember.id;
  }

  const place = (
    client: GraphQLClient,
    retailerId: string,
    lines: { productId: string; cartons: number }[],
    { key, ...extra }: Record<string, unknown> = {},
  ) => client.execute<Placed>(PLACE, { input: { retailerId, channel: 'PHONE', lines, ...extra }, key });

  beforeAll(async () => {
    stack = await startStack([customers, orders]);
    setup = await createTerritoryWithManager(stack.gateway, 'ORD');
    other = await createTerritoryWithManager(stack.gateway, 'ORX');
    clerk = await stack.as({ role: 'ORDER_CLERK', terr: [setup.territory.id] });
    driverId = await staffMember('DELIVERY_DRIVER', 'DRV');
    driver = await stack.as({ role: 'DELIVERY_DRIVER', sub: driverId, terr: [setup.territory.id] });
    for (const product of DEMO_CATALOGUE.slice(0, 4)) {
      const { id: _id, ...input } = product;
      products.push((await stack.gateway.request<{ saveProduct: (typeof products)[number] }>(SAVE_PRODUCT, { input })).saveProduct);
    }
  });
  afterAll(() => stack?.stop());

  it('keeps the catalogue’s barcodes checked: a wrong EAN-13 check digit names the field and writes nothing', async () => {
    const { id: _id, ...input } = DEMO_CATALOGUE[10];
    const barcode = `${input.barcode.slice(0, 12)}${(Number(input.barcode[12]) + 1) % 10}`;
    const result = await stack.gateway.execute(SAVE_PRODUCT, { input: { ...input, barcode } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'barcode', rule: 'ean13' });
    expect(await count('SELECT count(*) FROM product WHERE code = $1', [input.code])).toBe(0);
  });

  it('takes, reads back, confirms and delivers an order; the 8-vs-18 delivery raises an exception a subscriber sees at once', async () => {
    const retailerId = await retailer(setup.territory.id, { shopName: '红旗烟酒店' });
    const supervisor = await stack.as({ role: 'SUPERVISOR', sub: setup.supervisor.id, terr: [setup.territory.id] });
    const exceptions = supervisor.subscribe<{
      ordersEvents: { type: string; payload: { lines: Record<string, unknown>[] }; retailer: { shopName: string } };
    }>(EXCEPTIONS);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [yuxi, zhonghua] = products;

    const placed = await place(clerk, retailerId, [
      { productId: yuxi.id, cartons: 8 },
      { productId: zhonghua.id, cartons: 2 },
    ]);
    expect(placed.errors).toBeUndefined();
    const order = placed.data!.placeOrder;
    // Money adds up to the fen: lines at the catalogue's prices, the total their sum.
    expect(order.lines.map((line) => line.amountFen)).toEqual([8 * yuxi.wholesalePriceFen, 2 * zhonghua.wholesalePriceFen]);
    expect(order.totalFen).toBe(8 * yuxi.wholesalePriceFen + 2 * zhonghua.wholesalePriceFen);

    const read = await clerk.request<{ order: { readBack: { zhCN: string; en: string }; retailer: { shopName: string } } }>(ORDER, {
      id: order.id,
    });
    expect(read.order.readBack.zhCN).toMatch(/^好的！红旗烟酒店：8条硬中华、2条软中华，共10条，共计\d+\.\d{2}元。$/);
    expect(read.order.readBack.en).toContain('8 cartons of 硬中华');
    expect(read.order.retailer.shopName).toBe('红旗烟酒店');

    const confirmed = await clerk.request<{ confirmOrder: { status: string; confirmationMethod: string; confirmedAt: string } }>(CONFIRM, {
      input: { orderId: order.id, method: 'PHONE_CALL' },
    });
    expect(confirmed.confirmOrder).toMatchObject({ status: 'CONFIRMED', confirmationMethod: 'PHONE_CALL' });
    expect(
      (await clerk.request<{ dispatchOrder: { status: string } }>(DISPATCH, { input: { orderId: order.id, driverId } })).dispatchOrder
        .status,
    ).toBe('OUT_FOR_DELIVERY');

    // Another driver may not record this delivery: field named, nothing written.
    const someoneElse = await stack.as({ role: 'DELIVERY_DRIVER', terr: [setup.territory.id] });
    const lines = [
      { productId: yuxi.id, delivered: 18, accepted: 0, reason: 'OVER_DELIVERED' },
      { productId: zhonghua.id, delivered: 2, accepted: 2 },
    ];
    const foreign = await someoneElse.execute(DELIVER, { input: { orderId: order.id, lines } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await count('SELECT count(*) FROM delivery_record WHERE order_id = $1', [order.id])).toBe(0);

    const delivered = await driver.request<{
      recordDelivery: { status: string; lines: { delivered: number; accepted: number; differenceReason: string | null }[] };
    }>(DELIVER, { input: { orderId: order.id, lines } });
    expect(delivered.recordDelivery.status).toBe('PARTIALLY_DELIVERED');
    const [event] = await exceptions.waitFor(1);
    expect(event.ordersEvents.retailer.shopName).toBe('红旗烟酒店');
    expect(event.ordersEvents.payload.lines).toEqual([
      expect.objectContaining({ productId: yuxi.id, confirmed: 8, delivered: 18, accepted: 0, reason: 'OVER_DELIVERED' }),
    ]);
    await exceptions.close();

    // The 8 cartons the shop did not keep are back in its allowance (quota 40 for tier 12).
    const quota = await clerk.request<{ retailer: { quota: { quota: number; used: number; remaining: number } } }>(QUOTA, {
      id: retailerId,
    });
    expect(quota.retailer.quota).toEqual({ month: MONTH, quota: 40, used: 2, remaining: 38 });

    // The corrected re-delivery reports the line still short and completes the order.
    const redelivered = await driver.request<{
      recordDelivery: { status: string; deliveries: { attempt: number; hasDifference: boolean }[] };
    }>(DELIVER, { input: { orderId: order.id, lines: [{ productId: yuxi.id, delivered: 8, accepted: 8 }] } });
    expect(redelivered.recordDelivery.status).toBe('DELIVERED');
    expect(redelivered.recordDelivery.deliveries).toEqual([
      { attempt: 1, hasDifference: true },
      { attempt: 2, hasDifference: false },
    ]);

    const figures = await stack.gateway.request<{ staffMember: { salesFigures: Record<string, number> } }>(FIGURES, {
      id: setup.accountManager.id,
      month: MONTH,
    });
    expect(figures.staffMember.salesFigures).toMatchObject({
      volumeCartons: 10,
      amountFen: order.totalFen,
      grossMarginFen: 8 * (yuxi.retailPriceFen - yuxi.wholesalePriceFen) + 2 * (zhonghua.retailPriceFen - zhonghua.wholesalePriceFen),
      confirmedCartons: 10,
      fulfilledCartons: 10,
      fulfilmentRate: 1,
      quotaUsedCartons: 10,
    });
  });

  it('refuses an order over the quota naming the line and the remaining allowance, or cuts it when asked', async () => {
    const retailerId = await retailer(setup.territory.id, { tier: 3 });
    const [product] = products;
    const over = await place(clerk, retailerId, [{ productId: product.id, cartons: 11 }]);
    expect(over.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lines.0.cartons',
      rule: 'MONTHLY_QUOTA',
      remaining: 10,
    });
    expect(await count('SELECT count(*) FROM retail_order WHERE retailer_id = $1', [retailerId])).toBe(0);

    const cut = await place(clerk, retailerId, [{ productId: product.id, cartons: 11 }], { acceptUpToAllowance: true });
    expect(cut.data?.placeOrder.lines).toEqual([expect.objectContaining({ requested: 11, ordered: 10 })]);
    const again = await place(clerk, retailerId, [{ productId: product.id, cartons: 1 }]);
    expect(again.errors?.[0].extensions).toMatchObject({ field: 'lines.0.cartons', remaining: 0 });
  });

  it('never lets concurrent orders together exceed the quota or a product limit, and accepts exactly what fits', async () => {
    const retailerId = await retailer(setup.territory.id, { tier: 8 });
    const [plenty, scarce] = [products[2], products[3]];
    await stack.gateway.request(`mutation($input: SetProductLimitInput!) { setProductLimit(input: $input) { cartonsPerCycle } }`, {
      input: { productId: scarce.id, cartonsPerCycle: 5, reason: '货源紧缺' },
    });
    // Quota 20 (tier 8): fourteen orders of 3 cartons, four of them also 1 of the scarce product (limit 5).
    const results = await Promise.all(
      Array.from({ length: 14 }, (_, index) =>
        stack.gateway.execute<Placed>(PLACE.replace('mutation(', `mutation Attempt${index}(`), {
          input: {
            retailerId,
            channel: 'ONLINE',
            lines:
              index < 8
                ? [
                    { productId: scarce.id, cartons: 1 },
                    { productId: plenty.id, cartons: 2 },
                  ]
                : [{ productId: plenty.id, cartons: 3 }],
          },
        }),
      ),
    );
    const accepted = results.filter((result) => result.data?.placeOrder);
    const refused = results.filter((result) => result.errors);
    expect(accepted.length).toBe(6);
    expect(refused.every((result) => result.errors![0].extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    const [allowance] = await ordersSql('SELECT quota, used FROM month_allowance WHERE retailer_id = $1', [retailerId]);
    expect(allowance).toEqual({ quota: 20, used: 18 });
    const [{ ordered }] = await ordersSql(
      'SELECT COALESCE(sum(l.ordered), 0)::int AS ordered FROM order_line l JOIN retail_order o ON o.id = l.order_id WHERE o.retailer_id = $1',
      [retailerId],
    );
    expect(ordered).toBe(18);
    const [{ scarceOrdered }] = await ordersSql(
      `SELECT COALESCE(sum(l.ordered), 0)::int AS "scarceOrdered" FROM order_line l JOIN retail_order o ON o.id = l.order_id
        WHERE o.retailer_id = $1 AND l.product_id = $2`,
      [retailerId, scarce.id],
    );
    expect(scarceOrdered).toBeLessThanOrEqual(5);
  });

  it('replays a retried order with the same key; the same key with another body is a CONFLICT naming idempotencyKey', async () => {
    const retailerId = await retailer(setup.territory.id);
    const lines = [{ productId: products[0].id, cartons: 2 }];
    const first = await place(clerk, retailerId, lines, { key: 'phone-order-0001' });
    const retried = await place(clerk, retailerId, lines, { key: 'phone-order-0001' });
    expect(retried.data?.placeOrder.id).toBe(first.data?.placeOrder.id);
    const changed = await place(clerk, retailerId, [{ productId: products[0].id, cartons: 3 }], { key: 'phone-order-0001' });
    expect(changed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(await count('SELECT count(*) FROM retail_order WHERE retailer_id = $1', [retailerId])).toBe(1);
    const [allowance] = await ordersSql('SELECT used FROM month_allowance WHERE retailer_id = $1', [retailerId]);
    expect(allowance.used).toBe(2);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const retailerId = await retailer(setup.territory.id);
    const suspended = await retailer(setup.territory.id);
    await stack.gateway.request(`mutation($input: ChangeRetailerStatusInput!) { changeRetailerStatus(input: $input) { status } }`, {
      input: { id: suspended, status: 'SUSPENDED', reason: '停业整顿' },
    });
    for (
      let i = 0;
      i < 200 && (await count(`SELECT count(*) FROM order_retailer WHERE id = $1 AND status = 'SUSPENDED'`, [suspended])) === 0;
      i += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const productId = products[0].id;
    const cases: [string, Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>, string, string][] = [
      ['zero', place(clerk, retailerId, [{ productId, cartons: 0 }]), 'lines.0.cartons', 'min'],
      ['fraction', place(clerk, retailerId, [{ productId, cartons: 2.5 }]), 'lines.0.cartons', 'isInt'],
      [
        'unknown product',
        place(clerk, retailerId, [{ productId: '00000000-0000-4000-8000-000000000000', cartons: 1 }]),
        'lines.0.productId',
        'exists',
      ],
      ['inactive retailer', place(clerk, suspended, [{ productId, cartons: 1 }]), 'retailerId', 'active'],
      ['no lines', place(clerk, retailerId, []), 'lines', 'arrayMinSize'],
    ];
    for (const [label, pending, field, rule] of cases) {
      const result = await pending;
      expect({ label, ...result.errors?.[0].extensions }).toMatchObject({ label, code: 'BAD_USER_INPUT', field, rule });
    }
    expect(await count('SELECT count(*) FROM retail_order WHERE retailer_id = ANY($1)', [[retailerId, suspended]])).toBe(0);
    expect(await count('SELECT count(*) FROM month_allowance WHERE retailer_id = ANY($1)', [[retailerId, suspended]])).toBe(0);
  });

  it('sends an order out only with an active delivery driver, naming driverId otherwise, and writes nothing', async () => {
    const retailerId = await retailer(setup.territory.id);
    const placed = await place(clerk, retailerId, [{ productId: products[1].id, cartons: 1 }]);
    const orderId = placed.data!.placeOrder.id;
    await clerk.request(CONFIRM, { input: { orderId, method: 'PHONE_CALL' } });
    const inspector = await staffMember('MARKET_INSPECTOR', 'INS');
    for (const [label, notADriver] of [
      ['the account manager', setup.accountManager.id],
      ['a market inspector', inspector],
      ['nobody', '00000000-0000-4000-8000-00000000d0d0'],
    ] as const) {
      const result = await clerk.execute(DISPATCH, { input: { orderId, driverId: notADriver } });
      expect({ label, ...result.errors?.[0].extensions }).toMatchObject({
        label,
        code: 'BAD_USER_INPUT',
        field: 'driverId',
        rule: 'delivery_driver',
      });
    }
    expect(await ordersSql('SELECT status, driver_id AS "driverId" FROM retail_order WHERE id = $1', [orderId])).toEqual([
      { status: 'CONFIRMED', driverId: null },
    ]);
    const sent = await clerk.request<{ dispatchOrder: { status: string; driverId: string } }>(DISPATCH, { input: { orderId, driverId } });
    expect(sent.dispatchOrder).toEqual({ id: orderId, status: 'OUT_FOR_DELIVERY', driverId });
  });

  it('holds each role to its part and each caller to their territories', async () => {
    const retailerId = await retailer(setup.territory.id);
    const lines = [{ productId: products[0].id, cartons: 1 }];
    const manager = await stack.as({ role: 'ACCOUNT_MANAGER', sub: setup.accountManager.id, terr: [setup.territory.id] });
    expect((await place(manager, retailerId, lines)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'channel' });
    const visitOrder = await place(manager, retailerId, lines, { channel: 'VISIT' });
    expect(visitOrder.data?.placeOrder.status).toBe('PLACED');
    const orderId = visitOrder.data!.placeOrder.id;

    expect((await place(driver, retailerId, lines)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    // A driver sees only the deliveries assigned to them.
    expect((await driver.execute(ORDER, { id: orderId })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });

    const otherClerk = await stack.as({ role: 'ORDER_CLERK', terr: [other.territory.id] });
    expect((await otherClerk.execute(ORDER, { id: orderId })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await place(otherClerk, retailerId, lines)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'retailerId',
    });
    expect((await otherClerk.execute(CONFIRM, { input: { orderId, method: 'PHONE_CALL' } })).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    const list = await otherClerk.request<{ orders: { edges: unknown[] } }>(`{ orders(first: 50) { edges { node { id } } } }`);
    expect(list.orders.edges).toEqual([]);

    const inspector = await stack.as({ role: 'MARKET_INSPECTOR', terr: [setup.territory.id] });
    expect((await inspector.execute(ORDER, { id: orderId })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const partner = await stack.as({ role: 'PARTNER', kind: 'partner', scp: ['orders:read'] });
    expect((await partner.execute(ORDER, { id: orderId })).data).toMatchObject({ order: { id: orderId } });
    expect((await place(partner, retailerId, lines)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
