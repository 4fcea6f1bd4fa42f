import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { Authorized, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { buildFederatedSchema, defineSubgraph, type SubgraphDefinition } from './subgraph';

/** Another service's entity, which this one extends. */
@Directive('@key(fields: "id")')
@ObjectType('Shop')
class ShopReference {
  @Field(() => ID)
  id: string;
}

@Resolver()
class ShopQueries {
  @Authorized('visits:read')
  @Query(() => ShopReference)
  shop(): ShopReference {
    return { id: 's1' };
  }
}

@Resolver(() => ShopReference)
class OpenShopFields {
  @FieldResolver(() => Number, { nullable: true })
  visitCount(@Root() shop: ShopReference): number {
    return shop.id.length;
  }
}

@Resolver(() => ShopReference)
class GuardedShopFields {
  @Authorized('visits:read')
  @FieldResolver(() => Number, { nullable: true })
  orderCount(@Root() shop: ShopReference): number {
    return shop.id.length;
  }
}

@Resolver(() => ShopReference)
class UndeclaredShopFields {
  @Authorized('visits:fly')
  @FieldResolver(() => Number, { nullable: true })
  stock(@Root() shop: ShopReference): number {
    return shop.id.length;
  }
}

const probe = (resolvers: SubgraphDefinition['resolvers']): SubgraphDefinition =>
  defineSubgraph({
    // A registered service name: PERMISSION_NAMES holds every service to its list.
    name: 'visits',
    defaultPort: 0,
    resolvers,
    entities: [],
    migrations: [],
    references: {},
    permissions: Object.fromEntries(
      ['visits:read', 'visits:write', 'visits:review', 'visits:events'].map((name) => [name, { description: name, roles: ['ADMIN'] }]),
    ),
  });

/** Deny by default reaches past root operations: the gateway calls field resolvers through `_entities`. */
describe('the start-time permission check', () => {
  it('stops a service with a field resolver that names no permission, on another service’s entity too', async () => {
    await expect(buildFederatedSchema(probe([ShopQueries, OpenShopFields]))).rejects.toThrow(
      'visits: every operation and field resolver needs @Authorized(...) (PUBLIC for sign-in); missing on Shop.visitCount',
    );
  });

  it('stops a service whose field resolver names a permission it does not declare', async () => {
    await expect(buildFederatedSchema(probe([ShopQueries, UndeclaredShopFields]))).rejects.toThrow(
      '@Authorized names permissions the service does not declare: visits:fly',
    );
  });

  it('stops a service whose permissions are not the ones PERMISSION_NAMES lists for it', async () => {
    const definition = probe([ShopQueries, GuardedShopFields]);
    await expect(buildFederatedSchema({ ...definition, name: 'unlisted' })).rejects.toThrow(
      'unlisted: list its permission names in PERMISSION_NAMES',
    );
  });

  it('starts a service whose every resolver names its permission', async () => {
    await expect(buildFederatedSchema(probe([ShopQueries, GuardedShopFields]))).resolves.toBeDefined();
  });
});
