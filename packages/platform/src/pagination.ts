import { IsOptional, IsString, Max, Min } from 'class-validator';
import { ArgsType, Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidInputError } from './errors';
import type { ListSelection } from './list-selection';
import { columnsFor } from './projection';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@Directive('@shareable')
@ObjectType({ description: 'Relay page information' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field({ nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page' })
  endCursor?: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 200' })
  @Min(1)
  @Max(200)
  first: number = 20;

  @Field({ nullable: true, description: 'Return the items after this cursor' })
  @IsOptional()
  @IsString()
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * A page as `paginate` answers it: parts the query did not select are left empty (0, no
 * edges), since GraphQL never reads them; nodes hold the columns the selection needs.
 */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

type ClassOf<T> = new (...args: never[]) => T;

/** A `<Name>Connection` and `<Name>Edge` object type for a node type. */
export function ConnectionType<T>(nodeType: ClassOf<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, over all pages' })
    totalCount: number;
  }
  return ConnectionClass;
}

export interface Sort<T> {
  /**
   * The entity property to order by; ties are broken by id so the order is total. It must be
   * a NOT NULL column with a `(column, id)` index, which serves both directions.
   */
  property: keyof T & string;
  direction: SortDirection;
}

type CursorValue = string | number;

const encodeCursor = (values: [CursorValue, string]) => Buffer.from(JSON.stringify(values)).toString('base64url');

function decodeCursor(cursor: string): [CursorValue, string] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === 2 && ['string', 'number'].includes(typeof values[0]) && typeof values[1] === 'string') {
      return values as [CursorValue, string];
    }
  } catch {
    // fall through to the error below
  }
  throw InvalidInputError.of('after', 'cursor', 'after must be a cursor returned by this list');
}

/** The raw column carrying each row's sort value as PostgreSQL prints it. */
const KEYSET_VALUE = 'keyset_value';

/**
 * Keyset pagination over a filtered query: stable under inserts, and as fast on page 500
 * as on page 1 (no OFFSET): `(sort column, id) > (cursor)` walks the `(column, id)` index.
 * It does what the selection asks and no more: the COUNT only for `totalCount`, the page
 * only for `edges` or `pageInfo`, and only the columns the selected node fields need.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  sort: Sort<T>,
  selection: ListSelection,
): Promise<Connection<T>> {
  const alias = query.alias;
  const metadata = query.expressionMap.mainAlias!.metadata;
  const sortColumn = metadata.findColumnWithPropertyPath(sort.property);
  // A NULL in a row comparison makes it NULL: the rows after it would never be reached.
  if (!sortColumn || sortColumn.isNullable)
    throw new Error(`${metadata.name}.${sort.property} must be a NOT NULL column to sort a keyset page by`);
  const column = `${alias}.${sort.property}`;
  const count = selection.totalCount ? countOf(query.clone()) : Promise.resolve(0);
  if (!selection.page) return { edges: [], totalCount: await count, pageInfo: { hasNextPage: false } };
  const comparison = sort.direction === SortDirection.ASC ? '>' : '<';
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    query.andWhere(`(${column}, ${alias}.id) ${comparison} (:cursorValue, :cursorId)`, { cursorValue: value, cursorId: id });
  }
  const columns = columnsFor(metadata, selection.nodeFields);
  if (columns) query.select([...new Set(['id', sort.property, ...columns])].map((property) => `${alias}.${property}`));
  // The sort value as text, not as parsed: a JavaScript Date would drop a timestamp's microseconds.
  query
    .addSelect(`${query.escape(alias)}.${query.escape(sortColumn.databaseName)}::text`, KEYSET_VALUE)
    .orderBy(column, sort.direction)
    .addOrderBy(`${alias}.id`, sort.direction)
    .limit(page.first + 1);
  const [{ entities, raw }, totalCount] = await Promise.all([query.getRawAndEntities<Record<string, string>>(), count]);
  const hasNextPage = entities.length > page.first;
  const edges = entities.slice(0, page.first).map((node, index) => ({ node, cursor: encodeCursor([raw[index][KEYSET_VALUE], node.id]) }));
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor } };
}

/** COUNT(*) on the page's filter: the list queries join nothing, so no DISTINCT is needed. */
async function countOf(query: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const row = await query.select('COUNT(*)', 'count').getRawOne<{ count: string }>();
  return Number(row?.count ?? 0);
}
