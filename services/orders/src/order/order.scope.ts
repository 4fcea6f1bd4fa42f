import { rowScope, type Context } from '@fieldloop/platform';
import { Order } from './order.entity';

const DRIVER = 'DELIVERY_DRIVER';

/** A driver's own id when the caller is a driver: drivers see only the deliveries assigned to them. */
export const driverOnly = (context: Context): string | undefined =>
  context.access.identity?.kind === 'staff' && context.access.identity.role === DRIVER ? context.access.identity.subjectId : undefined;

/** An order belongs to its territory; a driver sees besides only the deliveries assigned to them. */
export const orderScope = rowScope(Order, {
  visible: (order, context) => {
    const driverId = driverOnly(context);
    return context.access.allowsTerritory(order.territoryId) && (!driverId || order.driverId === driverId);
  },
  restrict: (query, context) => {
    const driverId = driverOnly(context);
    if (driverId) query.andWhere(`${query.alias}.driverId = :scopeDriverId`, { scopeDriverId: driverId });
    return context.access.restrict(query, `${query.alias}.territoryId`);
  },
});
