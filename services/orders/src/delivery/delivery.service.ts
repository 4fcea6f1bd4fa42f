import { randomUUID } from 'node:crypto';
import { type Context, ForbiddenError, InvalidInputError, publishEvent } from '@fieldloop/platform';
import { Allowances } from '../allocation/allocation.service';
import { OrderRetailer } from '../federated/order-retailer.entity';
import { OrderStaff } from '../federated/order-staff.entity';
import type { OrderLine } from '../order/order-line.entity';
import type { Order } from '../order/order.entity';
import { OrderStatus } from '../order/order.enums';
import { OrderDelivered, OrderExceptionRaised, OrderOutForDelivery } from '../order/order.events';
import { heldCartons, orderRef, orderRefs, OrderService } from '../order/order.service';
import { addSalesFacts } from '../sales/sales-fact.service';
import { DeliveryRecord, type DeliveredLine } from './delivery-record.entity';
import type { DispatchOrderInput, RecordDeliveryInput } from './delivery.inputs';
import { deliveryViolations, isDifferent } from './delivery.rules';

const fulfilledOf = (line: Pick<OrderLine, 'confirmed' | 'accepted'>) =>
  line.accepted !== null && line.accepted === line.confirmed ? (line.confirmed ?? 0) : 0;

export class DeliveryService {
  private readonly orders: OrderService;

  constructor(private readonly context: Context) {
    this.orders = new OrderService(context);
  }

  /** A confirmed order leaves with its driver: an active delivery driver, as customers last told orders. */
  dispatch({ orderId, driverId }: DispatchOrderInput): Promise<Order> {
    return this.orders.change(orderId, [OrderStatus.CONFIRMED], async (order, manager) => {
      const driver = await manager.findOneBy(OrderStaff, { id: driverId });
      if (!driver?.active || driver.role !== 'DELIVERY_DRIVER') {
        throw InvalidInputError.of('driverId', 'delivery_driver', `driverId must be an active delivery driver (送货员), not ${driverId}`);
      }
      Object.assign(order, { status: OrderStatus.OUT_FOR_DELIVERY, driverId, outForDeliveryAt: new Date() });
      await publishEvent(manager, OrderOutForDelivery, { refs: orderRefs(order), payload: { ...orderRef(order), driverId } });
    });
  }

  /**
   * The driver's record at the shop. Any difference from the confirmed cartons raises
   * orders.exception.raised in the same transaction, with both numbers per line; what the
   * retailer did not keep goes back to its allowance and the sales facts move with it. A
   * partially delivered order can be delivered again (the corrected re-delivery).
   */
  record(input: RecordDeliveryInput): Promise<Order> {
    return this.orders.change(input.orderId, [OrderStatus.OUT_FOR_DELIVERY, OrderStatus.PARTIALLY_DELIVERED], async (order, manager) => {
      const identity = this.context.access.signedIn;
      const driverId = identity.kind === 'staff' ? identity.subjectId : null;
      if (identity.role !== 'ADMIN' && order.driverId !== driverId) {
        throw new ForbiddenError(`Order ${order.id} is not a delivery assigned to you`, { field: 'orderId', rule: 'assigned_driver' });
      }
      const redelivery = order.status === OrderStatus.PARTIALLY_DELIVERED;
      const lines = await this.orders.linesOf(manager, order.id);
      // A re-delivery reports the lines still short; the others stand as delivered.
      const open = redelivery ? lines.filter((line) => fulfilledOf(line) === 0) : lines;
      InvalidInputError.throwIfAny(
        ...deliveryViolations(
          open.map((line) => ({ productId: line.productId, confirmed: line.confirmed ?? line.ordered })),
          input.lines,
        ),
      );
      const before = new Map(
        lines.map((line) => [
          line.id,
          { held: heldCartons(line, order.status), accepted: line.accepted ?? 0, fulfilled: fulfilledOf(line) },
        ]),
      );
      const recorded: DeliveredLine[] = [];
      for (const line of open) {
        const reported = input.lines.find((candidate) => candidate.productId === line.productId)!;
        const confirmed = line.confirmed ?? line.ordered;
        Object.assign(line, {
          delivered: reported.delivered,
          accepted: reported.accepted,
          differenceReason: isDifferent(confirmed, reported) ? (reported.reason ?? null) : null,
        });
        recorded.push({
          productId: line.productId,
          productName: line.productName,
          confirmed,
          delivered: reported.delivered,
          accepted: reported.accepted,
          reason: line.differenceReason,
        });
      }
      await manager.save(open);
      const complete = lines.every((line) => fulfilledOf(line) > 0 || (line.confirmed ?? 0) === 0);
      Object.assign(order, {
        status: complete ? OrderStatus.DELIVERED : OrderStatus.PARTIALLY_DELIVERED,
        deliveredAt: new Date(),
        driverId: order.driverId ?? driverId,
      });
      await new Allowances(manager).apply(
        order.retailerId,
        order.month,
        order.cycle,
        lines.map((line) => ({ productId: line.productId, cartons: heldCartons(line, order.status) - before.get(line.id)!.held })),
      );
      await addSalesFacts(
        manager,
        order,
        lines.map((line) => ({
          line,
          accepted: (line.accepted ?? 0) - before.get(line.id)!.accepted,
          fulfilled: fulfilledOf(line) - before.get(line.id)!.fulfilled,
        })),
      );
      const attempt = (await manager.countBy(DeliveryRecord, { orderId: order.id })) + 1;
      const differences = recorded.filter((line) => isDifferent(line.confirmed, line));
      await manager.insert(DeliveryRecord, {
        id: randomUUID(),
        orderId: order.id,
        attempt,
        driverId: order.driverId!,
        lines: recorded,
        hasDifference: differences.length > 0,
      });
      const payload = { ...orderRef(order), driverId: order.driverId! };
      await publishEvent(manager, OrderDelivered, {
        refs: orderRefs(order),
        payload: { ...payload, status: order.status as OrderStatus.DELIVERED, redelivery, lines: recorded },
      });
      if (differences.length) {
        const retailer = await manager.findOneBy(OrderRetailer, { id: order.retailerId });
        await publishEvent(manager, OrderExceptionRaised, {
          refs: orderRefs(order),
          payload: { ...payload, shopName: retailer?.shopName ?? '', lines: differences },
        });
      }
    });
  }
}
