import { EventEnvelope, refId, subscribeToEvents, toEnvelope, type Context, type DomainEvent } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, FieldResolver, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { RetailerReference, StaffMemberReference, TerritoryReference } from '../federated/federated-types';
import { Order } from '../order/order.entity';
import { ORDERS_EVENTS, ORDERS_READ } from '../permissions';

@ObjectType({ description: 'Something that happened in the orders service (see docs/events.md for each type)' })
export class OrderEvent extends EventEnvelope {}

@Resolver(() => OrderEvent)
export class OrderEventResolver {
  @Authorized(ORDERS_EVENTS)
  @Subscription(() => OrderEvent, {
    subscribe: subscribeToEvents('orders'),
    description: 'Orders events: replays those after `after` (a cursor), then continues live, in log order, each once',
  })
  ordersEvents(
    @Root() event: DomainEvent,
    @Arg('after', () => String, { nullable: true, description: 'Resume after this cursor; omit to start from now' }) _after?: string,
    @Arg('types', () => [String], { nullable: true, description: 'Only these event types, e.g. orders.exception.raised' })
    _types?: string[],
  ): OrderEvent {
    return toEnvelope(event);
  }

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
