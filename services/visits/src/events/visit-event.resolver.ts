import { EventEnvelope, eventsSubscriptionResolver, refId, type Context } from '@fieldloop/platform';
import { Authorized, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { VISITS_EVENTS, VISITS_READ } from '../permissions';
import { VisitPlan } from '../plan/visit-plan.entity';
import { Visit } from '../visit/visit.entity';
import { RetailerReference } from '../federated/retailer.reference';
import { StaffMemberReference } from '../federated/staff-member.reference';

@ObjectType({ description: 'Something that happened in the visits service (see docs/events.md for each type)' })
export class VisitEvent extends EventEnvelope {}

export const VisitEventsSubscription = eventsSubscriptionResolver({
  source: 'visits',
  type: VisitEvent,
  permission: VISITS_EVENTS,
  exampleType: 'visits.visit.flagged',
});

@Resolver(() => VisitEvent)
export class VisitEventResolver {
  @Authorized(VISITS_READ)
  @FieldResolver(() => Visit, { nullable: true })
  visit(@Root() event: VisitEvent, @Ctx() context: Context): Promise<Visit | undefined> | null {
    const id = event.payload.visitId;
    return typeof id === 'string' ? context.loaders.byId(Visit).load(id) : null;
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => VisitPlan, { nullable: true })
  plan(@Root() event: VisitEvent, @Ctx() context: Context): Promise<VisitPlan | undefined> | null {
    const id = event.payload.planId;
    return typeof id === 'string' ? context.loaders.byId(VisitPlan).load(id) : null;
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => RetailerReference, { nullable: true })
  retailer(@Root() event: VisitEvent): RetailerReference | null {
    const id = refId(event, 'Retailer');
    return id ? { id } : null;
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => StaffMemberReference, { nullable: true })
  accountManager(@Root() event: VisitEvent): StaffMemberReference | null {
    const id = refId(event, 'StaffMember');
    return id ? { id } : null;
  }
}
