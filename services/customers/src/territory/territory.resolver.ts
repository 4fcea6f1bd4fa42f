import { ConnectionType, type ListSelection, Reads, Selection, type Context } from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CUSTOMERS_MANAGE, CUSTOMERS_READ } from '../permissions';
import { Region } from '../region/region.entity';
import { Retailer } from '../retailer/retailer.entity';
import { RetailerConnection } from '../retailer/retailer.resolver';
import { RetailersArgs } from '../retailer/retailer.inputs';
import { RetailerService } from '../retailer/retailer.service';
import { StaffMember } from '../staff/staff-member.entity';
import { Territory } from './territory.entity';
import { CreateTerritoryInput, TerritoriesArgs, UpdateTerritoryInput } from './territory.inputs';
import { TerritoryService } from './territory.service';

export const TerritoryConnection = ConnectionType(Territory, 'Territory');

@Resolver(() => Territory)
export class TerritoryResolver {
  @Authorized(CUSTOMERS_READ)
  @Query(() => Territory)
  territory(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Territory> {
    return new TerritoryService(context).get(id);
  }

  @Authorized(CUSTOMERS_READ)
  @Query(() => TerritoryConnection, { description: 'Territories by code' })
  territories(@Args() args: TerritoriesArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    return new TerritoryService(context).list(args, selection);
  }

  @Authorized(CUSTOMERS_MANAGE)
  @Mutation(() => Territory)
  createTerritory(@Arg('input') input: CreateTerritoryInput, @Ctx() context: Context): Promise<Territory> {
    return new TerritoryService(context).create(input);
  }

  @Authorized(CUSTOMERS_MANAGE)
  @Mutation(() => Territory)
  updateTerritory(@Arg('input') input: UpdateTerritoryInput, @Ctx() context: Context): Promise<Territory> {
    return new TerritoryService(context).update(input);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => Region)
  @Reads('regionId')
  region(@Root() territory: Territory, @Ctx() context: Context): Promise<Region | undefined> {
    return context.loaders.byId(Region).load(territory.regionId);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => StaffMember, { nullable: true })
  @Reads('accountManagerId')
  accountManager(@Root() territory: Territory, @Ctx() context: Context): Promise<StaffMember | undefined> | undefined {
    return territory.accountManagerId ? context.loaders.byId(StaffMember).load(territory.accountManagerId) : undefined;
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => Int, { description: 'Retailers in the territory, any status' })
  @Reads('id')
  retailerCount(@Root() territory: Territory, @Ctx() context: Context): Promise<number> {
    return context.loaders.countBy(Retailer, 'territoryId').load(territory.id);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => RetailerConnection, {
    description: "The territory's retailers; costs one query per territory, so page territories small",
  })
  @Reads('id')
  retailers(@Root() territory: Territory, @Args() args: RetailersArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    return new RetailerService(context).list({ ...args, filter: { ...args.filter, territoryIds: [territory.id] } }, selection);
  }
}
