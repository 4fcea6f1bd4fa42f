import {
  ConnectionType,
  type Context,
  IdempotencyKey,
  type Idempotent,
  type ListSelection,
  PageArgs,
  paginate,
  Reads,
  Selection,
  SortDirection,
} from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DeliveryRecord } from '../delivery/delivery-record.entity';
import { RetailerReference } from '../federated/retailer.reference';
import { StaffMemberReference } from '../federated/staff-member.reference';
import { TerritoryReference } from '../federated/territory.reference';
import { OrderRetailer } from '../federated/order-retailer.entity';
import { ORDERS_MANAGE, ORDERS_READ, ORDERS_WRITE } from '../permissions';
import { OrderDraft } from './order-draft.entity';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { DraftStatus } from './order.enums';
import { CancelOrderInput, ConfirmOrderInput, OrdersArgs, PlaceOrderInput } from './order.inputs';
import { orderScope } from './order.scope';
import { OrderService } from './order.service';

export const OrderConnection = ConnectionType(Order, 'Order');

@ObjectType({ description: 'What the clerk reads back to the retailer (回馈), in both languages' })
export class OrderReadBack {
  @Field()
  zhCN: string;

  @Field()
  en: string;
}

@Resolver(() => Order)
export class OrderResolver {
  @Authorized(ORDERS_READ)
  @Query(() => Order)
  order(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Order> {
    return new OrderService(context).get(id);
  }

  @Authorized(ORDERS_READ)
  @Query(() => OrderConnection, {
    description: 'Orders, newest first, in the caller’s territories (a driver: the deliveries assigned to them)',
  })
  orders(@Args() args: OrdersArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    return new OrderService(context).list(args, selection);
  }

  @Authorized(ORDERS_WRITE)
  @Mutation(() => Order, {
    description:
      'Takes an order within the retailer’s quota and product limits; a retry with the same idempotencyKey answers with the same order',
  })
  placeOrder(@Arg('input') input: PlaceOrderInput, @IdempotencyKey() idempotent: Idempotent, @Ctx() context: Context): Promise<Order> {
    return idempotent(Order, () => new OrderService(context).place(input));
  }

  @Authorized(ORDERS_WRITE)
  @Mutation(() => Order, { description: 'Records that the order was read back to the retailer (回馈): who, how, when' })
  confirmOrder(@Arg('input') input: ConfirmOrderInput, @Ctx() context: Context): Promise<Order> {
    return new OrderService(context).confirm(input);
  }

  @Authorized(ORDERS_WRITE)
  @Mutation(() => Order, { description: 'Cancels an order not yet out for delivery; its allowance is given back' })
  cancelOrder(@Arg('input') input: CancelOrderInput, @Ctx() context: Context): Promise<Order> {
    return new OrderService(context).cancel(input);
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => [OrderLine])
  @Reads('id')
  lines(@Root() order: Order, @Ctx() context: Context): Promise<OrderLine[]> {
    return context.loaders.manyBy(OrderLine, 'orderId', { lineNo: 'ASC' }).load(order.id);
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => OrderReadBack, { description: 'The read-back (回馈): "好的！10条翻盖玉溪，共计…元"' })
  readBack(@Root() order: Order, @Ctx() context: Context): Promise<OrderReadBack> {
    return new OrderService(context).readBack(order);
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => [DeliveryRecord], { description: 'Each delivery as the driver recorded it, first first' })
  @Reads('id')
  deliveries(@Root() order: Order, @Ctx() context: Context): Promise<DeliveryRecord[]> {
    return context.loaders.manyBy(DeliveryRecord, 'orderId', { attempt: 'ASC' }).load(order.id);
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => RetailerReference)
  @Reads('retailerId')
  retailer(@Root() order: Order): RetailerReference {
    return { id: order.retailerId };
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => String, { description: 'The shop’s name as orders knows it (no call to customers)' })
  @Reads('retailerId')
  async shopName(@Root() order: Order, @Ctx() context: Context): Promise<string> {
    return (await context.loaders.byId(OrderRetailer).load(order.retailerId))?.shopName ?? '';
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => TerritoryReference)
  @Reads('territoryId')
  territory(@Root() order: Order): TerritoryReference {
    return { id: order.territoryId };
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => StaffMemberReference, { nullable: true })
  @Reads('accountManagerId')
  accountManager(@Root() order: Order): StaffMemberReference | null {
    return order.accountManagerId ? { id: order.accountManagerId } : null;
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => StaffMemberReference, { nullable: true })
  @Reads('driverId')
  driver(@Root() order: Order): StaffMemberReference | null {
    return order.driverId ? { id: order.driverId } : null;
  }
}

@Resolver(() => OrderDraft)
export class OrderDraftResolver {
  @Authorized(ORDERS_MANAGE)
  @Query(() => [OrderDraft], { description: 'Order intents from visits waiting for the clerk’s call back, oldest first' })
  orderDrafts(@Arg('status', () => DraftStatus, { defaultValue: DraftStatus.OPEN }) status: DraftStatus, @Ctx() context: Context) {
    const query = context.dataSource.getRepository(OrderDraft).createQueryBuilder('draft').where('draft.status = :status', { status });
    return context.access.restrict(query, 'draft.territoryId').orderBy('draft.createdAt', 'ASC').limit(500).getMany();
  }

  @Authorized(ORDERS_MANAGE)
  @FieldResolver(() => RetailerReference)
  retailer(@Root() draft: OrderDraft): RetailerReference {
    return { id: draft.retailerId };
  }
}

/** Orders of a customers retailer; null without orders:read. */
@Resolver(() => RetailerReference)
export class RetailerOrdersResolver {
  @Authorized(ORDERS_READ)
  @FieldResolver(() => OrderConnection, { nullable: true, description: 'Orders of this retailer, newest first (from orders)' })
  orders(@Root() retailer: RetailerReference, @Args() page: PageArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    const query = context.dataSource.getRepository(Order).createQueryBuilder('o').where('o.retailerId = :id', { id: retailer.id });
    return paginate(orderScope.restrict(query, context), page, { property: 'placedAt', direction: SortDirection.DESC }, selection);
  }
}
