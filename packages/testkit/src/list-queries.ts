import { buildFederatedSchema, type RunningSubgraph, type SqlStatement, type SubgraphDefinition } from '@fieldloop/platform';
import { getNamedType, isObjectType } from 'graphql';
import type { GraphQLClient } from './graphql-client';
import { describePlan, explain, sortsSeqScan } from './query-plans';

/** Every field of a subgraph that returns a connection, as `Type.field` (Query.retailers, Territory.retailers…). */
export async function connectionFields(definition: SubgraphDefinition): Promise<string[]> {
  const schema = await buildFederatedSchema(definition);
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
        .map((field) => `${type.name}.${field.name}`),
    );
}

/** What one request made a subgraph send to PostgreSQL, and its answer. */
export async function sqlOf<T>(subgraph: RunningSubgraph, client: GraphQLClient, query: string, variables?: Record<string, unknown>) {
  let data: T | undefined;
  const statements = await subgraph.database.statements.record(async () => {
    data = await client.request<T>(query, variables);
  });
  return { data: data as T, statements };
}

/** The statements that read rows of `table` (schema-qualified or not), leaving out COUNTs. */
export const readsOf = (statements: SqlStatement[], table: string): SqlStatement[] =>
  statements.filter(
    ({ query }) =>
      /^\s*SELECT/i.test(query) && new RegExp(`FROM\\s+("?\\w+"?\\.)?"?${table}"?[\\s]`, 'i').test(`${query} `) && !/COUNT\(/i.test(query),
  );

/** The statements that count rows of `table`. */
export const countsOf = (statements: SqlStatement[], table: string): SqlStatement[] =>
  statements.filter(({ query }) => /COUNT\(/i.test(query) && new RegExp(`FROM\\s+("?\\w+"?\\.)?"?${table}"?[\\s]`, 'i').test(`${query} `));

interface PageShape {
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** A list's first page and the page after it (`$after`), each with the SQL it ran. */
export async function firstTwoPages<T>(
  subgraph: RunningSubgraph,
  client: GraphQLClient,
  pageOf: (data: T) => PageShape,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const first = await sqlOf<T>(subgraph, client, query, variables);
  const { endCursor, hasNextPage } = pageOf(first.data).pageInfo;
  if (!hasNextPage) throw new Error('the list has a single page: add rows so the next page is read too');
  return [first, await sqlOf<T>(subgraph, client, query, { ...variables, after: endCursor })];
}

/**
 * The plan of each request's read of `table`, and whether it reads and sorts the whole table
 * (`sortsWholeTable` is then a description of the plan and the statement, false otherwise).
 */
export async function pagePlans(subgraph: RunningSubgraph, table: string, requests: { statements: SqlStatement[] }[]) {
  const plans = [];
  for (const { statements } of requests) {
    const [read] = readsOf(statements, table);
    if (!read) throw new Error(`no read of ${table} among ${statements.map((statement) => statement.query).join('; ')}`);
    const plan = await explain(subgraph.database.dataSource, read);
    plans.push({ plan, sortsWholeTable: sortsSeqScan(plan, table) && `${describePlan(plan)} for ${read.query}` });
  }
  return plans;
}
