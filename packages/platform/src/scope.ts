import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from './context';
import { lockById } from './database';
import type { EntityReference } from './subgraph';

/**
 * Which rows of one entity the caller may see, declared once (`<feature>.scope.ts`) and used on
 * every path to them: lookups, locks, lists and federation references. A row outside the
 * scope answers as a missing one does (NOT_FOUND, or null through `_entities`): its
 * existence is not told.
 */
export interface RowScope<
  T extends ObjectLiteral & { id: string },
  Visible extends boolean | Promise<boolean> = boolean | Promise<boolean>,
> {
  readonly entity: new (...args: never[]) => T;
  /** Whether the caller may see this row (synchronous when the row alone tells). */
  visible(row: T, context: Context): Visible;
  /** Narrows a query whose main alias is this entity to the rows the caller may see. */
  restrict<Q extends ObjectLiteral>(query: SelectQueryBuilder<Q>, context: Context): SelectQueryBuilder<Q>;
  /** The row by id through the request's loader, or NOT_FOUND. */
  load(context: Context, id: string): Promise<T>;
  /**
   * The row by id locked until the transaction of `manager` ends, or NOT_FOUND. Only for scopes
   * that read nothing but the row: a scope that reads other rows would take a second connection
   * while the transaction holds one.
   */
  lock(manager: EntityManager, context: Context, id: string): Promise<T>;
  /** The rows of `rows` the caller may see, in their order. */
  filter(rows: T[], context: Context): Promise<T[]>;
  /** This entity as a federation reference (`references` of the subgraph), under `authorized`. */
  reference(authorized: readonly string[]): EntityReference<T>;
}

export function rowScope<T extends ObjectLiteral & { id: string }, Visible extends boolean | Promise<boolean>>(
  entity: new (...args: never[]) => T,
  rules: Pick<RowScope<T, Visible>, 'visible' | 'restrict'>,
): RowScope<T, Visible> {
  const visible = rules.visible;
  return {
    entity,
    visible,
    restrict: rules.restrict,
    load: (context, id) => context.loaders.loadOrFail(entity, id, (row) => visible(row, context)),
    lock: (manager, context, id) => lockById(manager, entity, id, (row) => visible(row, context)),
    filter: async (rows, context) => {
      const shown = await Promise.all(rows.map((row) => visible(row, context)));
      return rows.filter((_, index) => shown[index]);
    },
    reference: (authorized) => ({ entity, authorized, visible }),
  };
}

/** Rows that belong to the territory in their `territoryColumn` (a territory: its own `id`). */
export function territoryScoped<T extends ObjectLiteral & { id: string }, K extends keyof T & string>(
  entity: new (...args: never[]) => T,
  territoryColumn: K & (T[K] extends string | null ? K : never),
): RowScope<T, boolean> {
  return rowScope(entity, {
    visible: (row, context) => context.access.allowsTerritory(row[territoryColumn] as string | null),
    restrict: (query, context) => context.access.restrict(query, `${query.alias}.${territoryColumn}`),
  });
}
