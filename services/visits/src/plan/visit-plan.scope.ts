import { rowScope, type Context } from '@fieldloop/platform';
import { Visit } from '../visit/visit.entity';
import { VisitPlan } from './visit-plan.entity';

/**
 * A plan belongs to the territories of its stops: the caller sees it when one stop is theirs.
 * It reads the stops on a connection of its own, so a mutation asks it before opening its
 * transaction (by id: loading the plan would leave a stale copy in the request's loader).
 */
export async function planIdInScope(context: Context, planId: string): Promise<boolean> {
  if (!context.access.territoryIds) return true;
  const stops = await context.loaders.manyBy(Visit, 'planId').load(planId);
  return stops.some((stop) => context.access.allowsTerritory(stop.territoryId));
}

export const planScope = rowScope(VisitPlan, {
  visible: (plan, context) => planIdInScope(context, plan.id),
  restrict: (query, context) =>
    context.access.restrict(
      query,
      'stop.territory_id',
      (inScope) => `EXISTS (SELECT 1 FROM visit stop WHERE stop.plan_id = ${query.alias}.id AND ${inScope})`,
    ),
});
