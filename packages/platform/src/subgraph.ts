import type { GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage, type NonEmptyArray, type PubSub } from 'type-graphql';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import gql from 'graphql-tag';
import { authChecker, PUBLIC, type Permissions } from './auth/access';
import { registeredPermissionNames } from './auth/permission-names';
import type { Context } from './context';
import type { ConsumerDefinition } from './events/consumer';
import type { EventDefinition } from './events/event';
import type { JobDefinition } from './jobs';
import { ConsumerCursor, OutboxEvent } from './events/outbox';
import { expireIdempotencyKeys } from './idempotency/expire-idempotency-keys.job';
import { IdempotencyKeyRecord } from './idempotency/idempotency-key.entity';
import { guardArguments, isId } from './input-guard';

/**
 * A federation entity this subgraph resolves. `authorized` is what `@Authorized(...)` is to an
 * operation: the permissions (any of them) a caller needs to resolve a reference, `[]` for
 * any signed-in caller; other services reach these rows through `_entities`, past every
 * root operation. `visible` tells whether the caller may see a row: an `_entities` lookup
 * of one they may not resolves to null, the same as an id that does not exist. A row
 * scope's `reference(authorized)` (scope.ts) makes one.
 */
export interface EntityReference<T extends { id: string } = { id: string }> {
  entity: new (...args: never[]) => T;
  authorized: readonly string[];
  visible?: (row: T, context: Context) => boolean | Promise<boolean>;
}

/** Everything the platform needs to know about one service; its `src/index.ts` declares it. */
export interface SubgraphDefinition {
  /** Service name: also its PostgreSQL schema and the prefix of its environment variables. */
  name: string;
  defaultPort: number;
  resolvers: NonEmptyArray<Function>;
  /** TypeORM entities of this service's own schema. */
  entities: Function[];
  /** Migration classes, oldest first. */
  migrations: Function[];
  /**
   * Federation entities this subgraph owns, by GraphQL type name: the platform resolves
   * `_entities` references to them through the per-request id DataLoader.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry has its own row type
  references: Record<string, EntityReference<any>>;
  /**
   * What callers may do here, by permission name (`<service>:<action>`), and which staff
   * roles hold each; resolvers name them in `@Authorized(...)`. docs/access.md lists them.
   */
  permissions: Permissions;
  orphanedTypes?: Function[];
  /** Every event type the service publishes: the catalogue in docs/events.md. */
  events?: EventDefinition[];
  /** Durable consumers of the event log that keep the service's projections. */
  consumers?: ConsumerDefinition[];
  /** Scheduled work; each tick runs in exactly one replica. */
  jobs?: JobDefinition[];
}

/** The service's entities plus the platform's own tables in its schema (outbox, cursors, idempotency keys). */
export const entitiesOf = (definition: SubgraphDefinition): Function[] => [
  ...definition.entities,
  OutboxEvent,
  ConsumerCursor,
  IdempotencyKeyRecord,
];

/** The service's jobs plus the platform's own upkeep of its schema. */
export const jobsOf = (definition: SubgraphDefinition): JobDefinition[] => [
  ...(definition.jobs ?? []),
  expireIdempotencyKeys(definition.name),
];

export function defineSubgraph(definition: SubgraphDefinition): SubgraphDefinition {
  return definition;
}

/**
 * type-graphql wants a PubSub as soon as a schema has a subscription, even when every
 * subscription brings its own `subscribe`. Ours all read the durable event log
 * (subscribeToEvents), so an in-memory topic would lose events: this one refuses.
 */
const EVENT_LOG_ONLY: PubSub = {
  publish() {
    throw new Error('publish events with publishEvent inside the transaction, not through a PubSub');
  },
  subscribe() {
    throw new Error('subscriptions read the event log: use subscribe: subscribeToEvents(source)');
  },
};

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/**
 * type-graphql classes → Federation 2 subgraph schema. Needs no server and no database, so
 * composition and SDL printing run anywhere.
 */
export async function buildFederatedSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    skipCheck: true,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    pubSub: EVENT_LOG_ONLY,
    authChecker,
  });
  assertEverythingAuthorized(definition);
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  guardArguments(schema, resolvers);
  for (const [typeName, { entity, authorized, visible }] of Object.entries(definition.references as Record<string, EntityReference>)) {
    resolvers[typeName] = {
      ...resolvers[typeName],
      __resolveReference: async (reference: { id: unknown }, context: Context) => {
        context.access.authorize(authorized);
        // A representation naming no possible row is answered like a row that does not exist.
        if (!isId(reference.id)) return null;
        const row = await context.loaders.byId(entity).load(reference.id);
        return row && (!visible || (await visible(row, context))) ? row : null;
      },
    };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}

const typeNameOf = (target: Function) => getMetadataStorage().objectTypes.find((type) => type.target === target)?.name ?? target.name;

/**
 * Everything of the service a caller can reach, as `Type.field` with the permissions it declares
 * (undefined when it declares none): queries, mutations and subscriptions; every field
 * resolver, on its own types and on other services' entities alike (the gateway reaches those
 * through `_entities`, past every root operation); and its entity references.
 */
function guardsOf(definition: SubgraphDefinition): { name: string; roles: readonly string[] | undefined }[] {
  const storage = getMetadataStorage();
  const ours = <T extends { target: Function }>(handlers: T[]) =>
    handlers.filter((handler) => definition.resolvers.includes(handler.target));
  const kinds = [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const;
  return [
    ...kinds.flatMap(([kind, handlers]) =>
      ours(handlers).map((handler) => ({ name: `${kind}.${handler.schemaName}`, roles: handler.roles })),
    ),
    ...ours(storage.fieldResolvers).map((field) => {
      const objectType = storage.resolverClasses.find((resolver) => resolver.target === field.target)?.getObjectType?.();
      return { name: `${objectType ? typeNameOf(objectType as Function) : '?'}.${field.schemaName}`, roles: field.roles };
    }),
    ...Object.entries(definition.references).map(([typeName, reference]) => ({
      name: `_entities(${typeName})`,
      roles: reference.authorized,
    })),
  ];
}

/**
 * Deny by default: a query, mutation, subscription or field resolver without
 * `@Authorized(...)`, or a reference without `authorized`, stops the service from starting,
 * so nothing is ever left open by forgetting it.
 */
function assertEverythingAuthorized(definition: SubgraphDefinition): void {
  const declared = new Set(Object.keys(definition.permissions));
  const guards = guardsOf(definition);
  const open = guards.filter((guard) => !guard.roles).map((guard) => guard.name);
  if (open.length)
    throw new Error(
      `${definition.name}: every operation and field resolver needs @Authorized(...) (PUBLIC for sign-in); missing on ${open.join(', ')}`,
    );
  const unknown = guards.flatMap((guard) => (guard.roles ?? []).filter((permission) => permission !== PUBLIC && !declared.has(permission)));
  if (unknown.length)
    throw new Error(`${definition.name}: @Authorized names permissions the service does not declare: ${[...new Set(unknown)].join(', ')}`);
  const registered = registeredPermissionNames(definition.name);
  const unregistered = [...declared].filter((name) => !registered.includes(name));
  const undeclared = registered.filter((name) => !declared.has(name));
  if (unregistered.length || undeclared.length) {
    throw new Error(
      `${definition.name}: its permissions must be those PERMISSION_NAMES lists for it; not listed: ${unregistered.join(', ') || '-'}, not declared: ${undeclared.join(', ') || '-'}`,
    );
  }
}

/** The key under which permissionUses lists `@Authorized()` (any signed-in caller). */
export const SIGNED_IN = '(signed in)';

/**
 * What each permission guards in a service: its operations (`Mutation.checkIn`), field
 * resolvers (`StaffMember.visitPlans`), references (`_entities(Retailer)`) and guarded entity
 * fields (`Retailer.personal`), for docs/access.md.
 */
export async function permissionUses(definition: SubgraphDefinition): Promise<Map<string, string[]>> {
  await buildFederatedSchema(definition);
  const storage = getMetadataStorage();
  const uses = new Map<string, string[]>();
  const add = (roles: readonly unknown[] | undefined, name: string) => {
    for (const permission of roles?.length ? (roles as string[]) : roles ? [SIGNED_IN] : [])
      uses.set(permission, [...(uses.get(permission) ?? []), name]);
  };
  for (const guard of guardsOf(definition)) add(guard.roles, guard.name);
  for (const field of storage.authorizedFields.filter((candidate) => definition.entities.includes(candidate.target))) {
    add(field.roles, `${typeNameOf(field.target)}.${field.fieldName}`);
  }
  return uses;
}

export async function printSubgraphSdl(definition: SubgraphDefinition): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(definition));
}
