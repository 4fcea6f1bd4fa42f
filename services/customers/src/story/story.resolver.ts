import { ConnectionType, type Context, type ListSelection, PageArgs, paginate, Reads, Selection, SortDirection } from '@fieldloop/platform';
import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CUSTOMERS_READ } from '../permissions';
import { Retailer } from '../retailer/retailer.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { CaseStub } from '../federated/case.reference';
import { OrderStub } from '../federated/order.reference';
import { VisitStub } from '../federated/visit.reference';
import { StoryEntry } from './story-entry.entity';

export const StoryConnection = ConnectionType(StoryEntry, 'Story');

@Resolver(() => Retailer)
export class RetailerStoryResolver {
  // The retailer itself is already scoped (an account manager of another territory never gets it).
  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => StoryConnection, { description: 'What happened with this retailer, newest first, from every service' })
  @Reads('id')
  story(@Root() retailer: Retailer, @Args() page: PageArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    const query = context.dataSource.getRepository(StoryEntry).createQueryBuilder('s').where('s.retailerId = :id', { id: retailer.id });
    return paginate(query, page, { property: 'occurredAt', direction: SortDirection.DESC }, selection);
  }
}

@Resolver(() => StoryEntry)
export class StoryEntryResolver {
  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => StaffMember, { nullable: true, description: 'Who did it, when a staff member did' })
  @Reads('actorId')
  actor(@Root() entry: StoryEntry, @Ctx() context: Context): Promise<StaffMember | undefined> | undefined {
    return entry.actorId ? context.loaders.byId(StaffMember).load(entry.actorId) : undefined;
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => VisitStub, { nullable: true, description: 'The visit it happened on (from visits)' })
  @Reads('visitId')
  visit(@Root() entry: StoryEntry): VisitStub | null {
    return entry.visitId ? { id: entry.visitId } : null;
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => OrderStub, { nullable: true, description: 'The order it is about (from orders)' })
  @Reads('orderId')
  order(@Root() entry: StoryEntry): OrderStub | null {
    return entry.orderId ? { id: entry.orderId } : null;
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => CaseStub, { nullable: true, description: 'The case it is about (from complaints)' })
  @Reads('caseId')
  case(@Root() entry: StoryEntry): CaseStub | null {
    return entry.caseId ? { id: entry.caseId } : null;
  }
}
