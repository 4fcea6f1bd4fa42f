import { type Context, FigureOutlier, requireMonth } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { RetailerReference } from '../federated/retailer.reference';
import { StaffMemberReference } from '../federated/staff-member.reference';
import { TerritoryReference } from '../federated/territory.reference';
import { OrderRetailer } from '../federated/order-retailer.entity';
import { orderRetailerScope } from '../order/order-retailer.scope';
import { OrderTerritory } from '../federated/order-territory.entity';
import { ORDERS_READ } from '../permissions';
import { ProductSales, SalesFigures } from './sales.types';
import { accountManagerInScope } from './sales.scope';
import { SalesService } from './sales.service';

/*
 * Figures orders adds to customers' entities are nullable: a caller without orders:read, or
 * asking about someone outside their territories, gets null.
 */

@Resolver(() => StaffMemberReference)
export class StaffMemberSalesResolver {
  @Authorized(ORDERS_READ)
  @FieldResolver(() => SalesFigures, {
    nullable: true,
    description: 'The month’s sales of this account manager’s territories; null for staff without territories (from orders)',
  })
  async salesFigures(
    @Root() member: StaffMemberReference,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Ctx() context: Context,
  ): Promise<SalesFigures | null> {
    requireMonth(month);
    const territories = await context.loaders.manyBy(OrderTerritory, 'accountManagerId').load(member.id);
    if (!territories.length || !accountManagerInScope(context, member.id, territories)) return null;
    const figures = await new SalesService(context).figures('accountManager', member.id, month);
    // A copy: the batch's object is shared by every field that asked for this member's month.
    return { ...figures, accountManagerId: member.id };
  }
}

@Resolver(() => SalesFigures)
export class SalesFiguresOutliersResolver {
  @Authorized(ORDERS_READ)
  @FieldResolver(() => [FigureOutlier])
  outliers(@Root() figures: SalesFigures, @Ctx() context: Context): Promise<FigureOutlier[]> | FigureOutlier[] {
    // Only an account manager has a team to stand out from.
    return figures.accountManagerId ? new SalesService(context).outliers(figures.accountManagerId, figures.month) : [];
  }
}

@Resolver(() => TerritoryReference)
export class TerritorySalesResolver {
  @Authorized(ORDERS_READ)
  @FieldResolver(() => SalesFigures, { nullable: true, description: 'The month’s sales of this territory (from orders)' })
  salesFigures(@Root() territory: TerritoryReference, @Arg('month', { description: 'YYYY-MM' }) month: string, @Ctx() context: Context) {
    requireMonth(month);
    if (!context.access.allowsTerritory(territory.id)) return null;
    return new SalesService(context).figures('territory', territory.id, month);
  }
}

@Resolver(() => RetailerReference)
export class RetailerSalesResolver {
  @Authorized(ORDERS_READ)
  @FieldResolver(() => SalesFigures, { nullable: true, description: 'The month’s sales to this retailer (from orders)' })
  async salesFacts(@Root() retailer: RetailerReference, @Arg('month', { description: 'YYYY-MM' }) month: string, @Ctx() context: Context) {
    requireMonth(month);
    const known = await context.loaders.byId(OrderRetailer).load(retailer.id);
    if (!known || !orderRetailerScope.visible(known, context)) return null;
    return new SalesService(context).figures('retailer', retailer.id, month);
  }
}

@Resolver()
export class SalesResolver {
  @Authorized(ORDERS_READ)
  @Query(() => [ProductSales], { description: 'The month per product in the caller’s territories, best sellers first' })
  productSales(
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() context: Context,
  ): Promise<ProductSales[]> {
    return new SalesService(context).byProduct(requireMonth(month), Math.min(Math.max(first, 1), 200));
  }
}
