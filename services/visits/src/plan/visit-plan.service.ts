import { randomUUID } from 'node:crypto';
import {
  companyToday,
  ConflictError,
  type Connection,
  type Context,
  InvalidInputError,
  type ListSelection,
  lockById,
  NotFoundError,
  paginate,
  publishEvent,
  SortDirection,
  ref,
} from '@fieldloop/platform';
import { In, type EntityManager } from 'typeorm';
import { RouteRetailer } from '../federated/route-retailer.entity';
import { RouteTerritory } from '../federated/route-territory.entity';
import { Visit } from '../visit/visit.entity';
import { VisitStatus } from '../visit/visit.enums';
import { VisitPlan } from './visit-plan.entity';
import { PlanApproved, PlanReturned, PlanSubmitted } from './visit-plan.events';
import type { CreateVisitPlanInput, ReviewVisitPlanInput, VisitPlansArgs } from './visit-plan.inputs';
import { planDateViolation } from './visit-plan.rules';
import { accountManagerInScope } from '../route/route.scope';
import { planIdInScope, planScope } from './visit-plan.scope';
import { PlanStatus } from './visit-plan.enums';

/** A plan's events name its account manager and the territories of its stops (their scope). */
async function planRefs(manager: EntityManager, plan: VisitPlan) {
  const stops = await manager.find(Visit, { where: { planId: plan.id }, order: { sequence: 'ASC' } });
  const territories = [...new Set(stops.map((stop) => stop.territoryId))].map((id) => ref('Territory', id));
  return { refs: [ref('StaffMember', plan.accountManagerId), ...territories], stops };
}

export class VisitPlanService {
  constructor(private readonly context: Context) {}

  async get(id: string): Promise<VisitPlan> {
    return planScope.load(this.context, id);
  }

  list({ filter = {}, ...page }: VisitPlansArgs, selection: ListSelection): Promise<Connection<VisitPlan>> {
    const query = planScope.restrict(this.context.dataSource.getRepository(VisitPlan).createQueryBuilder('plan'), this.context);
    if (filter.accountManagerId) query.andWhere('plan.accountManagerId = :accountManagerId', { accountManagerId: filter.accountManagerId });
    if (filter.statuses?.length) query.andWhere('plan.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.from) query.andWhere('plan.planDate >= :from', { from: filter.from });
    if (filter.to) query.andWhere('plan.planDate <= :to', { to: filter.to });
    return paginate(query, page, { property: 'planDate', direction: SortDirection.DESC }, selection);
  }

  /**
   * Drafts a plan. Every stop must be an active retailer of the account manager's own
   * territories, as visits' projection of customers knows them (no call to customers).
   */
  async create(input: CreateVisitPlanInput): Promise<VisitPlan> {
    InvalidInputError.throwIfAny(planDateViolation(input.planDate, companyToday()));
    if (!(await accountManagerInScope(this.context, input.accountManagerId))) {
      throw InvalidInputError.of(
        'accountManagerId',
        'scope',
        'accountManagerId must be yourself or an account manager of your territories',
      );
    }
    return this.context.transaction(async (manager) => {
      const retailers = await this.plannable(
        manager,
        input.accountManagerId,
        input.stops.map((stop) => stop.retailerId),
      );
      const seen = new Set<string>();
      const violations = input.stops.flatMap((stop, index) => {
        const field = `stops.${index}.retailerId`;
        if (seen.has(stop.retailerId))
          return [{ field, rule: 'unique', message: `${field}: retailer ${stop.retailerId} is already on this route` }];
        seen.add(stop.retailerId);
        return retailers.has(stop.retailerId)
          ? []
          : [
              {
                field,
                rule: 'territory',
                message: `${field}: retailer ${stop.retailerId} is not an active retailer of this account manager's territories`,
              },
            ];
      });
      if (violations.length) throw new InvalidInputError(violations);
      // One plan a day: a second one names the first, so a phone that lost the answer can
      // carry on with it (the unique index still settles a race, without the id).
      const existing = await manager.findOneBy(VisitPlan, { accountManagerId: input.accountManagerId, planDate: input.planDate });
      if (existing) {
        throw new ConflictError(`The account manager already has plan ${existing.id} for ${input.planDate}`, {
          field: 'accountManagerId.planDate',
          rule: 'unique',
          existingId: existing.id,
        });
      }

      const plan = await manager.save(
        manager.create(VisitPlan, {
          id: randomUUID(),
          accountManagerId: input.accountManagerId,
          planDate: input.planDate,
          status: PlanStatus.DRAFT,
        }),
      );
      await manager.save(
        input.stops.map((stop, index) =>
          manager.create(Visit, {
            ...stop,
            id: randomUUID(),
            planId: plan.id,
            accountManagerId: input.accountManagerId,
            territoryId: retailers.get(stop.retailerId)!.territoryId,
            sequence: index + 1,
            plannedFor: input.planDate,
            status: VisitStatus.PLANNED,
            stock: [],
            nonChannelSightings: [],
            orderIntent: [],
            cases: [],
          }),
        ),
      );
      return plan;
    });
  }

  submit(planId: string): Promise<VisitPlan> {
    return this.transition(planId, [PlanStatus.DRAFT, PlanStatus.RETURNED], async (plan, manager) => {
      plan.status = PlanStatus.SUBMITTED;
      plan.submittedAt = new Date();
      const { refs, stops } = await planRefs(manager, plan);
      await publishEvent(manager, PlanSubmitted, {
        refs,
        payload: {
          planId,
          accountManagerId: plan.accountManagerId,
          planDate: plan.planDate,
          retailerIds: stops.map((visit) => visit.retailerId),
        },
      });
    });
  }

  approve(input: ReviewVisitPlanInput): Promise<VisitPlan> {
    const { planId } = input;
    const reviewerId = this.reviewerOf(input);
    return this.transition(planId, [PlanStatus.SUBMITTED], async (plan, manager) => {
      Object.assign(plan, { status: PlanStatus.APPROVED, reviewedById: reviewerId, reviewedAt: new Date(), reviewComment: null });
      await publishEvent(manager, PlanApproved, {
        refs: (await planRefs(manager, plan)).refs,
        payload: { planId, accountManagerId: plan.accountManagerId, planDate: plan.planDate, reviewerId },
      });
    });
  }

  return(input: ReviewVisitPlanInput): Promise<VisitPlan> {
    const { planId, comment } = input;
    if (!comment?.trim())
      throw InvalidInputError.of('comment', 'required', 'comment is required when returning a plan: say what to change');
    const reviewerId = this.reviewerOf(input);
    return this.transition(planId, [PlanStatus.SUBMITTED], async (plan, manager) => {
      Object.assign(plan, { status: PlanStatus.RETURNED, reviewedById: reviewerId, reviewedAt: new Date(), reviewComment: comment });
      await publishEvent(manager, PlanReturned, {
        refs: (await planRefs(manager, plan)).refs,
        payload: { planId, accountManagerId: plan.accountManagerId, planDate: plan.planDate, reviewerId, comment },
      });
    });
  }

  /** The reviewer is the signed-in supervisor unless the input names one (an admin recording a review). */
  private reviewerOf({ reviewerId }: ReviewVisitPlanInput): string {
    const reviewer = reviewerId ?? this.context.access.staffMemberId;
    if (!reviewer) throw InvalidInputError.of('reviewerId', 'required', 'reviewerId is required when no staff member is signed in');
    return reviewer;
  }

  private async transition(
    planId: string,
    from: PlanStatus[],
    apply: (plan: VisitPlan, manager: EntityManager) => Promise<void>,
  ): Promise<VisitPlan> {
    if (!(await planIdInScope(this.context, planId))) throw new NotFoundError('VisitPlan', planId);
    return this.context.transaction(async (manager) => {
      const plan = await lockById(manager, VisitPlan, planId);
      if (!from.includes(plan.status)) {
        throw new ConflictError(`VisitPlan ${planId} is ${plan.status}; this needs ${from.join(' or ')}`, {
          field: 'status',
          rule: 'transition',
        });
      }
      await apply(plan, manager);
      return manager.save(plan);
    });
  }

  private async plannable(manager: EntityManager, accountManagerId: string, retailerIds: string[]): Promise<Map<string, RouteRetailer>> {
    const territories = await manager.findBy(RouteTerritory, { accountManagerId });
    if (!territories.length) return new Map();
    const retailers = await manager.findBy(RouteRetailer, {
      id: In(retailerIds),
      territoryId: In(territories.map((territory) => territory.id)),
      status: 'ACTIVE',
    });
    return new Map(retailers.map((retailer) => [retailer.id, retailer]));
  }
}
