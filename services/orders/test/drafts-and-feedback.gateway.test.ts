import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { publishEvent } from '@fieldloop/platform';
import { CREATE_RETAILER, createTerritoryWithManager, retailerInput, startStack, type Stack } from '@fieldloop/testkit';
import { OrderIntentRaised, visits } from '@fieldloop/visits';
import { randomUUID } from 'node:crypto';
import { DEMO_CATALOGUE, orders } from '../src';
import { raiseMissingFeedback } from '../src/order/feedback-missing.job';

const SAVE_PRODUCT = `mutation($input: ProductInput!) { saveProduct(input: $input) { id shortName } }`;
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id status placedAt } }`;
const QUOTA = `query($id: ID!) { retailer(id: $id) { quota { used remaining } } }`;

/** The loop around an order: a visit's order intent becomes a draft; an unconfirmed order a missing-feedback case; a cancel gives back. */
describe('drafts, missing feedback and give-back', () => {
  let stack: Stack;
  let setup: Awaited<ReturnType<typeof createTerritoryWithManager>>;
  let retailerId: string;
  let product: { id: string; shortName: string };
  const ordersSql = (query: string, parameters: unknown[] = []) => stack.subgraphs.orders.database.dataSource.query(query, parameters);
  const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    for (let i = 0; i < 300; i += 1) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return read();
  };

  beforeAll(async () => {
    stack = await startStack([customers, visits, orders]);
    setup = await createTerritoryWithManager(stack.gateway, 'DRF');
    retailerId = (
      await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, { input: retailerInput(setup.territory.id) })
    ).createRetailer.id;
    const { id: _id, ...input } = DEMO_CATALOGUE[6];
    product = (await stack.gateway.request<{ saveProduct: { id: string; shortName: string } }>(SAVE_PRODUCT, { input })).saveProduct;
    await eventually(
      () => ordersSql('SELECT count(*)::int AS count FROM order_retailer WHERE id = $1', [retailerId]),
      ([row]) => row.count === 1,
    );
  });
  afterAll(() => stack?.stop());

  it("turns a visit's order intent into one draft for the clerk, naming the catalogue product it matches", async () => {
    const visitId = randomUUID();
    const intent = {
      refs: [
        { type: 'Retailer', id: retailerId },
        { type: 'Territory', id: setup.territory.id },
        { type: 'StaffMember', id: setup.accountManager.id },
      ],
      payload: {
        visitId,
        retailerId,
        territoryId: setup.territory.id,
        accountManagerId: setup.accountManager.id,
        lines: [
          { product: product.shortName, cartons: 5 },
          { product: '不认识的烟', cartons: 1 },
        ],
      },
    };
    // Published as visits' recordFindings does: into visits' outbox, through the log, to orders.
    await stack.subgraphs.visits.database.dataSource.transaction((manager) => publishEvent(manager, OrderIntentRaised, intent));
    const drafts = await eventually(
      () =>
        stack.gateway.request<{
          orderDrafts: { visitId: string; status: string; lines: { productId: string | null; cartons: number }[] }[];
        }>(`{ orderDrafts { visitId status lines { product productId cartons } } }`),
      (data) => data.orderDrafts.length > 0,
    );
    expect(drafts.orderDrafts).toEqual([
      {
        visitId,
        status: 'OPEN',
        lines: [
          { product: product.shortName, productId: product.id, cartons: 5 },
          { product: '不认识的烟', productId: null, cartons: 1 },
        ],
      },
    ]);
    // The same event again (at-least-once delivery) makes no second draft.
    await stack.subgraphs.visits.database.dataSource.transaction((manager) => publishEvent(manager, OrderIntentRaised, intent));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await ordersSql('SELECT count(*)::int AS count FROM order_draft')).toEqual([{ count: 1 }]);
  });

  it('raises orders.feedback.missing once for an order not confirmed in time', async () => {
    const { placeOrder } = await stack.gateway.request<{ placeOrder: { id: string; placedAt: string } }>(PLACE, {
      input: { retailerId, channel: 'PHONE', lines: [{ productId: product.id, cartons: 1 }] },
    });
    const later = new Date(Date.parse(placeOrder.placedAt) + 3 * 3_600_000);
    const run = () => stack.subgraphs.orders.database.dataSource.transaction((manager) => raiseMissingFeedback.run(manager, later));
    await run();
    await run();
    const fromLog = await eventually(
      () => ordersSql(`SELECT payload FROM events.event_log WHERE type = 'orders.feedback.missing'`),
      (rows) => rows.length > 0,
    );
    expect(fromLog.map((row: { payload: { orderId: string } }) => row.payload.orderId)).toEqual([placeOrder.id]);
    const [order] = await ordersSql('SELECT feedback_missing_at AS "feedbackMissingAt" FROM retail_order WHERE id = $1', [placeOrder.id]);
    expect(order.feedbackMissingAt).toEqual(later);
  });

  it('gives the allowance back when an order is cancelled', async () => {
    const before = (await stack.gateway.request<{ retailer: { quota: { used: number } } }>(QUOTA, { id: retailerId })).retailer.quota.used;
    const { placeOrder } = await stack.gateway.request<{ placeOrder: { id: string } }>(PLACE, {
      input: { retailerId, channel: 'PHONE', lines: [{ productId: product.id, cartons: 4 }] },
    });
    expect((await stack.gateway.request<{ retailer: { quota: { used: number } } }>(QUOTA, { id: retailerId })).retailer.quota.used).toBe(
      before + 4,
    );
    await stack.gateway.request(`mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }`, {
      input: { orderId: placeOrder.id, reason: '零售户改单' },
    });
    expect((await stack.gateway.request<{ retailer: { quota: { used: number } } }>(QUOTA, { id: retailerId })).retailer.quota.used).toBe(
      before,
    );
  });
});
