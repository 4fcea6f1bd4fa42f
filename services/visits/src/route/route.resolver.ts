import type { Context } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { VISITS_READ } from '../permissions';
import { requireAccountManagerInScope } from './route.scope';
import { RetailerReference } from '../federated/retailer.reference';
import { StaffMemberReference } from '../federated/staff-member.reference';
import { RouteRetailer } from '../federated/route-retailer.entity';
import { RouteTerritory } from '../federated/route-territory.entity';

/** The active retailers on an account manager's routes, in route order: who can be planned. */
async function plannableRetailers(context: Context, accountManagerId: string): Promise<RetailerReference[]> {
  await requireAccountManagerInScope(context, accountManagerId);
  const rows = await context.dataSource
    .getRepository(RouteRetailer)
    .createQueryBuilder('retailer')
    .select('retailer.id', 'id')
    .innerJoin(RouteTerritory, 'territory', 'territory.id = retailer.territoryId')
    .where('territory.accountManagerId = :accountManagerId', { accountManagerId })
    .andWhere("retailer.status = 'ACTIVE'")
    .orderBy('territory.name')
    .addOrderBy('retailer.routeSequence')
    .getRawMany<{ id: string }>();
  return rows.map(({ id }) => ({ id }));
}

@Resolver()
export class RouteResolver {
  @Authorized(VISITS_READ)
  @Query(() => [RetailerReference], { description: "Active retailers on the account manager's routes, in route order" })
  plannableRetailers(@Arg('accountManagerId', () => ID) accountManagerId: string, @Ctx() context: Context): Promise<RetailerReference[]> {
    return plannableRetailers(context, accountManagerId);
  }
}

@Resolver(() => StaffMemberReference)
export class StaffMemberRouteResolver {
  @Authorized(VISITS_READ)
  @FieldResolver(() => [RetailerReference], {
    nullable: true,
    description: "Active retailers on this account manager's routes, in route order (from visits)",
  })
  plannableRetailers(@Root() member: StaffMemberReference, @Ctx() context: Context): Promise<RetailerReference[]> {
    return plannableRetailers(context, member.id);
  }
}
