import { randomUUID } from 'node:crypto';
import {
  companyToday,
  ConflictError,
  type Connection,
  type Context,
  ForbiddenError,
  InvalidInputError,
  type ListSelection,
  paginate,
  publishEvent,
  ref,
  SortDirection,
} from '@fieldloop/platform';
import { In, type EntityManager } from 'typeorm';
import { AllowanceExceededError, Allowances } from '../allocation/allocation.service';
import { allocate, orderCycleOf } from '../allocation/allocation.rules';
import { Product } from '../catalogue/product.entity';
import { OrderRetailer } from '../federated/order-retailer.entity';
import { OrderTerritory } from '../federated/order-territory.entity';
import { addSalesFacts } from '../sales/sales-fact.service';
import { OrderDraft } from './order-draft.entity';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { AllowanceRule, DraftStatus, OrderChannel, OrderStatus } from './order.enums';
import { OrderCancelled, OrderConfirmed, OrderPlaced } from './order.events';
import type { CancelOrderInput, ConfirmOrderInput, OrdersArgs, PlaceOrderInput } from './order.inputs';
import { readBackText, type ReadBack } from './order.rules';
import { orderRetailerScope } from './order-retailer.scope';
import { orderScope } from './order.scope';

/** How long a new product counts as a new brand (新品牌) in the sales facts. */
const NEW_BRAND_DAYS = 365;

export const orderRefs = (order: Pick<Order, 'id' | 'retailerId' | 'territoryId' | 'accountManagerId'>) => [
  ref('Order', order.id),
  ref('Retailer', order.retailerId),
  ref('Territory', order.territoryId),
  ...(order.accountManagerId ? [ref('StaffMember', order.accountManagerId)] : []),
];
export const orderRef = (order: Pick<Order, 'id' | 'retailerId' | 'territoryId' | 'accountManagerId'>) => ({
  orderId: order.id,
  retailerId: order.retailerId,
  territoryId: order.territoryId,
  accountManagerId: order.accountManagerId,
});

/** What an order holds of its allowance: ordered until confirmed, confirmed until delivered, then accepted. */
export function heldCartons(line: OrderLine, status: OrderStatus): number {
  if (status === OrderStatus.CANCELLED || status === OrderStatus.REJECTED) return 0;
  if (status === OrderStatus.DELIVERED || status === OrderStatus.PARTIALLY_DELIVERED) return line.accepted ?? 0;
  return line.confirmed ?? line.ordered;
}

export const isNewBrand = (product: Product, day: string) =>
  product.newBrandSince !== null &&
  product.newBrandSince <= day &&
  Date.parse(day) - Date.parse(product.newBrandSince) < NEW_BRAND_DAYS * 86_400_000;

export class OrderService {
  constructor(private readonly context: Context) {}

  get(id: string): Promise<Order> {
    return orderScope.load(this.context, id);
  }

  list({ filter = {}, ...page }: OrdersArgs, selection: ListSelection): Promise<Connection<Order>> {
    const query = orderScope.restrict(this.context.dataSource.getRepository(Order).createQueryBuilder('o'), this.context);
    if (filter.retailerId) query.andWhere('o.retailerId = :retailerId', { retailerId: filter.retailerId });
    if (filter.territoryId) query.andWhere('o.territoryId = :territoryId', { territoryId: filter.territoryId });
    if (filter.statuses?.length) query.andWhere('o.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.placedFrom) query.andWhere('o.placedAt >= :placedFrom', { placedFrom: filter.placedFrom });
    if (filter.withException) {
      query.andWhere('EXISTS (SELECT 1 FROM delivery_record record WHERE record.order_id = o.id AND record.has_difference)');
    }
    return paginate(query, page, { property: 'placedAt', direction: SortDirection.DESC }, selection);
  }

  /**
   * Takes an order: the retailer ACTIVE in orders' copy, whole cartons of active products at
   * today's catalogue prices, within the month's quota and the cycle limits (or cut to them
   * when the clerk asks), consumed under the allowance rows' locks.
   */
  place(input: PlaceOrderInput): Promise<Order> {
    this.requireChannelAllowed(input.channel);
    const duplicate = input.lines.findIndex(
      (line, index) => input.lines.findIndex((other) => other.productId === line.productId) !== index,
    );
    if (duplicate >= 0) {
      throw InvalidInputError.of(
        `lines.${duplicate}.productId`,
        'unique',
        `lines.${duplicate}.productId is already on the order: add the cartons to one line`,
      );
    }
    return this.context.transaction(async (manager) => {
      const retailer = await this.activeRetailer(manager, input.retailerId);
      const products = await this.activeProducts(
        manager,
        input.lines.map((line) => line.productId),
      );
      const today = companyToday();
      const month = today.slice(0, 7);
      const cycle = orderCycleOf(today);
      const allowances = new Allowances(manager);
      const remaining = await allowances.lock(retailer, month, cycle, [...products.keys()]);
      const allocation = allocate(input.lines, remaining.month, remaining.products, input.acceptUpToAllowance ?? false);
      if ('refused' in allocation) {
        const { index, rule, remaining: left } = allocation.refused;
        throw new AllowanceExceededError(
          `lines.${index}.cartons`,
          rule,
          left,
          rule === AllowanceRule.PRODUCT_LIMIT ? 'product limit for this order cycle' : 'monthly quota (月核定量)',
        );
      }
      if (allocation.accepted.length === 0) {
        throw new AllowanceExceededError('lines', AllowanceRule.MONTHLY_QUOTA, 0, 'allowance: nothing of the order fits');
      }
      await allowances.apply(retailer.id, month, cycle, allocation.accepted);
      const territory = await manager.findOneBy(OrderTerritory, { id: retailer.territoryId });
      const identity = this.context.access.signedIn;
      const order = manager.create(Order, {
        id: randomUUID(),
        retailerId: retailer.id,
        territoryId: retailer.territoryId,
        accountManagerId: territory?.accountManagerId ?? null,
        channel: input.channel,
        status: OrderStatus.PLACED,
        takenById: identity.kind === 'staff' ? identity.subjectId : null,
        month,
        cycle,
        totalFen: allocation.accepted.reduce((sum, line) => sum + line.cartons * products.get(line.productId)!.wholesalePriceFen, 0),
        draftId: input.draftId ?? null,
      });
      await manager.insert(Order, order);
      const lines = allocation.accepted.map((accepted, index) => {
        const product = products.get(accepted.productId)!;
        return manager.create(OrderLine, {
          id: randomUUID(),
          orderId: order.id,
          lineNo: index + 1,
          productId: product.id,
          productName: product.fullName,
          requested: input.lines.find((line) => line.productId === product.id)!.cartons,
          ordered: accepted.cartons,
          unitPriceFen: product.wholesalePriceFen,
          unitRetailPriceFen: product.retailPriceFen,
          keyBrand: product.keyBrand,
          newBrand: isNewBrand(product, today),
        });
      });
      await manager.insert(OrderLine, lines);
      if (input.draftId) await this.answerDraft(manager, input.draftId, order);
      await publishEvent(manager, OrderPlaced, {
        refs: orderRefs(order),
        payload: {
          ...orderRef(order),
          channel: order.channel,
          takenById: order.takenById,
          month,
          cycle,
          totalFen: String(order.totalFen),
          lines: lines.map((line) => ({ productId: line.productId, cartons: line.ordered, unitPriceFen: String(line.unitPriceFen) })),
          cuts: allocation.cuts,
        },
      });
      return (await manager.findOneBy(Order, { id: order.id }))!;
    });
  }

  /** 回馈: the order was read back; records who, how and when, and its lines' confirmed cartons. */
  confirm({ orderId, method }: ConfirmOrderInput): Promise<Order> {
    return this.change(orderId, [OrderStatus.PLACED], async (order, manager) => {
      const lines = await this.linesOf(manager, order.id);
      for (const line of lines) line.confirmed = line.ordered;
      await manager.save(lines);
      const identity = this.context.access.signedIn;
      Object.assign(order, {
        status: OrderStatus.CONFIRMED,
        confirmedAt: new Date(),
        confirmedById: identity.kind === 'staff' ? identity.subjectId : null,
        confirmationMethod: method,
      });
      await addSalesFacts(
        manager,
        order,
        lines.map((line) => ({ line, confirmed: line.ordered })),
      );
      await publishEvent(manager, OrderConfirmed, {
        refs: orderRefs(order),
        payload: {
          ...orderRef(order),
          confirmedById: order.confirmedById,
          method,
          confirmedAt: order.confirmedAt!.toISOString(),
          totalFen: String(order.totalFen),
        },
      });
    });
  }

  /** Cancels an order not yet out for delivery and gives its allowance back. */
  cancel({ orderId, reason }: CancelOrderInput): Promise<Order> {
    return this.change(orderId, [OrderStatus.PLACED, OrderStatus.CONFIRMED], async (order, manager) => {
      const lines = await this.linesOf(manager, order.id);
      await new Allowances(manager).apply(
        order.retailerId,
        order.month,
        order.cycle,
        lines.map((line) => ({ productId: line.productId, cartons: -heldCartons(line, order.status) })),
      );
      await addSalesFacts(
        manager,
        order,
        lines.filter((line) => line.confirmed !== null).map((line) => ({ line, confirmed: -line.confirmed! })),
      );
      Object.assign(order, { status: OrderStatus.CANCELLED, cancelReason: reason });
      await publishEvent(manager, OrderCancelled, { refs: orderRefs(order), payload: { ...orderRef(order), reason } });
    });
  }

  /** The read-back in both languages, from the lines as they now stand. */
  async readBack(order: Order): Promise<ReadBack> {
    const lines = await this.context.loaders.manyBy(OrderLine, 'orderId', { lineNo: 'ASC' }).load(order.id);
    const products = await this.context.loaders.byId(Product).loadMany(lines.map((line) => line.productId));
    const retailer = await this.context.loaders.byId(OrderRetailer).load(order.retailerId);
    return readBackText(
      retailer?.shopName ?? '',
      lines.map((line, index) => {
        const product = products[index];
        return {
          shortName: product instanceof Product ? product.shortName : line.productName,
          cartons: line.confirmed ?? line.ordered,
          unitPriceFen: line.unitPriceFen,
        };
      }),
    );
  }

  /** A state change under the order's row lock, from one of the allowed statuses. */
  change(orderId: string, from: OrderStatus[], apply: (order: Order, manager: EntityManager) => Promise<void>): Promise<Order> {
    return this.context.transaction(async (manager) => {
      const order = await orderScope.lock(manager, this.context, orderId);
      if (!from.includes(order.status)) {
        throw new ConflictError(`Order ${orderId} is ${order.status}; this needs ${from.join(' or ')}`, {
          field: 'status',
          rule: 'transition',
        });
      }
      await apply(order, manager);
      return manager.save(order);
    });
  }

  linesOf(manager: EntityManager, orderId: string): Promise<OrderLine[]> {
    return manager.find(OrderLine, { where: { orderId }, order: { lineNo: 'ASC' } });
  }

  /** Account managers take orders at the shop only: VISIT. */
  private requireChannelAllowed(channel: OrderChannel) {
    const identity = this.context.access.signedIn;
    if (identity.kind === 'staff' && identity.role === 'ACCOUNT_MANAGER' && channel !== OrderChannel.VISIT) {
      throw new ForbiddenError('Account managers place VISIT orders only', { field: 'channel', rule: 'visit_only' });
    }
  }

  private async activeRetailer(manager: EntityManager, retailerId: string): Promise<OrderRetailer> {
    const retailer = await manager.findOneBy(OrderRetailer, { id: retailerId });
    if (!retailer || !orderRetailerScope.visible(retailer, this.context)) {
      throw InvalidInputError.of('retailerId', 'exists', `retailerId ${retailerId} is no retailer known to orders in your territories`);
    }
    if (retailer.status !== 'ACTIVE') {
      throw InvalidInputError.of(
        'retailerId',
        'active',
        `retailerId: ${retailer.shopName} is ${retailer.status}; only ACTIVE retailers may order`,
      );
    }
    return retailer;
  }

  private async activeProducts(manager: EntityManager, productIds: string[]): Promise<Map<string, Product>> {
    const products = new Map((await manager.findBy(Product, { id: In(productIds) })).map((product) => [product.id, product]));
    productIds.forEach((id, index) => {
      const product = products.get(id);
      if (!product)
        throw InvalidInputError.of(`lines.${index}.productId`, 'exists', `lines.${index}.productId ${id} is no product of the catalogue`);
      if (!product.active)
        throw InvalidInputError.of(`lines.${index}.productId`, 'active', `lines.${index}.productId: ${product.fullName} is no longer sold`);
    });
    return products;
  }

  private async answerDraft(manager: EntityManager, draftId: string, order: Order): Promise<void> {
    const draft = await manager.findOne(OrderDraft, { where: { id: draftId }, lock: { mode: 'pessimistic_write' } });
    if (!draft || draft.retailerId !== order.retailerId) {
      throw InvalidInputError.of('draftId', 'exists', `draftId ${draftId} is no draft of this retailer`);
    }
    if (draft.status !== DraftStatus.OPEN)
      throw new ConflictError(`Draft ${draftId} is ${draft.status}`, { field: 'draftId', rule: 'open' });
    await manager.update(OrderDraft, { id: draftId }, { status: DraftStatus.PLACED, orderId: order.id });
  }
}
