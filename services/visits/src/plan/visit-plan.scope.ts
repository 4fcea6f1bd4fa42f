import type { Context } from '@fieldloop/platform';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Visit } from '../visit/visit.entity';

/** A plan belongs to the territories of its stops. */
export async function planInScope(context: Context, planId: string): Promise<boolean> {
  if (!context.access.territoryIds) return true;
  const stops = await context.loaders.manyBy(Visit, 'planId').load(planId);
  return stops.some((stop) => context.access.allowsTerritory(stop.territoryId));
}

/** Narrows a plan query (alias `plan`) to plans with a stop in the caller's territories. */
export const restrictPlans = <T extends ObjectLiteral>(context: Context, query: SelectQueryBuilder<T>): SelectQueryBuilder<T> =>
  context.access.restrict(
    query,
    'stop.territory_id',
    (inScope) => `EXISTS (SELECT 1 FROM visit stop WHERE stop.plan_id = plan.id AND ${inScope})`,
  );
