import type { Database, SqlStatement } from '@fieldloop/platform';

/** One node of `EXPLAIN (FORMAT JSON)`. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** The plan PostgreSQL picks for a statement a request ran, with the parameters it ran with. */
export async function explain(dataSource: Database['dataSource'], statement: SqlStatement): Promise<PlanNode> {
  const [row] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${statement.query}`, statement.parameters);
  return row['QUERY PLAN'][0].Plan;
}

const nodesOf = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];

/**
 * Whether the plan reads the whole table and sorts it: a Sort above a Seq Scan of `table`,
 * what a page with no index on its sort key does on every request.
 */
export const sortsSeqScan = (plan: PlanNode, table: string): boolean =>
  nodesOf(plan).some(
    (node) =>
      node['Node Type'] === 'Sort' && nodesOf(node).some((below) => below['Node Type'] === 'Seq Scan' && below['Relation Name'] === table),
  );

/** The indexes the plan reads. */
export const indexesIn = (plan: PlanNode): string[] => nodesOf(plan).flatMap((node) => (node['Index Name'] ? [node['Index Name']] : []));

/** A one-line summary for failure messages: `Limit > Index Scan Backward(IDX_…)`. */
export const describePlan = (plan: PlanNode): string =>
  nodesOf(plan)
    .map(
      (node) =>
        `${node['Node Type']}${node['Index Name'] ? `(${node['Index Name']})` : node['Relation Name'] ? `(${node['Relation Name']})` : ''}`,
    )
    .join(' > ');
