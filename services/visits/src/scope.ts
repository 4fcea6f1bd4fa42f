import { NotFoundError, type Context } from '@fieldloop/platform';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RouteTerritory } from './route/route-territory.entity';
import { Visit } from './visit/visit.entity';

/**
 * Visits' reading of the caller's territory scope. A visit belongs to its retailer's
 * territory; a plan to the territories of its stops; an account manager's reports and
 * figures to whoever sees one of their territories (or to themselves).
 */
export const visitInScope = (context: Context) => (visit: Visit) => context.access.allowsTerritory(visit.territoryId);

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

const routesOf = (context: Context, staffMemberId: string) =>
  context.loaders.manyBy(RouteTerritory, 'accountManagerId').load(staffMemberId);

/** Whether the staff member owns a territory: what makes an account manager, as visits sees it. */
export async function hasRoutes(context: Context, staffMemberId: string): Promise<boolean> {
  return (await routesOf(context, staffMemberId)).length > 0;
}

export async function accountManagerInScope(context: Context, accountManagerId: string): Promise<boolean> {
  if (!context.access.territoryIds || context.access.staffMemberId === accountManagerId) return true;
  const territories = await routesOf(context, accountManagerId);
  return territories.some((territory) => context.access.allowsTerritory(territory.id));
}

/** NOT_FOUND for an account manager outside the caller's scope, as for one who does not exist. */
export async function requireAccountManagerInScope(context: Context, accountManagerId: string): Promise<void> {
  if (!(await accountManagerInScope(context, accountManagerId))) throw new NotFoundError('StaffMember', accountManagerId);
}
