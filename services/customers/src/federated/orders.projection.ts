import { companyToday, type ConsumerDefinition, type DomainEvent } from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { OrderedVolume } from './ordered-volume.entity';
import { RetailerQuotaChange } from './retailer-quota-change.entity';

/*
 * Orders depends on customers, so customers cannot import its event definitions: it reads
 * only the fields it needs (services/orders/src/order/order.events.ts, allocation.events.ts).
 */
const uuid = z.uuid();
const placed = z
  .object({
    orderId: uuid,
    retailerId: uuid,
    month: z.string().regex(/^\d{4}-\d{2}$/),
    totalFen: z.string().regex(/^-?\d+$/),
    lines: z.array(z.object({ cartons: z.number().int() }).loose()),
  })
  .loose();
const cancelled = z.object({ orderId: uuid }).loose();
const quotaSet = z.object({ retailerId: uuid, monthlyCartons: z.number().int().nullable() }).loose();

const HANDLERS: Record<string, (event: DomainEvent, manager: EntityManager) => Promise<void>> = {
  async 'orders.order.placed'(event, manager) {
    const order = placed.parse(event.payload);
    await manager
      .createQueryBuilder()
      .insert()
      .into(OrderedVolume)
      .values({
        orderId: order.orderId,
        retailerId: order.retailerId,
        month: order.month,
        cartons: order.lines.reduce((sum, line) => sum + line.cartons, 0),
        amountFen: order.totalFen,
      })
      // Keyed on the order: placed again (redelivered, replayed) it changes nothing, a cancel included.
      .orIgnore()
      .execute();
  },
  async 'orders.order.cancelled'(event, manager) {
    await manager.update(OrderedVolume, { orderId: cancelled.parse(event.payload).orderId }, { cancelled: true });
  },
  async 'orders.retailer_quota.set'(event, manager) {
    const quota = quotaSet.parse(event.payload);
    await manager
      .createQueryBuilder()
      .insert()
      .into(RetailerQuotaChange)
      .values({
        id: event.id,
        retailerId: quota.retailerId,
        setAt: event.occurredAt,
        month: companyToday(event.occurredAt).slice(0, 7),
        monthlyCartons: quota.monthlyCartons,
      })
      .orIgnore()
      .execute();
  },
};

export const ordersProjection: ConsumerDefinition = {
  name: 'orders-projection',
  description:
    "Each order's cartons and amount by retailer and month (ordered_volume, cancelled ones marked) and each retailer's own quota (retailer_quota_change), for the computed contribution indicators",
  filter: { types: Object.keys(HANDLERS) },
  handle: (event, manager) => HANDLERS[event.type](event, manager),
  async isEmpty(manager) {
    return (await manager.count(OrderedVolume)) === 0 && (await manager.count(RetailerQuotaChange)) === 0;
  },
};
