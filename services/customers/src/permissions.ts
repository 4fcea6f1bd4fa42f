import { auditPermissions, type ServicePermissions } from '@fieldloop/platform';
import { StaffRole } from './staff/staff-member.enums';

const { ADMIN, SUPERVISOR, ACCOUNT_MANAGER, ORDER_CLERK, DELIVERY_DRIVER, MARKET_INSPECTOR } = StaffRole;

export const CUSTOMERS_READ = 'customers:read';
export const CUSTOMERS_READ_PERSONAL = 'customers:read-personal';
export const CUSTOMERS_WRITE = 'customers:write';
export const CUSTOMERS_MANAGE = 'customers:manage';
export const CUSTOMERS_EVENTS = 'customers:events';
export const API_KEYS_MANAGE = 'api-keys:manage';

/** What the customers service lets each role do; every read is limited to the caller's territories. */
export const CUSTOMERS_PERMISSIONS: ServicePermissions<'customers'> = {
  [CUSTOMERS_READ]: {
    description: 'Read retailers, territories, regions, staff and the catalogues',
    roles: [ADMIN, SUPERVISOR, ACCOUNT_MANAGER, ORDER_CLERK, DELIVERY_DRIVER, MARKET_INSPECTOR],
  },
  [CUSTOMERS_READ_PERSONAL]: {
    description: "Read the customer file's personal group (birthday, interests, personality)",
    roles: [ADMIN, SUPERVISOR, ACCOUNT_MANAGER],
  },
  [CUSTOMERS_WRITE]: {
    description: 'Create and change retailers, assess credit and contribution',
    roles: [ADMIN, SUPERVISOR, ACCOUNT_MANAGER],
  },
  [CUSTOMERS_MANAGE]: { description: 'Create and change regions, territories and staff', roles: [ADMIN] },
  [CUSTOMERS_EVENTS]: { description: 'Subscribe to customers events', roles: [ADMIN, SUPERVISOR, ACCOUNT_MANAGER, MARKET_INSPECTOR] },
  [API_KEYS_MANAGE]: { description: 'Issue, list and revoke partner API keys', roles: [ADMIN] },
  ...auditPermissions,
};
