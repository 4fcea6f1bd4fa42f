import type { ServicePermissions } from '@fieldloop/platform';

export const VISITS_READ = 'visits:read';
export const VISITS_WRITE = 'visits:write';
export const VISITS_REVIEW = 'visits:review';
export const VISITS_EVENTS = 'visits:events';

/**
 * What the visits service lets each role do (role names are customers' StaffRole values).
 * Everything is limited to the caller's territories as well.
 */
export const VISITS_PERMISSIONS: ServicePermissions<'visits'> = {
  [VISITS_READ]: {
    description: 'Read plans, visits, findings, flags, work logs and monthly reports',
    roles: ['ADMIN', 'SUPERVISOR', 'ACCOUNT_MANAGER', 'ORDER_CLERK', 'MARKET_INSPECTOR'],
  },
  [VISITS_WRITE]: {
    description: 'Plan routes, check in and out, record findings, keep promises, annotate reports',
    roles: ['ADMIN', 'ACCOUNT_MANAGER'],
  },
  [VISITS_REVIEW]: { description: 'Approve or return submitted visit plans', roles: ['ADMIN', 'SUPERVISOR'] },
  [VISITS_EVENTS]: { description: 'Subscribe to visits events', roles: ['ADMIN', 'SUPERVISOR', 'ACCOUNT_MANAGER', 'MARKET_INSPECTOR'] },
};
