import type { Context } from '@fieldloop/platform';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Case } from './case.entity';

/**
 * A case belongs to its territory (the retailer's); besides, whoever raised it, owns it or
 * was sent a copy sees it wherever it is (a clerk's question to a driver has no territory).
 */
export const caseInScope = (context: Context) => (row: Case) => {
  const me = context.access.staffMemberId;
  return (
    context.access.allowsTerritory(row.territoryId) ||
    (!!me && (row.assigneeId === me || row.reporterId === me || row.copiedIds.includes(me)))
  );
};

/** Narrows a case query (alias `c`) to the caller's scope, as caseInScope reads it. */
export function restrictCases<T extends ObjectLiteral>(context: Context, query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const me = context.access.staffMemberId;
  if (!me) return context.access.restrict(query, 'c.territory_id');
  return context.access.restrict(
    query.setParameter('scopeMe', me),
    'c.territory_id',
    (inScope) => `(${inScope} OR c.assignee_id = :scopeMe OR c.reporter_id = :scopeMe OR :scopeMe = ANY(c.copied_ids))`,
  );
}
