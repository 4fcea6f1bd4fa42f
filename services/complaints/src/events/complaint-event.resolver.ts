import { EventEnvelope, subscribeToEvents, toEnvelope, type Context, type DomainEvent } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, FieldResolver, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { Case } from '../case/case.entity';
import { caseInScope } from '../case/case.scope';
import { COMPLAINTS_EVENTS, COMPLAINTS_READ } from '../permissions';

@ObjectType({ description: 'Something that happened in the complaints service (see docs/events.md for each type)' })
export class ComplaintEvent extends EventEnvelope {}

@Resolver(() => ComplaintEvent)
export class ComplaintEventResolver {
  @Authorized(COMPLAINTS_EVENTS)
  @Subscription(() => ComplaintEvent, {
    subscribe: subscribeToEvents('complaints'),
    description:
      'Complaints events (opened, acknowledged, responded, closed, reopened, escalated, deadline approaching): replays those after `after`, then continues live',
  })
  complaintsEvents(
    @Root() event: DomainEvent,
    @Arg('after', () => String, { nullable: true, description: 'Resume after this cursor; omit to start from now' }) _after?: string,
    @Arg('types', () => [String], { nullable: true, description: 'Only these event types, e.g. complaints.case.escalated' })
    _types?: string[],
  ): ComplaintEvent {
    return toEnvelope(event);
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => Case, { nullable: true, description: 'The case as it is now' })
  async case(@Root() event: ComplaintEvent, @Ctx() context: Context): Promise<Case | null> {
    const id = event.payload.caseId;
    const row = typeof id === 'string' ? await context.loaders.byId(Case).load(id) : undefined;
    return row && caseInScope(context)(row) ? row : null;
  }
}
