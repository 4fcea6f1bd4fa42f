import { AUDIT_READ } from '../audit/audit-trail.resolver';
import type { Permission } from './access';

/**
 * Every service's permission names, in one place every service can import without depending
 * on the others: customers checks partner API key scopes against it, and each service's
 * declarations must name exactly its own (the compiler and the start check both hold them to
 * it). A new service is one line here.
 */
export const PERMISSION_NAMES = {
  customers: [
    'customers:read',
    'customers:read-personal',
    'customers:write',
    'customers:manage',
    'customers:events',
    'api-keys:manage',
    AUDIT_READ,
  ],
  visits: ['visits:read', 'visits:write', 'visits:review', 'visits:events'],
  orders: ['orders:read', 'orders:write', 'orders:manage', 'orders:deliver', 'orders:events'],
  complaints: ['complaints:read', 'complaints:write', 'complaints:manage', 'complaints:events'],
} as const;

export type ServiceName = keyof typeof PERMISSION_NAMES;

export type PermissionName<S extends ServiceName = ServiceName> = (typeof PERMISSION_NAMES)[S][number];

/** What a service declares: every one of its permission names, no other, with roles and a description. */
export type ServicePermissions<S extends ServiceName> = Record<PermissionName<S>, Permission>;

/** Every permission any service declares: what a partner API key may carry as scopes. */
export const ALL_PERMISSION_NAMES: readonly PermissionName[] = Object.values(PERMISSION_NAMES).flat();

/** The names a service is registered with, or an error saying where to register it. */
export function registeredPermissionNames(service: string): readonly string[] {
  const names = (PERMISSION_NAMES as Record<string, readonly string[]>)[service];
  if (!names) throw new Error(`${service}: list its permission names in PERMISSION_NAMES (packages/platform/src/auth/permission-names.ts)`);
  return names;
}
