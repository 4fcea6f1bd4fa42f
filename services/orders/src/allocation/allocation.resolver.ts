import { type Context, requireMonth } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OrderRetailer } from '../federated/order-retailer.entity';
import { orderRetailerScope } from '../order/order-retailer.scope';
import { RetailerReference } from '../federated/retailer.reference';
import { ORDERS_MANAGE, ORDERS_READ } from '../permissions';
import { AllocationChange, ProductLimit, QuotaRule, RetailerQuota } from './allocation.entity';
import { SetProductLimitInput, SetQuotaRulesInput, SetRetailerQuotaInput } from './allocation.inputs';
import { QuotaUsage, RetailerQuotaUsage } from './allocation.types';
import { AllocationService } from './allocation.service';

@Resolver()
export class AllocationResolver {
  @Authorized(ORDERS_READ)
  @Query(() => [QuotaRule], { description: 'Monthly quota by tier (月核定量)' })
  quotaRules(@Ctx() context: Context): Promise<QuotaRule[]> {
    return new AllocationService(context).quotaRules();
  }

  @Authorized(ORDERS_READ)
  @Query(() => [ProductLimit], { description: 'Per-retailer limits of scarce products per order cycle' })
  productLimits(@Ctx() context: Context): Promise<ProductLimit[]> {
    return context.dataSource.getRepository(ProductLimit).find({ order: { productId: 'ASC' } });
  }

  @Authorized(ORDERS_READ)
  @Query(() => [RetailerQuotaUsage], { description: 'Quota use of the retailers that ordered this month, fullest first' })
  quotaUsage(
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() context: Context,
  ): Promise<RetailerQuotaUsage[]> {
    return new AllocationService(context).usage(requireMonth(month), Math.min(Math.max(first, 1), 500));
  }

  @Authorized(ORDERS_MANAGE)
  @Query(() => [AllocationChange], { description: 'Changes of quotas and limits, newest first; of one retailer or product when given' })
  allocationHistory(
    @Arg('subjectId', () => ID, { nullable: true }) subjectId: string | undefined,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() context: Context,
  ): Promise<AllocationChange[]> {
    return new AllocationService(context).history(subjectId, Math.min(Math.max(first, 1), 200));
  }

  @Authorized(ORDERS_MANAGE)
  @Mutation(() => [QuotaRule])
  setQuotaRules(@Arg('input') input: SetQuotaRulesInput, @Ctx() context: Context): Promise<QuotaRule[]> {
    return new AllocationService(context).setQuotaRules(input.rules, input.reason);
  }

  @Authorized(ORDERS_MANAGE)
  @Mutation(() => RetailerQuota, { nullable: true, description: 'A retailer’s own quota; null when it went back to its tier’s' })
  setRetailerQuota(@Arg('input') input: SetRetailerQuotaInput, @Ctx() context: Context): Promise<RetailerQuota | null> {
    return new AllocationService(context).setRetailerQuota(input.retailerId, input.monthlyCartons ?? null, input.reason);
  }

  @Authorized(ORDERS_MANAGE)
  @Mutation(() => ProductLimit, { nullable: true, description: 'The limit now; null when lifted' })
  setProductLimit(@Arg('input') input: SetProductLimitInput, @Ctx() context: Context): Promise<ProductLimit | null> {
    return new AllocationService(context).setProductLimit(input.productId, input.cartonsPerCycle ?? null, input.reason);
  }
}

/** The quota orders adds to customers' retailers; null without orders:read or outside the caller's territories. */
@Resolver(() => RetailerReference)
export class RetailerQuotaResolver {
  @Authorized(ORDERS_READ)
  @FieldResolver(() => QuotaUsage, { nullable: true, description: 'This month’s quota, used and remaining (from orders)' })
  async quota(@Root() retailer: RetailerReference, @Ctx() context: Context): Promise<QuotaUsage | null> {
    const known = await context.loaders.byId(OrderRetailer).load(retailer.id);
    if (!known || !orderRetailerScope.visible(known, context)) return null;
    return new AllocationService(context).quotaOf(known);
  }
}
