import { getMetadataStorage } from 'type-graphql';
import type { EntityMetadata } from 'typeorm';

/** What each field resolver reads of its parent, by resolver class and method name. */
const declaredReads = new Map<Function, Map<string, readonly string[]>>();

/**
 * Declares the properties a field resolver reads from its parent row (`territoryId`, an
 * embedded group `personal`, or one of its columns `personal.personalityType`), so a list page
 * that selects the field reads those columns and no others. A field resolver without it gets
 * the whole row: forgetting it costs speed, never a wrong answer.
 */
export function Reads(...properties: string[]): MethodDecorator {
  return (prototype, methodName) => {
    const resolver = prototype.constructor;
    const reads = declaredReads.get(resolver) ?? new Map<string, readonly string[]>();
    reads.set(String(methodName), properties);
    declaredReads.set(resolver, reads);
  };
}

/** Per entity: its field resolvers by GraphQL field name, with what they declared they read. */
const resolverReads = new WeakMap<Function, Map<string, readonly string[] | undefined>>();

function fieldResolversOf(entity: Function): Map<string, readonly string[] | undefined> {
  let fields = resolverReads.get(entity);
  if (!fields) {
    // Filled by type-graphql when the schema is built, before any request is served.
    const resolvers = getMetadataStorage().fieldResolvers.filter((resolver) => resolver.getObjectType?.() === entity);
    fields = new Map(resolvers.map((resolver) => [resolver.schemaName, declaredReads.get(resolver.target)?.get(resolver.methodName)]));
    resolverReads.set(entity, fields);
  }
  return fields;
}

/** The column property paths a property names: itself, or every column of an embedded group. */
function columnsOf(metadata: EntityMetadata, property: string): string[] {
  return metadata.columns
    .filter((column) => column.isSelect && (column.propertyPath === property || column.propertyPath.startsWith(`${property}.`)))
    .map((column) => column.propertyPath);
}

/**
 * The columns (property paths) a page must read to answer these GraphQL fields of its node
 * type: a field's own column or embedded group, or what its field resolver `@Reads`; undefined
 * when some field needs the whole row (a resolver that declared nothing, or a field that is
 * no column).
 */
export function columnsFor(metadata: EntityMetadata, fields: Iterable<string>): string[] | undefined {
  const resolvers = fieldResolversOf(metadata.target as Function);
  const columns = new Set<string>();
  for (const field of fields) {
    if (field === '__typename') continue;
    const reads = resolvers.has(field) ? resolvers.get(field) : [field];
    if (!reads) return undefined;
    for (const property of reads) {
      const found = columnsOf(metadata, property);
      if (found.length === 0) {
        if (resolvers.has(field)) throw new Error(`@Reads('${property}') on ${metadata.name}.${field} names no column of ${metadata.name}`);
        return undefined;
      }
      found.forEach((column) => columns.add(column));
    }
  }
  return [...columns];
}
