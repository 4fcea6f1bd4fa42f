import { type Context, type ListSelection, PageArgs, paginate, requireMonth, Selection, SortDirection } from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OrderReference } from '../federated/order.reference';
import { RetailerReference } from '../federated/retailer.reference';
import { StaffMemberReference } from '../federated/staff-member.reference';
import { VisitReference } from '../federated/visit.reference';
import { COMPLAINTS_READ } from '../permissions';
import { CaseEntry } from './case-entry.entity';
import { Case } from './case.entity';
import { CaseConnection } from './case.resolver';
import { caseScope } from './case.scope';
import { Escalation } from './escalation.entity';
import { loopFigures, LoopFigures } from './loop-figures.service';

/*
 * Fields complaints adds to other services' entities are nullable: a caller without
 * complaints:read gets null and an error on that field while the rest stays.
 */

@Resolver(() => RetailerReference)
export class RetailerCasesResolver {
  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => CaseConnection, { nullable: true, description: 'Cases about this retailer, newest first (from complaints)' })
  cases(@Root() retailer: RetailerReference, @Args() page: PageArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    const query = context.dataSource.getRepository(Case).createQueryBuilder('c').where('c.retailerId = :id', { id: retailer.id });
    return paginate(caseScope.restrict(query, context), page, { property: 'createdAt', direction: SortDirection.DESC }, selection);
  }
}

@Resolver(() => VisitReference)
export class VisitCasesResolver {
  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => [Case], {
    nullable: true,
    description:
      'The cases opened from what was raised on this visit, each with its owner and deadline (from complaints; Visit.cases is what was raised)',
  })
  async openedCases(@Root() visit: VisitReference, @Ctx() context: Context): Promise<Case[]> {
    const rows = await context.loaders.manyBy(Case, 'visitId', { createdAt: 'ASC' }).load(visit.id);
    return caseScope.filter(rows, context);
  }
}

@Resolver(() => OrderReference)
export class OrderCasesResolver {
  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => [Case], {
    nullable: true,
    description:
      'The cases about this order (delivery differences, missing read-backs, complaints naming it), oldest first (from complaints)',
  })
  async cases(@Root() order: OrderReference, @Ctx() context: Context): Promise<Case[]> {
    // One query for every order of the request (a list of orders asks for many at once).
    const rows = await context.loaders.manyBy(Case, 'orderId', { createdAt: 'ASC' }).load(order.id);
    return caseScope.filter(rows, context);
  }
}

@Resolver(() => StaffMemberReference)
export class StaffMemberCasesResolver {
  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => [Case], {
    nullable: true,
    description: 'Open cases this person must answer, soonest deadline first (from complaints)',
  })
  async assignedCases(@Root() member: StaffMemberReference, @Ctx() context: Context): Promise<Case[]> {
    const rows = await context.loaders.manyBy(Case, 'assigneeId', { respondDueAt: 'ASC' }).load(member.id);
    return caseScope.filter(
      rows.filter((row) => row.status !== 'CLOSED'),
      context,
    );
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => LoopFigures, {
    nullable: true,
    description:
      'The market leads, case satisfaction and complaint deadline section of the monthly scorecard: cases raised, answered in time, escalations, satisfaction, market leads, with the figures that stand out from the team (from complaints)',
  })
  async loopFigures(
    @Root() member: StaffMemberReference,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Ctx() context: Context,
  ): Promise<LoopFigures> {
    return loopFigures(context, member.id, requireMonth(month));
  }
}

@Resolver(() => CaseEntry)
export class CaseEntryResolver {
  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => StaffMemberReference, { nullable: true, description: 'Who (null: the system)' })
  author(@Root() entry: CaseEntry): StaffMemberReference | null {
    return entry.authorId ? { id: entry.authorId } : null;
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => StaffMemberReference, { nullable: true })
  to(@Root() entry: CaseEntry): StaffMemberReference | null {
    return entry.toId ? { id: entry.toId } : null;
  }
}

@Resolver(() => Escalation)
export class EscalationResolver {
  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => StaffMemberReference, { nullable: true, description: 'Who it was escalated to' })
  escalatedTo(@Root() rung: Escalation): StaffMemberReference | null {
    return rung.escalatedToId ? { id: rung.escalatedToId } : null;
  }
}
