import { EventEnvelope, eventsSubscriptionResolver, type Context } from '@fieldloop/platform';
import { Authorized, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { caseScope } from '../case/case.scope';
import { COMPLAINTS_EVENTS, COMPLAINTS_READ } from '../permissions';

@ObjectType({ description: 'Something that happened in the complaints service (see docs/events.md for each type)' })
export class ComplaintEvent extends EventEnvelope {}

export const ComplaintEventsSubscription = eventsSubscriptionResolver({
  source: 'complaints',
  type: ComplaintEvent,
  permission: COMPLAINTS_EVENTS,
  exampleType: 'complaints.case.escalated',
});

@Resolver(() => ComplaintEvent)
export class ComplaintEventResolver {
  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => Case, { nullable: true, description: 'The case as it is now' })
  async case(@Root() event: ComplaintEvent, @Ctx() context: Context): Promise<Case | null> {
    const id = event.payload.caseId;
    const row = typeof id === 'string' ? await context.loaders.byId(Case).load(id) : undefined;
    return row && caseScope.visible(row, context) ? row : null;
  }
}
