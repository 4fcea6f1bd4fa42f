import { rowScope } from '@fieldloop/platform';
import { Case } from './case.entity';

/**
 * A case belongs to its territory (the retailer's); besides, whoever raised it, owns it or
 * was sent a copy sees it wherever it is (a clerk's question to a driver has no territory).
 */
export const caseScope = rowScope(Case, {
  visible: (row, context) => {
    const me = context.access.staffMemberId;
    return (
      context.access.allowsTerritory(row.territoryId) ||
      (!!me && (row.assigneeId === me || row.reporterId === me || row.copiedIds.includes(me)))
    );
  },
  restrict: (query, context) => {
    const me = context.access.staffMemberId;
    const territory = `${query.alias}.territory_id`;
    if (!me) return context.access.restrict(query, territory);
    const alias = query.alias;
    return context.access.restrict(
      query.setParameter('scopeMe', me),
      territory,
      (inScope) =>
        `(${inScope} OR ${alias}.assignee_id = :scopeMe OR ${alias}.reporter_id = :scopeMe OR :scopeMe = ANY(${alias}.copied_ids))`,
    );
  },
});
