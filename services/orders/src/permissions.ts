import type { ServicePermissions } from '@fieldloop/platform';

export const ORDERS_READ = 'orders:read';
export const ORDERS_WRITE = 'orders:write';
export const ORDERS_MANAGE = 'orders:manage';
export const ORDERS_DELIVER = 'orders:deliver';
export const ORDERS_EVENTS = 'orders:events';

/**
 * What the orders service lets each role do (role names are customers' StaffRole values).
 * Everything is limited to the caller's territories as well; a driver further to the
 * deliveries assigned to them, an account manager to VISIT orders.
 */
export const ORDERS_PERMISSIONS: ServicePermissions<'orders'> = {
  [ORDERS_READ]: {
    description: 'Read the catalogue, orders, quotas, deliveries and sales facts',
    roles: ['ADMIN', 'SUPERVISOR', 'ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER'],
  },
  [ORDERS_WRITE]: {
    description: 'Place, confirm (回馈) and cancel orders; account managers place VISIT orders only',
    roles: ['ADMIN', 'ORDER_CLERK', 'ACCOUNT_MANAGER'],
  },
  [ORDERS_MANAGE]: {
    description: 'Keep the catalogue, quota rules, per-retailer quotas and product limits; send orders out for delivery',
    roles: ['ADMIN', 'ORDER_CLERK'],
  },
  [ORDERS_DELIVER]: { description: 'Record the delivery of an order assigned to you', roles: ['ADMIN', 'DELIVERY_DRIVER'] },
  [ORDERS_EVENTS]: {
    // Not drivers: they see only the deliveries assigned to them, and the stream is by territory.
    description: 'Subscribe to orders events',
    roles: ['ADMIN', 'SUPERVISOR', 'ACCOUNT_MANAGER', 'ORDER_CLERK'],
  },
};
