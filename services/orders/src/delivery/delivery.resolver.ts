import type { Context } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Order } from '../order/order.entity';
import { ORDERS_DELIVER, ORDERS_MANAGE } from '../permissions';
import { DispatchOrderInput, RecordDeliveryInput } from './delivery.inputs';
import { DeliveryService } from './delivery.service';

@Resolver()
export class DeliveryResolver {
  @Authorized(ORDERS_MANAGE)
  @Mutation(() => Order, { description: 'Sends a confirmed order out with its driver' })
  dispatchOrder(@Arg('input') input: DispatchOrderInput, @Ctx() context: Context): Promise<Order> {
    return new DeliveryService(context).dispatch(input);
  }

  @Authorized(ORDERS_DELIVER)
  @Mutation(() => Order, {
    description:
      'The driver’s record at the shop: delivered and accepted per line, a reason for each difference; a difference raises orders.exception.raised',
  })
  recordDelivery(@Arg('input') input: RecordDeliveryInput, @Ctx() context: Context): Promise<Order> {
    return new DeliveryService(context).record(input);
  }
}
