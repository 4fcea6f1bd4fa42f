import { type ListSelection, PageArgs, paginate, requireMonth, Selection, SortDirection, type Context } from '@fieldloop/platform';
import { IsISO8601, IsOptional } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import { VISITS_READ } from '../permissions';
import { VisitPlan } from '../plan/visit-plan.entity';
import { visitFigures, VisitFigures } from './visit-figures.service';
import { Visit } from './visit.entity';
import { VisitConnection } from './visit.resolver';
import { RetailerReference } from '../federated/retailer.reference';
import { StaffMemberReference } from '../federated/staff-member.reference';
import { hasRoutes, requireAccountManagerInScope } from '../route/route.scope';
import { planScope } from '../plan/visit-plan.scope';
import { visitScope } from './visit.scope';

@ArgsType()
class PlanRangeArgs {
  @Field({ nullable: true, description: 'From this day, YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @Field({ nullable: true, description: 'Up to this day, YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

/*
 * Fields visits adds to customers' entities are nullable: a caller without visits:read, or
 * asking about someone outside their scope, gets null and an error on that field while the
 * retailer or staff member customers answered stays.
 */

/** Fields visits adds to customers' retailers: their visits, newest first. */
@Resolver(() => RetailerReference)
export class RetailerVisitsResolver {
  @Authorized(VISITS_READ)
  @FieldResolver(() => VisitConnection, { nullable: true, description: 'Visits to this retailer, newest first (from visits)' })
  visits(@Root() retailer: RetailerReference, @Args() page: PageArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    const query = context.dataSource.getRepository(Visit).createQueryBuilder('visit').where('visit.retailerId = :id', { id: retailer.id });
    return paginate(visitScope.restrict(query, context), page, { property: 'createdAt', direction: SortDirection.DESC }, selection);
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => Visit, { nullable: true, description: 'The latest completed or started visit (from visits)' })
  async lastVisit(@Root() retailer: RetailerReference, @Ctx() context: Context): Promise<Visit | undefined> {
    const visit = await context.loaders.latestBy(Visit, 'retailerId', 'checkInAt', 'row.checkInAt IS NOT NULL').load(retailer.id);
    return visit && visitScope.visible(visit, context) ? visit : undefined;
  }
}

/** Fields visits adds to customers' staff members: plans and the month's figures. */
@Resolver(() => StaffMemberReference)
export class StaffMemberVisitsResolver {
  @Authorized(VISITS_READ)
  @FieldResolver(() => [VisitPlan], { nullable: true, description: "This account manager's visit plans, newest day first (from visits)" })
  async visitPlans(@Root() member: StaffMemberReference, @Args() range: PlanRangeArgs, @Ctx() context: Context): Promise<VisitPlan[]> {
    const query = planScope.restrict(
      context.dataSource.getRepository(VisitPlan).createQueryBuilder('plan').where('plan.accountManagerId = :id', { id: member.id }),
      context,
    );
    if (range.from) query.andWhere('plan.planDate >= :from', { from: range.from });
    if (range.to) query.andWhere('plan.planDate <= :to', { to: range.to });
    return query.orderBy('plan.planDate', 'DESC').limit(366).getMany();
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => VisitFigures, {
    nullable: true,
    description:
      'The attendance, records and visit satisfaction section of the monthly scorecard, with the figures that stand out from the team; null for staff without routes, who are not account managers (from visits)',
  })
  async visitFigures(
    @Root() member: StaffMemberReference,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Ctx() context: Context,
  ): Promise<VisitFigures | null> {
    // Zeros would chart a clerk or a driver as an account manager who visited no one.
    requireMonth(month);
    if (!(await hasRoutes(context, member.id))) return null;
    await requireAccountManagerInScope(context, member.id);
    return visitFigures(context, member.id, month);
  }
}
