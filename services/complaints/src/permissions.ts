import type { ServicePermissions } from '@fieldloop/platform';

export const COMPLAINTS_READ = 'complaints:read';
export const COMPLAINTS_WRITE = 'complaints:write';
export const COMPLAINTS_MANAGE = 'complaints:manage';
export const COMPLAINTS_EVENTS = 'complaints:events';

/**
 * What the complaints service lets each role do (role names are customers' StaffRole values).
 * Every post raises and works the cases it owns; supervisors also override-close and watch the
 * loop board; administrators edit calendars and routing. Rows are limited to the caller's
 * territories, plus the cases they raised or are assigned.
 */
export const COMPLAINTS_PERMISSIONS: ServicePermissions<'complaints'> = {
  [COMPLAINTS_READ]: {
    description: 'Read cases, their timelines and escalations, the loop board, working calendars and routing rules',
    roles: ['ADMIN', 'SUPERVISOR', 'ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR'],
  },
  [COMPLAINTS_WRITE]: {
    description: 'Raise cases, acknowledge, work, answer and hand them off, add messages, confirm closing',
    roles: ['ADMIN', 'SUPERVISOR', 'ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR'],
  },
  [COMPLAINTS_MANAGE]: {
    description: 'Override-close a case with a written reason; edit working calendars and routing rules',
    roles: ['ADMIN', 'SUPERVISOR'],
  },
  [COMPLAINTS_EVENTS]: {
    description: 'Subscribe to complaints events',
    roles: ['ADMIN', 'SUPERVISOR', 'ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR'],
  },
};
