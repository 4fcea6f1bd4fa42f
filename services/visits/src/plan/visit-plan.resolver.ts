import { ConnectionType, type Context, IdempotencyKey, type Idempotent, type ListSelection, Reads, Selection } from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { VISITS_READ, VISITS_REVIEW, VISITS_WRITE } from '../permissions';
import { Visit } from '../visit/visit.entity';
import { VisitPlan } from './visit-plan.entity';
import { CreateVisitPlanInput, ReviewVisitPlanInput, VisitPlansArgs } from './visit-plan.inputs';
import { VisitPlanService } from './visit-plan.service';
import { StaffMemberReference } from '../federated/staff-member.reference';

export const VisitPlanConnection = ConnectionType(VisitPlan, 'VisitPlan');

@Resolver(() => VisitPlan)
export class VisitPlanResolver {
  @Authorized(VISITS_READ)
  @Query(() => VisitPlan)
  visitPlan(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<VisitPlan> {
    return new VisitPlanService(context).get(id);
  }

  @Authorized(VISITS_READ)
  @Query(() => VisitPlanConnection, { description: 'Visit plans, newest day first' })
  visitPlans(@Args() args: VisitPlansArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    return new VisitPlanService(context).list(args, selection);
  }

  @Authorized(VISITS_WRITE)
  @Mutation(() => VisitPlan, { description: "Draft a day's route; every retailer must be on the account manager's own territories" })
  createVisitPlan(
    @Arg('input') input: CreateVisitPlanInput,
    @IdempotencyKey() idempotent: Idempotent,
    @Ctx() context: Context,
  ): Promise<VisitPlan> {
    return idempotent(VisitPlan, () => new VisitPlanService(context).create(input));
  }

  @Authorized(VISITS_WRITE)
  @Mutation(() => VisitPlan, { description: 'Submit the plan to the supervisor (提交计划)' })
  submitVisitPlan(@Arg('planId', () => ID) planId: string, @Ctx() context: Context): Promise<VisitPlan> {
    return new VisitPlanService(context).submit(planId);
  }

  @Authorized(VISITS_REVIEW)
  @Mutation(() => VisitPlan)
  approveVisitPlan(@Arg('input') input: ReviewVisitPlanInput, @Ctx() context: Context): Promise<VisitPlan> {
    return new VisitPlanService(context).approve(input);
  }

  @Authorized(VISITS_REVIEW)
  @Mutation(() => VisitPlan, { description: 'Return the plan with a comment; the account manager changes and resubmits it' })
  returnVisitPlan(@Arg('input') input: ReviewVisitPlanInput, @Ctx() context: Context): Promise<VisitPlan> {
    return new VisitPlanService(context).return(input);
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => [Visit], { description: 'The route, in visiting order' })
  @Reads('id')
  visits(@Root() plan: VisitPlan, @Ctx() context: Context): Promise<Visit[]> {
    return context.loaders.manyBy(Visit, 'planId', { sequence: 'ASC' }).load(plan.id);
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => StaffMemberReference)
  @Reads('accountManagerId')
  accountManager(@Root() plan: VisitPlan): StaffMemberReference {
    return { id: plan.accountManagerId };
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => StaffMemberReference, { nullable: true })
  @Reads('reviewedById')
  reviewedBy(@Root() plan: VisitPlan): StaffMemberReference | null {
    return plan.reviewedById ? { id: plan.reviewedById } : null;
  }
}
