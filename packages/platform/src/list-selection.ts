import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { createParameterDecorator } from 'type-graphql';

/** What a query selects of one connection field: the page does only that work. */
export interface ListSelection {
  /** `totalCount` is asked for: only then is the COUNT run. */
  totalCount: boolean;
  /** `edges` or `pageInfo` is asked for: only then is the page read. */
  page: boolean;
  /** The GraphQL fields selected on `edges.node`, by name (aliases and fragments resolved). */
  nodeFields: ReadonlySet<string>;
}

const childrenOf = (tree: ResolveTree | undefined): ResolveTree[] =>
  tree ? Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)) : [];

/**
 * Reads a connection field's selection from the resolver's info with graphql-parse-resolve-info
 * (fragments, inline fragments, aliases, @skip and @include as graphql-js applies them).
 */
export function listSelectionOf(info: GraphQLResolveInfo): ListSelection {
  const connection = childrenOf(parseResolveInfo(info) as ResolveTree | undefined);
  const named = (trees: ResolveTree[], name: string) => trees.filter((tree) => tree.name === name);
  const nodes = named(connection, 'edges').flatMap((edges) => named(childrenOf(edges), 'node'));
  return {
    totalCount: named(connection, 'totalCount').length > 0,
    page: named(connection, 'edges').length + named(connection, 'pageInfo').length > 0,
    nodeFields: new Set(nodes.flatMap(childrenOf).map((field) => field.name)),
  };
}

/** `@Selection() selection: ListSelection` in a resolver of a connection field, for `paginate`. */
export const Selection = () => createParameterDecorator(({ info }) => listSelectionOf(info));
