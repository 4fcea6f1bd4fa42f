import { randomUUID } from 'node:crypto';
import { ConflictError, type Connection, type Context, InvalidInputError, lockById, paginate, publishEvent, SortDirection } from '@fieldloop/platform';
import { In, type EntityManager } from 'typeorm';
import { RouteRetailer } from '../route/route-retailer.entity';
import { RouteTerritory } from '../route/route-territory.entity';
import { Visit } from '../visit/visit.entity';
import { PlanStatus, VisitStatus } from '../visit/visit.enums';
import { VisitPlan } from './visit-plan.entity';
import { PlanApproved, PlanReturned, PlanSubmitted } from './visit-plan.events';
import type { CreateVisitPlanInput, ReviewVisitPlanInput, VisitPlansArgs } from './visit-plan.inputs';

const accountManagerRef = (plan: VisitPlan) => [{ type: 'StaffMember', id: plan.accountManagerId }];

export class VisitPlanService {
  constructor(private readonly context: Context) {}

  get(id: string): Promise<VisitPlan> {
    return this.context.loaders.loadOrFail(VisitPlan, id);
  }

  list({ filter = {}, ...page }: VisitPlansArgs): Promise<Connection<VisitPlan>> {
    const query = this.context.dataSource.getRepository(VisitPlan).createQueryBuilder('plan');
    if (filter.accountManagerId) query.andWhere('plan.accountManagerId = :accountManagerId', { accountManagerId: filter.accountManagerId });
    if (filter.statuses?.length) query.andWhere('plan.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.from) query.andWhere('plan.planDate >= :from', { from: filter.from });
    if (filter.to) query.andWhere('plan.planDate <= :to', { to: filter.to });
    return paginate(query, page, { property: 'planDate', direction: SortDirection.DESC });
  }

  /**
   * Drafts a plan. Every stop must be an active retailer of the account manager's own
   * territories, as visits' projection of customers knows them (no call to customers).
   */
  create(input: CreateVisitPlanInput): Promise<VisitPlan> {
    return this.context.dataSource.transaction(async (manager) => {
      const retailers = await this.plannable(manager, input.accountManagerId, input.stops.map((stop) => stop.retailerId));
      const seen = new Set<string>();
      const violations = input.stops.flatMap((stop, index) => {
        const field = `stops.${index}.retailerId`;
        if (seen.has(stop.retailerId)) return [{ field, rule: 'unique', message: `${field}: retailer ${stop.retailerId} is already on this route` }];
        seen.add(stop.retailerId);
        return retailers.has(stop.retailerId)
          ? []
          : [{ field, rule: 'territory', message: `${field}: retailer ${stop.retailerId} is not an active retailer of this account manager's territories` }];
      });
      if (violations.length) throw new InvalidInputError(violations);

      const plan = await manager.save(
        manager.create(VisitPlan, { id: randomUUID(), accountManagerId: input.accountManagerId, planDate: input.planDate, status: PlanStatus.DRAFT }),
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
      const visits = await manager.find(Visit, { where: { planId }, order: { sequence: 'ASC' } });
      await publishEvent(manager, PlanSubmitted, {
        refs: accountManagerRef(plan),
        payload: { planId, accountManagerId: plan.accountManagerId, planDate: plan.planDate, retailerIds: visits.map((visit) => visit.retailerId) },
      });
    });
  }

  approve({ planId, reviewerId }: ReviewVisitPlanInput): Promise<VisitPlan> {
    return this.transition(planId, [PlanStatus.SUBMITTED], async (plan, manager) => {
      Object.assign(plan, { status: PlanStatus.APPROVED, reviewedById: reviewerId, reviewedAt: new Date(), reviewComment: null });
      await publishEvent(manager, PlanApproved, {
        refs: accountManagerRef(plan),
        payload: { planId, accountManagerId: plan.accountManagerId, planDate: plan.planDate, reviewerId },
      });
    });
  }

  return({ planId, reviewerId, comment }: ReviewVisitPlanInput): Promise<VisitPlan> {
    if (!comment?.trim()) throw InvalidInputError.of('comment', 'required', 'comment is required when returning a plan: say what to change');
    return this.transition(planId, [PlanStatus.SUBMITTED], async (plan, manager) => {
      Object.assign(plan, { status: PlanStatus.RETURNED, reviewedById: reviewerId, reviewedAt: new Date(), reviewComment: comment });
      await publishEvent(manager, PlanReturned, {
        refs: accountManagerRef(plan),
        payload: { planId, accountManagerId: plan.accountManagerId, planDate: plan.planDate, reviewerId, comment },
      });
    });
  }

  private transition(planId: string, from: PlanStatus[], apply: (plan: VisitPlan, manager: EntityManager) => Promise<void>): Promise<VisitPlan> {
    return this.context.dataSource.transaction(async (manager) => {
      const plan = await lockById(manager, VisitPlan, planId);
      if (!from.includes(plan.status)) {
        throw new ConflictError(`VisitPlan ${planId} is ${plan.status}; this needs ${from.join(' or ')}`, { field: 'status', rule: 'transition' });
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
