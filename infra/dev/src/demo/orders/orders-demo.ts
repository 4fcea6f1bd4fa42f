import { RetailerStatus, StaffRole } from '@fieldloop/customers';
import {
  DEMO_CATALOGUE,
  DeliveryRecord,
  DifferenceReason,
  MonthAllowance,
  Order,
  OrderChannel,
  OrderLine,
  OrderStatus,
  ConfirmationMethod,
  orderCycleOf,
  Product,
  rebuildSalesFacts,
} from '@fieldloop/orders';
import type { CustomersDemo } from '../customers';
import { DEMO_REFERENCE_DATE, firstDayOfSpan } from '../reference';
import { insertRows, type DataSource } from '../insert-rows';
import { SeededRandom } from '../random';

/*
 * Six months (or `months`) of orders for the demo company, up to `now`: each retailer orders on its own
 * weekday most weeks, more at the start of each month (the month-start rush), within its
 * tier's monthly quota; key brands sell more; the two new brands are taken up from their
 * introduction on. Most orders are confirmed and delivered the next day; a few deliveries
 * differ (one is seed 000's case: 8 cartons of 翻盖玉溪 ordered, 18 brought, all taken back),
 * a few orders were never confirmed (missing feedback), a few cancelled. Today's orders are
 * still on the desk: placed, confirmed or out for delivery.
 */

export interface OrdersDemoOptions {
  seed: number;
  now?: Date;
  /** Months of history up to `now`, this one included (default 6; the city-scale bench asks for 12). */
  months?: number;
}

type Row<T> = Omit<T, 'amountFen'>;
export interface OrdersDemo {
  products: Product[];
  orders: Order[];
  lines: Row<OrderLine>[];
  deliveries: DeliveryRecord[];
  allowances: MonthAllowance[];
  /** The seed-000 case: its order id. */
  eightVersusEighteenOrderId: string;
}

const MONTHS = 6;
/** The default tier → quota table (the orders service's first migration). */
const QUOTA_BY_TIER = (tier: number) => (tier <= 5 ? 10 : tier <= 10 ? 20 : tier <= 15 ? 40 : tier <= 20 ? 60 : tier <= 25 ? 100 : 150);

const day = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const at = (dayText: string, minute: number) => new Date(Date.parse(`${dayText}T00:00:00+08:00`) + minute * 60_000);
const addDays = (dayText: string, days: number) =>
  new Date(Date.parse(`${dayText}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function generateOrdersDemo(customers: CustomersDemo, { seed, now, months = MONTHS }: OrdersDemoOptions): OrdersDemo {
  const random = new SeededRandom(seed);
  const end = day(now ?? DEMO_REFERENCE_DATE);
  const first = firstDayOfSpan(end, months);
  const products = DEMO_CATALOGUE.map((product) => ({ ...product }));
  const drivers = customers.staff.filter((member) => member.role === StaffRole.DELIVERY_DRIVER);
  const clerks = customers.staff.filter((member) => member.role === StaffRole.ORDER_CLERK);
  const managerOf = new Map(customers.territories.map((territory) => [territory.id, territory.accountManagerId]));
  const retailers = customers.retailers.filter((retailer) => retailer.status === RetailerStatus.ACTIVE);
  const demo: OrdersDemo = { products, orders: [], lines: [], deliveries: [], allowances: [], eightVersusEighteenOrderId: '' };
  const used = new Map<string, number>();
  // Today's orders were taken before now (company time), never later.
  const latestMinute = Math.min(17 * 60, Math.floor((((now ?? DEMO_REFERENCE_DATE).getTime() + 8 * 3_600_000) % 86_400_000) / 60_000));
  const fanGaiYuxi = products.find((product) => product.shortName === '翻盖玉溪')!;
  // Seed 000's case happened a few working days ago, to the first shop that can take 8 cartons that day.
  let caseDay = addDays(end, -3);
  while (new Date(`${caseDay}T00:00:00Z`).getUTCDay() === 0) caseDay = addDays(caseDay, -1);

  for (let today = first; today <= end; today = addDays(today, 1)) {
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    if (weekday === 0) continue;
    const dayOfMonth = Number(today.slice(8));
    const monthText = today.slice(0, 7);
    const age = (Date.parse(end) - Date.parse(today)) / 86_400_000;
    const available = products.filter((product) => !product.newBrandSince || product.newBrandSince <= today);
    const weights = available.map((product) => [product, product.newBrandSince ? 2 : product.keyBrand ? 3 : 1] as const);
    retailers.forEach((retailer, index) => {
      const ownDay = (index % 6) + 1 === weekday;
      const rush = dayOfMonth <= 3 && random.chance(0.35);
      const quotaKey = `${retailer.id}|${monthText}`;
      const quota = QUOTA_BY_TIER(retailer.tier);
      let left = quota - (used.get(quotaKey) ?? 0);
      const isCase = !demo.eightVersusEighteenOrderId && today === caseDay && left >= 8;
      if (!isCase && !(ownDay && random.chance(0.75)) && !rush) return;
      if (left <= 0) return;
      const picked = isCase ? [fanGaiYuxi] : [...new Set(Array.from({ length: random.int(1, 3) }, () => random.weighted(weights)))];
      const orderId = random.uuid();
      const placedAt = at(today, random.int(8 * 60, today === end ? Math.max(8 * 60, latestMinute) : 17 * 60));
      if (now && placedAt > now) return;
      const lines: Row<OrderLine>[] = [];
      for (const product of picked) {
        const cartons = isCase ? 8 : Math.min(left, random.int(1, Math.max(1, Math.round(retailer.tier / 5))));
        if (cartons <= 0) break;
        left -= cartons;
        lines.push({
          id: random.uuid(),
          orderId,
          lineNo: lines.length + 1,
          productId: product.id,
          productName: product.fullName,
          requested: cartons,
          ordered: cartons,
          confirmed: null,
          delivered: null,
          accepted: null,
          differenceReason: null,
          unitPriceFen: product.wholesalePriceFen,
          unitRetailPriceFen: product.retailPriceFen,
          keyBrand: product.keyBrand,
          newBrand: product.newBrandSince !== null,
        });
      }
      if (!lines.length) return;
      const roll = random.next();
      const status = isCase
        ? OrderStatus.PARTIALLY_DELIVERED
        : age >= 2
          ? roll < 0.015
            ? OrderStatus.PLACED
            : roll < 0.025
              ? OrderStatus.CANCELLED
              : OrderStatus.DELIVERED
          : age === 1
            ? OrderStatus.OUT_FOR_DELIVERY
            : roll < 0.4
              ? OrderStatus.PLACED
              : OrderStatus.CONFIRMED;
      const confirmed = status !== OrderStatus.PLACED && !(status === OrderStatus.CANCELLED && roll < 0.02);
      const driver = drivers.length ? drivers[index % drivers.length] : undefined;
      const shipped = [OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED, OrderStatus.PARTIALLY_DELIVERED].includes(status);
      const deliveredAt = at(addDays(today, 1), random.int(9 * 60, 17 * 60));
      let held = 0;
      const recorded = [];
      let finalStatus = status;
      for (const line of lines) {
        if (confirmed) line.confirmed = line.ordered;
        if (status === OrderStatus.DELIVERED || status === OrderStatus.PARTIALLY_DELIVERED) {
          const differs = isCase || random.chance(0.008);
          line.delivered = isCase ? 18 : differs ? Math.max(0, line.ordered - random.int(1, 2)) : line.ordered;
          line.accepted = isCase ? 0 : differs && random.chance(0.3) ? 0 : line.delivered;
          line.differenceReason = isCase
            ? DifferenceReason.OVER_DELIVERED
            : differs
              ? line.accepted === 0
                ? DifferenceReason.REFUSED
                : random.pick([DifferenceReason.SHORT, DifferenceReason.DAMAGED])
              : null;
          if (line.accepted !== line.confirmed) finalStatus = OrderStatus.PARTIALLY_DELIVERED;
          recorded.push({
            productId: line.productId,
            productName: line.productName,
            confirmed: line.confirmed!,
            delivered: line.delivered,
            accepted: line.accepted,
            reason: line.differenceReason,
          });
          held += line.accepted;
        } else if (status !== OrderStatus.CANCELLED) {
          held += line.ordered;
        }
      }
      used.set(quotaKey, (used.get(quotaKey) ?? 0) + held);
      const territoryId = retailer.territoryId;
      demo.orders.push({
        id: orderId,
        retailerId: retailer.id,
        territoryId,
        accountManagerId: managerOf.get(territoryId) ?? null,
        channel: random.weighted([
          [OrderChannel.PHONE, 6],
          [OrderChannel.ONLINE, 3],
          [OrderChannel.VISIT, 1],
        ]),
        status: finalStatus,
        takenById: clerks.length ? clerks[index % clerks.length].id : null,
        month: monthText,
        cycle: orderCycleOf(today),
        placedAt,
        totalFen: lines.reduce((sum, line) => sum + line.ordered * line.unitPriceFen, 0),
        confirmedAt: confirmed ? new Date(placedAt.getTime() + random.int(5, 90) * 60_000) : null,
        confirmedById: confirmed && clerks.length ? clerks[index % clerks.length].id : null,
        confirmationMethod: confirmed ? ConfirmationMethod.PHONE_CALL : null,
        feedbackMissingAt: !confirmed && age >= 1 ? new Date(placedAt.getTime() + 2 * 3_600_000) : null,
        driverId: shipped && driver ? driver.id : null,
        outForDeliveryAt: shipped ? at(addDays(today, 1), 8 * 60) : null,
        deliveredAt: finalStatus === OrderStatus.DELIVERED || finalStatus === OrderStatus.PARTIALLY_DELIVERED ? deliveredAt : null,
        cancelReason: status === OrderStatus.CANCELLED ? '零售户改单' : null,
        draftId: null,
        version: 1,
      });
      demo.lines.push(...lines);
      if (recorded.length && driver) {
        demo.deliveries.push({
          id: random.uuid(),
          orderId,
          attempt: 1,
          driverId: driver.id,
          lines: recorded,
          hasDifference: recorded.some((line) => line.accepted !== line.confirmed || line.delivered !== line.confirmed),
          recordedAt: deliveredAt,
        });
      }
      if (isCase) demo.eightVersusEighteenOrderId = orderId;
    });
  }
  const tierOf = new Map(retailers.map((retailer) => [retailer.id, retailer.tier]));
  demo.allowances = [...used].map(([key, cartons]) => {
    const [retailerId, monthText] = key.split('|');
    return { retailerId, month: monthText, quota: QUOTA_BY_TIER(tierOf.get(retailerId)!), used: cartons };
  });
  return demo;
}

export type OrdersDemoSummary = ReturnType<typeof summarizeOrdersDemo>;

export function summarizeOrdersDemo(demo: OrdersDemo) {
  return {
    products: demo.products.length,
    orders: demo.orders.length,
    exceptions: demo.deliveries.filter((delivery) => delivery.hasDifference).length,
    unconfirmed: demo.orders.filter((order) => order.feedbackMissingAt).length,
  };
}

/** Loads the demo's catalogue and orders, then derives the monthly sales facts from them. */
export async function loadOrdersDemo(dataSource: DataSource, demo: OrdersDemo): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await insertRows(manager, Product, demo.products);
    await insertRows(manager, Order, demo.orders);
    await insertRows(manager, OrderLine, demo.lines);
    await insertRows(manager, DeliveryRecord, demo.deliveries);
    await insertRows(manager, MonthAllowance, demo.allowances);
    await rebuildSalesFacts(manager);
  });
}
