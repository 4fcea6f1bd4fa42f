import { NotFoundError, type Context } from '@fieldloop/platform';
import { RouteTerritory } from '../federated/route-territory.entity';

/**
 * An account manager's reports and figures belong to whoever sees one of their territories
 * (or to themselves).
 */
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
