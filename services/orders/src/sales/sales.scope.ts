import { territoryScoped, type Context } from '@fieldloop/platform';
import { OrderTerritory } from '../federated/order-territory.entity';

/** A territory, as orders knows it, is its own scope. */
export const orderTerritoryScope = territoryScoped(OrderTerritory, 'id');

/** An account manager's figures belong to themselves and to whoever sees one of their territories. */
export const accountManagerInScope = (context: Context, staffMemberId: string, territories: OrderTerritory[]): boolean =>
  context.access.staffMemberId === staffMemberId || territories.some((territory) => orderTerritoryScope.visible(territory, context));
