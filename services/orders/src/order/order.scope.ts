import type { Context } from '@fieldloop/platform';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Order } from './order.entity';

const DRIVER = 'DELIVERY_DRIVER';

/** A driver's own id when the caller is a driver: drivers see only the deliveries assigned to them. */
export const driverOnly = (context: Context): string | undefined =>
  context.access.identity?.kind === 'staff' && context.access.identity.role === DRIVER ? context.access.identity.subjectId : undefined;

/** Orders' row scope, declared once: the order's territory, and for a driver their own deliveries. */
export const orderInScope = (context: Context) => (order: Order) => {
  const driverId = driverOnly(context);
  return context.access.allowsTerritory(order.territoryId) && (!driverId || order.driverId === driverId);
};

/** Narrows an order query (`alias`) to the caller's scope, as orderInScope does for one row. */
export function restrictOrders<T extends ObjectLiteral>(
  context: Context,
  query: SelectQueryBuilder<T>,
  alias = 'o',
): SelectQueryBuilder<T> {
  const driverId = driverOnly(context);
  if (driverId) query.andWhere(`${alias}.driverId = :scopeDriverId`, { scopeDriverId: driverId });
  return context.access.restrict(query, `${alias}.territoryId`);
}
