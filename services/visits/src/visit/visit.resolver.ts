import { ConnectionType, type Context, IdempotencyKey, type Idempotent, type ListSelection, Reads, Selection } from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { VISITS_READ, VISITS_WRITE } from '../permissions';
import { VisitPlan } from '../plan/visit-plan.entity';
import { VisitFlag } from './visit-flag.entity';
import { VisitPromise } from './visit-promise.entity';
import { Visit } from './visit.entity';
import { CancelVisitInput, PositionInput, RecordFindingsInput, VisitsArgs } from './visit.inputs';
import { VisitService } from './visit.service';
import { RetailerReference } from '../federated/retailer.reference';
import { StaffMemberReference } from '../federated/staff-member.reference';

export const VisitConnection = ConnectionType(Visit, 'Visit');

@Resolver(() => Visit)
export class VisitResolver {
  @Authorized(VISITS_READ)
  @Query(() => Visit)
  visit(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Visit> {
    return new VisitService(context).get(id);
  }

  @Authorized(VISITS_READ)
  @Query(() => VisitConnection, { description: 'Visits, newest first, filtered (flaggedWith finds the ones to look at)' })
  visits(@Args() args: VisitsArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    return new VisitService(context).list(args, selection);
  }

  @Authorized(VISITS_WRITE)
  @Mutation(() => Visit, { description: 'Check in at the shop; distance, hours and travel speed are flagged, never refused' })
  checkIn(@Arg('input') input: PositionInput, @IdempotencyKey() idempotent: Idempotent, @Ctx() context: Context): Promise<Visit> {
    return idempotent(Visit, () => new VisitService(context).checkIn(input));
  }

  @Authorized(VISITS_WRITE)
  @Mutation(() => Visit, { description: 'Record findings during the visit; sightings and order intent are handed on' })
  recordFindings(@Arg('input') input: RecordFindingsInput, @Ctx() context: Context): Promise<Visit> {
    return new VisitService(context).recordFindings(input);
  }

  @Authorized(VISITS_WRITE)
  @Mutation(() => Visit, { description: 'Check out; the visit is complete and its length and notes are checked' })
  checkOut(@Arg('input') input: PositionInput, @IdempotencyKey() idempotent: Idempotent, @Ctx() context: Context): Promise<Visit> {
    return idempotent(Visit, () => new VisitService(context).checkOut(input));
  }

  @Authorized(VISITS_WRITE)
  @Mutation(() => Visit)
  cancelVisit(@Arg('input') input: CancelVisitInput, @Ctx() context: Context): Promise<Visit> {
    return new VisitService(context).cancel(input);
  }

  @Authorized(VISITS_WRITE)
  @Mutation(() => VisitPromise, { description: 'Mark a promise to the retailer as kept' })
  keepPromise(@Arg('promiseId', () => ID) promiseId: string, @Ctx() context: Context): Promise<VisitPromise> {
    return new VisitService(context).keepPromise(promiseId);
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => RetailerReference)
  @Reads('retailerId')
  retailer(@Root() visit: Visit): RetailerReference {
    return { id: visit.retailerId };
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => StaffMemberReference)
  @Reads('accountManagerId')
  accountManager(@Root() visit: Visit): StaffMemberReference {
    return { id: visit.accountManagerId };
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => VisitPlan, { nullable: true })
  @Reads('planId')
  plan(@Root() visit: Visit, @Ctx() context: Context): Promise<VisitPlan | undefined> | null {
    return visit.planId ? context.loaders.byId(VisitPlan).load(visit.planId) : null;
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => [VisitFlag], { description: 'What the supervisor should look at, with the reason' })
  @Reads('id')
  flags(@Root() visit: Visit, @Ctx() context: Context): Promise<VisitFlag[]> {
    return context.loaders.manyBy(VisitFlag, 'visitId', { createdAt: 'ASC' }).load(visit.id);
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => [VisitPromise])
  @Reads('id')
  promises(@Root() visit: Visit, @Ctx() context: Context): Promise<VisitPromise[]> {
    return context.loaders.manyBy(VisitPromise, 'visitId', { dueOn: 'ASC' }).load(visit.id);
  }

  @Authorized(VISITS_READ)
  @FieldResolver(() => Float, { nullable: true, description: 'Minutes between check-in and check-out' })
  @Reads('checkInAt', 'checkOutAt')
  durationMinutes(@Root() visit: Visit): number | null {
    return visit.checkInAt && visit.checkOutAt
      ? Math.round(((visit.checkOutAt.getTime() - visit.checkInAt.getTime()) / 60_000) * 10) / 10
      : null;
  }
}
