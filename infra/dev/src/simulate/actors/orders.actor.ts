import { GatewayRequestError } from '../gateway-client';
import type { ExpectedEvent } from '../journal';
import type { Actor, Field, Person, StaffRecord } from './actor';

/*
 * The orders service's people: account managers taking VISIT orders at the shops of their
 * routes, order clerks calling back on the visits' order intents (drafts), reading orders back
 * to the retailer (回馈) and sending confirmed ones out with a driver of their region (now and
 * then a clerk leaves an order unconfirmed for a while: missing feedback), and drivers
 * recording the deliveries assigned to them, now and then the wrong quantity, which raises an
 * order exception (complaints opens a case for it).
 */

type OrderStatus = 'PLACED' | 'CONFIRMED' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'PARTIALLY_DELIVERED' | 'CANCELLED' | 'REJECTED';
interface OrderLine {
  productId: string;
  ordered: number;
  confirmed: number | null;
}
interface OrderRow {
  id: string;
  status: OrderStatus;
  lines: OrderLine[];
}
interface Draft {
  id: string;
  retailerId: string;
  lines: { productId: string | null; cartons: number }[];
}

const SHOPS = `query SimOrderShops($filter: RetailerFilter) { retailers(first: 50, filter: $filter) { edges { node { id } } } }`;
const PRODUCTS = `query SimProducts { products { id } }`;
const PLACE = `mutation SimPlaceOrder($input: PlaceOrderInput!, $key: String) {
  placeOrder(input: $input, idempotencyKey: $key) { id status }
}`;
const READ_BACK = `query SimReadBack($id: ID!) { order(id: $id) { id status readBack { zhCN } } }`;
const ORDERS = `query SimOrders($filter: OrdersFilter) {
  orders(first: 20, filter: $filter) { edges { node { id status lines { productId ordered confirmed } } } }
}`;
const DRAFTS = `query SimDrafts { orderDrafts { id retailerId lines { productId cartons } } }`;
const CONFIRM = `mutation SimConfirmOrder($input: ConfirmOrderInput!) { confirmOrder(input: $input) { id status } }`;
const DISPATCH = `mutation SimDispatch($input: DispatchOrderInput!) { dispatchOrder(input: $input) { id status } }`;
const DELIVER = `mutation SimDeliver($input: RecordDeliveryInput!) {
  recordDelivery(input: $input) { id status deliveries { hasDifference } }
}`;
const STATUS = `query SimOrderStatus($id: ID!) { order(id: $id) { status } }`;

const event = (type: string, orderId: string): ExpectedEvent => ({ type: `orders.order.${type}`, subject: orderId });

async function statusOf(person: Person, orderId: string): Promise<OrderStatus> {
  return (await person.client.request<{ order: { status: OrderStatus } }>('order', STATUS, { id: orderId })).order.status;
}

async function ordersIn(person: Person, statuses: OrderStatus[]): Promise<OrderRow[]> {
  const { orders } = await person.client.request<{ orders: { edges: { node: OrderRow }[] } }>('orders', ORDERS, { filter: { statuses } });
  return orders.edges.map((edge) => edge.node);
}

/**
 * Places an order and reads it back; a refusal (the month's quota used up, a product no longer
 * sold) writes nothing and is only logged: the retailer is told, the day goes on.
 */
async function place(
  person: Person,
  field: Field,
  input: { retailerId: string; channel: 'VISIT' | 'PHONE'; lines: { productId: string; cartons: number }[]; draftId?: string },
): Promise<string | undefined> {
  try {
    const { placeOrder } = await person.mutate<{ placeOrder: { id: string } }>(
      'placeOrder',
      PLACE,
      // Over the allowance the order is cut to it, as the clerk would on the phone.
      { input: { ...input, acceptUpToAllowance: true }, key: person.idempotencyKey() },
      (answer) => [event('placed', answer.placeOrder.id)],
    );
    await person.client.request('order', READ_BACK, { id: placeOrder.id });
    return placeOrder.id;
  } catch (error) {
    if (!(error instanceof GatewayRequestError)) throw error;
    field.log(`${person.staff.username} placeOrder refused: ${error.message}`);
    return undefined;
  }
}

/** An account manager takes an order at one of their shops now and then, between visits. */
async function accountManagerOrders(person: Person, field: Field): Promise<void> {
  let products: string[] = [];
  while (await field.pace.field(person.random.int(40, 120))) {
    const { retailers } = await person.client.request<{ retailers: { edges: { node: { id: string } }[] } }>('retailers', SHOPS, {
      filter: { statuses: ['ACTIVE'], accountManagerId: person.staff.id },
    });
    if (!products.length)
      products = (await person.client.request<{ products: { id: string }[] }>('products', PRODUCTS)).products.map((p) => p.id);
    if (!retailers.edges.length || !products.length) continue;
    const lines = person.random
      .sample(products, Math.min(products.length, person.random.int(1, 3)))
      .map((productId) => ({ productId, cartons: person.random.int(1, 4) }));
    await place(person, field, { retailerId: person.random.pick(retailers.edges).node.id, channel: 'VISIT', lines });
  }
}

/** The drivers of the clerk's region (clerks and drivers each cover one). */
const driversFor = (clerk: StaffRecord, field: Field) =>
  field.cast.filter((member) => member.role === 'DELIVERY_DRIVER' && member.regionId === clerk.regionId);

async function clerkDesk(person: Person, field: Field): Promise<void> {
  // A draft whose products the catalogue does not know, or that was refused, is not called on twice.
  const tried = new Set<string>();
  while (await field.pace.field(person.random.int(10, 30))) {
    const { orderDrafts } = await person.client.request<{ orderDrafts: Draft[] }>('orderDrafts', DRAFTS);
    for (const draft of orderDrafts.filter((candidate) => !tried.has(candidate.id)).slice(0, 3)) {
      if (field.pace.stopping) return;
      tried.add(draft.id);
      const lines = draft.lines.flatMap((line) => (line.productId ? [{ productId: line.productId, cartons: line.cartons }] : []));
      const unique = lines.filter((line, index) => lines.findIndex((other) => other.productId === line.productId) === index);
      if (unique.length) await place(person, field, { retailerId: draft.retailerId, channel: 'PHONE', lines: unique, draftId: draft.id });
    }
    for (const order of await ordersIn(person, ['PLACED'])) {
      if (field.pace.stopping) return;
      // One in ten is left for later: called back late, or never (the missing-feedback job flags it).
      if (person.random.chance(0.1)) continue;
      await person.mutate(
        'confirmOrder',
        CONFIRM,
        { input: { orderId: order.id, method: person.random.pick(['PHONE_CALL', 'PHONE_CALL', 'SMS'] as const) } },
        () => [event('confirmed', order.id)],
        { confirm: async () => (await statusOf(person, order.id)) !== 'PLACED' },
      );
    }
    const drivers = driversFor(person.staff, field);
    if (!drivers.length) continue;
    for (const order of await ordersIn(person, ['CONFIRMED'])) {
      if (field.pace.stopping) return;
      await person.mutate(
        'dispatchOrder',
        DISPATCH,
        { input: { orderId: order.id, driverId: person.random.pick(drivers).id } },
        () => [event('out_for_delivery', order.id)],
        { confirm: async () => (await statusOf(person, order.id)) !== 'CONFIRMED' },
      );
    }
  }
}

/** What the driver records for one line: mostly as confirmed, sometimes short or too many. */
function deliveredLine(person: Person, line: OrderLine, wrong: boolean) {
  const confirmed = line.confirmed ?? line.ordered;
  if (!wrong) return { productId: line.productId, delivered: confirmed, accepted: confirmed };
  if (confirmed > 1 && person.random.chance(0.5)) {
    const delivered = confirmed - person.random.int(1, confirmed - 1);
    return { productId: line.productId, delivered, accepted: delivered, reason: 'SHORT' };
  }
  // Too many brought (seed 000's 8 vs 18): the retailer keeps what was confirmed.
  return { productId: line.productId, delivered: confirmed + person.random.int(1, 10), accepted: confirmed, reason: 'OVER_DELIVERED' };
}

async function driverRounds(person: Person, field: Field): Promise<void> {
  while (await field.pace.field(person.random.int(15, 45))) {
    for (const order of await ordersIn(person, ['OUT_FOR_DELIVERY'])) {
      if (field.pace.stopping) return;
      const wrong = person.random.chance(0.15);
      const wrongLine = person.random.int(0, order.lines.length - 1);
      const lines = order.lines.map((line, index) => deliveredLine(person, line, wrong && index === wrongLine));
      await person.mutate<{ recordDelivery: { status: string } }>(
        'recordDelivery',
        DELIVER,
        { input: { orderId: order.id, lines } },
        () => [event('delivered', order.id), ...(wrong ? [{ type: 'orders.exception.raised', subject: order.id }] : [])],
        { confirm: async () => (await statusOf(person, order.id)) !== 'OUT_FOR_DELIVERY' },
      );
      if (!(await field.pace.field(person.random.int(10, 25)))) return;
    }
  }
}

export const ordersActor: Actor = {
  service: 'orders',
  plays: ['ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER'],
  work: (person, field) =>
    person.staff.role === 'ORDER_CLERK'
      ? clerkDesk(person, field)
      : person.staff.role === 'DELIVERY_DRIVER'
        ? driverRounds(person, field)
        : accountManagerOrders(person, field),
};
