import { EventEnvelope, eventsSubscriptionResolver, refId, type Context } from '@fieldloop/platform';
import { Authorized, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { CUSTOMERS_EVENTS, CUSTOMERS_READ } from '../permissions';
import { Retailer } from '../retailer/retailer.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { Territory } from '../territory/territory.entity';

@ObjectType({ description: 'Something that happened in the customers service (see docs/events.md for each type)' })
export class CustomerEvent extends EventEnvelope {}

export const CustomerEventsSubscription = eventsSubscriptionResolver({
  source: 'customers',
  type: CustomerEvent,
  permission: CUSTOMERS_EVENTS,
  exampleType: 'customers.retailer.created',
});

@Resolver(() => CustomerEvent)
export class CustomerEventResolver {
  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => Retailer, { nullable: true, description: 'The retailer the event is about, as it is now' })
  retailer(@Root() event: CustomerEvent, @Ctx() context: Context): Promise<Retailer | undefined> | null {
    const id = refId(event, 'Retailer');
    return id ? context.loaders.byId(Retailer).load(id) : null;
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => Territory, { nullable: true })
  territory(@Root() event: CustomerEvent, @Ctx() context: Context): Promise<Territory | undefined> | null {
    const id = refId(event, 'Territory');
    return id ? context.loaders.byId(Territory).load(id) : null;
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => StaffMember, { nullable: true })
  staffMember(@Root() event: CustomerEvent, @Ctx() context: Context): Promise<StaffMember | undefined> | null {
    const id = refId(event, 'StaffMember');
    return id ? context.loaders.byId(StaffMember).load(id) : null;
  }
}
