import { type Context, InvalidInputError, type ListSelection, PageArgs, paginate, Selection, SortDirection } from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, Field, Float, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { RetailerReference } from '../federated/retailer.reference';
import { StaffMemberReference } from '../federated/staff-member.reference';
import { VisitReference } from '../federated/visit.reference';
import { COMPLAINTS_READ } from '../permissions';
import { CaseEntry } from './case-entry.entity';
import { Case } from './case.entity';
import { CaseConnection } from './case.resolver';
import { caseScope } from './case.scope';
import { Escalation } from './escalation.entity';

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

@ObjectType({ description: "A staff member's month in the communication loop (for the scorecard)" })
export class LoopFigures {
  @Field(() => Int, { description: 'Cases they raised' })
  raised: number;

  @Field(() => Int, { description: 'Cases assigned to them that were answered this month' })
  answered: number;

  @Field(() => Float, { nullable: true, description: 'Share of those answered within the respond deadline (null: none answered)' })
  answeredWithinDeadlineShare: number | null;

  @Field(() => Int, { description: 'Escalations of cases assigned to them' })
  escalations: number;

  @Field(() => Float, { nullable: true, description: 'Average satisfaction of their cases closed this month' })
  averageSatisfaction: number | null;

  @Field(() => Int, { description: 'Market leads they raised' })
  marketLeadsRaised: number;

  @Field(() => Int, { description: 'Of those, closed (followed up by the inspector)' })
  marketLeadsClosed: number;
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
    description: 'Cases raised, answered in time, escalations, satisfaction, market leads in a month (from complaints)',
  })
  async loopFigures(
    @Root() member: StaffMemberReference,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Ctx() context: Context,
  ): Promise<LoopFigures> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw InvalidInputError.of('month', 'matches', 'month must be YYYY-MM');
    // Months are company months (Asia/Shanghai).
    const from = `${month}-01T00:00:00+08:00`;
    const inMonth = (column: string) => `${column} >= :from::timestamptz AND ${column} < :from::timestamptz + interval '1 month'`;
    const mine = 'c.assignee_id = :id';
    const raisedByThem = 'c.reporter_id = :id';
    const figures: Record<string, string | null> | undefined = await caseScope
      .restrict(context.dataSource.getRepository(Case).createQueryBuilder('c'), context)
      .select(`count(*) FILTER (WHERE ${raisedByThem} AND ${inMonth('c.created_at')})`, 'raised')
      .addSelect(`count(*) FILTER (WHERE ${mine} AND ${inMonth('c.first_answered_at')})`, 'answered')
      .addSelect(`count(*) FILTER (WHERE ${mine} AND ${inMonth('c.first_answered_at')} AND c.respond_breached_at IS NULL)`, 'intime')
      .addSelect(`avg(c.satisfaction) FILTER (WHERE ${mine} AND ${inMonth('c.closed_at')})`, 'satisfaction')
      .addSelect(`count(*) FILTER (WHERE ${raisedByThem} AND c.kind = 'MARKET_LEAD' AND ${inMonth('c.created_at')})`, 'leads')
      .addSelect(
        `count(*) FILTER (WHERE ${raisedByThem} AND c.kind = 'MARKET_LEAD' AND c.status = 'CLOSED' AND ${inMonth('c.created_at')})`,
        'leadsclosed',
      )
      .addSelect(
        `(SELECT count(*) FROM escalation e WHERE e.case_id IN (SELECT id FROM loop_case WHERE assignee_id = :id) AND e.level > 0 AND ${inMonth('e.fired_at')})`,
        'escalations',
      )
      .setParameters({ id: member.id, from })
      .getRawOne();
    if (!figures) throw new Error('an aggregate query returned no row');
    const answered = Number(figures.answered);
    return {
      raised: Number(figures.raised),
      answered,
      answeredWithinDeadlineShare: answered ? Number(figures.intime) / answered : null,
      escalations: Number(figures.escalations),
      averageSatisfaction: figures.satisfaction === null ? null : Math.round(Number(figures.satisfaction) * 100) / 100,
      marketLeadsRaised: Number(figures.leads),
      marketLeadsClosed: Number(figures.leadsclosed),
    };
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
