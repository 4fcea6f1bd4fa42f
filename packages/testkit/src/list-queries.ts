import { buildFederatedSchema, type RunningSubgraph, type SqlStatement, type SubgraphDefinition } from '@fieldloop/platform';
import { getNamedType, isObjectType } from 'graphql';
import type { GraphQLClient } from './graphql-client';

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
  statements.filter(({ query }) => /^\s*SELECT/i.test(query) && new RegExp(`FROM\\s+("?\\w+"?\\.)?"?${table}"?[\\s]`, 'i').test(`${query} `) && !/COUNT\(/i.test(query));

/** The statements that count rows of `table`. */
export const countsOf = (statements: SqlStatement[], table: string): SqlStatement[] =>
  statements.filter(({ query }) => /COUNT\(/i.test(query) && new RegExp(`FROM\\s+("?\\w+"?\\.)?"?${table}"?[\\s]`, 'i').test(`${query} `));
