import { EventEnvelope, eventsSubscriptionResolver, refId, type Context } from '@fieldloop/platform';
import { Authorized, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { RetailerReference } from '../federated/retailer.reference';
import { StaffMemberReference } from '../federated/staff-member.reference';
import { TerritoryReference } from '../federated/territory.reference';
import { Order } from '../order/order.entity';
import { ORDERS_EVENTS, ORDERS_READ } from '../permissions';

@ObjectType({ description: 'Something that happened in the orders service (see docs/events.md for each type)' })
export class OrderEvent extends EventEnvelope {}

export const OrderEventsSubscription = eventsSubscriptionResolver({
  source: 'orders',
  type: OrderEvent,
  permission: ORDERS_EVENTS,
  exampleType: 'orders.exception.raised',
});

@Resolver(() => OrderEvent)
export class OrderEventResolver {
  @Authorized(ORDERS_READ)
  @FieldResolver(() => Order, { nullable: true })
  order(@Root() event: OrderEvent, @Ctx() context: Context): Promise<Order | undefined> | null {
    const id = refId(event, 'Order');
    return id ? context.loaders.byId(Order).load(id) : null;
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => RetailerReference, { nullable: true })
  retailer(@Root() event: OrderEvent): RetailerReference | null {
    const id = refId(event, 'Retailer');
    return id ? { id } : null;
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => TerritoryReference, { nullable: true })
  territory(@Root() event: OrderEvent): TerritoryReference | null {
    const id = refId(event, 'Territory');
    return id ? { id } : null;
  }

  @Authorized(ORDERS_READ)
  @FieldResolver(() => StaffMemberReference, { nullable: true })
  accountManager(@Root() event: OrderEvent): StaffMemberReference | null {
    const id = refId(event, 'StaffMember');
    return id ? { id } : null;
  }
}
