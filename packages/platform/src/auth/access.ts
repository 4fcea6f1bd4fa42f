import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Identity } from './identity';

/** `@Authorized(PUBLIC)`: callable without signing in (sign-in itself). */
export const PUBLIC = 'public';

/** One thing a service lets callers do, and the staff roles that may. */
export interface Permission {
  description: string;
  roles: readonly string[];
}

/**
 * A service's permissions by name, `<service>:<action>` (e.g. `visits:write`). Staff get them
 * through their role; a partner key lists the ones it carries as scopes.
 */
export type Permissions = Record<string, Permission>;

let scopeParameter = 0;

/**
 * What the caller of one request may do and see. Resolvers declare permissions with
 * `@Authorized('visits:write')`; services narrow their reads and writes to `territories`.
 */
export class Access {
  constructor(
    readonly identity: Identity | undefined,
    private readonly permissions: Permissions,
  ) {}

  /** The caller, or UNAUTHENTICATED. */
  get signedIn(): Identity {
    if (!this.identity) throw new UnauthenticatedError();
    return this.identity;
  }

  can(permission: string): boolean {
    if (permission === PUBLIC) return true;
    const identity = this.identity;
    if (!identity) return false;
    if (identity.kind === 'partner') return identity.scopes.includes(permission);
    return this.permissions[permission]?.roles.includes(identity.role) ?? false;
  }

  /** Passes when the caller holds any of the permissions; otherwise UNAUTHENTICATED or FORBIDDEN naming them. */
  require(...permissions: string[]): void {
    if (permissions.some((permission) => this.can(permission))) return;
    const identity = this.signedIn;
    const who = identity.kind === 'partner' ? 'This API key' : `The ${identity.role} role`;
    throw new ForbiddenError(`${who} does not have ${permissions.join(' or ')}`, { permissions });
  }

  /** `@Authorized(...permissions)`: any of them; none named means any signed-in caller. */
  authorize(permissions: readonly string[]): void {
    if (permissions.length) this.require(...permissions);
    else void this.signedIn;
  }

  /** The territories in scope, or undefined for every territory. */
  get territoryIds(): string[] | undefined {
    const territories = this.signedIn.territories;
    return territories === '*' ? undefined : territories;
  }

  allowsTerritory(territoryId: string | null | undefined): boolean {
    const ids = this.territoryIds;
    return !ids || (!!territoryId && ids.includes(territoryId));
  }

  /** The caller's own staff id, when a staff member is asking. */
  get staffMemberId(): string | undefined {
    return this.identity?.kind === 'staff' ? this.identity.subjectId : undefined;
  }

  /**
   * Narrows a query to rows whose `column` (e.g. `retailer.territoryId`) is in scope; an
   * empty scope matches nothing. Every list of territory-owned rows goes through here.
   * `around` places the test inside a larger condition, for rows that belong to territories
   * through others (a plan through its stops: `EXISTS (… AND ${inScope})`).
   */
  restrict<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    column: string,
    around: (inScope: string) => string = (inScope) => inScope,
  ): SelectQueryBuilder<T> {
    const ids = this.territoryIds;
    if (!ids) return query;
    if (ids.length === 0) return query.andWhere('1 = 0');
    const parameter = `scopeTerritories${++scopeParameter}`;
    return query.andWhere(around(`${column} IN (:...${parameter})`), { [parameter]: ids });
  }
}

/**
 * type-graphql's authChecker: `@Authorized(...permissions)` passes when any is held;
 * `@Authorized()` when anyone is signed in.
 */
export const authChecker: AuthCheckerFn<Context, string> = ({ context }, permissions) => {
  context.access.authorize(permissions);
  return true;
};
