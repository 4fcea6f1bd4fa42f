import type { GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray, type PubSub } from 'type-graphql';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import gql from 'graphql-tag';
import type { Context } from './context';
import type { ConsumerDefinition } from './events/consumer';
import type { EventDefinition } from './events/event';
import type { JobDefinition } from './jobs';
import { ConsumerCursor, OutboxEvent } from './events/outbox';

type EntityClass = new (...args: never[]) => { id: string };

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
  references: Record<string, EntityClass>;
  orphanedTypes?: Function[];
  /** Every event type the service publishes: the catalogue in docs/events.md. */
  events?: EventDefinition[];
  /** Durable consumers of the event log that keep the service's projections. */
  consumers?: ConsumerDefinition[];
  /** Scheduled work; each tick runs in exactly one replica. */
  jobs?: JobDefinition[];
}

/** The service's entities plus the platform's own tables in its schema (outbox, cursors). */
export const entitiesOf = (definition: SubgraphDefinition): Function[] => [...definition.entities, OutboxEvent, ConsumerCursor];

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
  });
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, entity] of Object.entries(definition.references)) {
    resolvers[typeName] = {
      ...resolvers[typeName],
      __resolveReference: (reference: { id: string }, context: Context) => context.loaders.byId(entity).load(reference.id),
    };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}

export async function printSubgraphSdl(definition: SubgraphDefinition): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(definition));
}
