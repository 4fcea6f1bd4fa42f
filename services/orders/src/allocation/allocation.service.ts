import { randomUUID } from 'node:crypto';
import { actorOf, companyToday, type Context, InvalidInputError, NotFoundError, publishEvent, ref } from '@fieldloop/platform';
import { In, type EntityManager } from 'typeorm';
import { Product } from '../catalogue/product.entity';
import { OrderRetailer } from '../federated/order-retailer.entity';
import { orderRetailerScope } from '../order/order-retailer.scope';
import { AllowanceRule } from '../order/order.enums';
import { RetailerQuotaSet } from './allocation.events';
import { AllocationChange, MonthAllowance, ProductLimit, QuotaRule, RetailerQuota } from './allocation.entity';
import { orderCycleOf, quotaForTier, quotaRuleViolations, type TierRule } from './allocation.rules';

/** The allowance an order may draw on: its month's remaining quota and each limited product's remaining cycle limit. */
export interface Remaining {
  month: number;
  products: Map<string, number>;
}

/** A change of what an order holds of the allowance, per product (positive takes, negative gives back). */
export interface Hold {
  productId: string;
  cartons: number;
}

export class AllowanceExceededError extends InvalidInputError {
  constructor(field: string, rule: AllowanceRule, remaining: number, what: string) {
    super([{ field, rule, message: `${field}: over the ${what}; ${remaining} carton${remaining === 1 ? '' : 's'} remain` }]);
    Object.assign(this.extensions, { remaining });
  }
}

/** The retailer's monthly quota: its own, else its tier's rule. */
async function monthlyQuotaOf(manager: EntityManager, retailer: OrderRetailer): Promise<number> {
  const own = await manager.findOneBy(RetailerQuota, { retailerId: retailer.id });
  if (own) return own.monthlyCartons;
  return quotaForTier(await manager.find(QuotaRule), retailer.tier);
}

/**
 * Allowance rows, and the only code that moves `used`. Every order takes the month row first,
 * then its limited products' cycle rows in product-id order: one fixed order, so concurrent
 * orders queue on the locks and never deadlock.
 */
export class Allowances {
  constructor(private readonly manager: EntityManager) {}

  /** Creates the month and cycle rows if missing and locks them, in the fixed order; answers what remains. */
  async lock(retailer: OrderRetailer, month: string, cycle: string, productIds: string[]): Promise<Remaining> {
    const quota = await monthlyQuotaOf(this.manager, retailer);
    await this.manager.query(
      'INSERT INTO month_allowance (retailer_id, month, quota, used) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING',
      [retailer.id, month, quota],
    );
    const [row]: { quota: number; used: number }[] = await this.manager.query(
      'SELECT quota, used FROM month_allowance WHERE retailer_id = $1 AND month = $2 FOR UPDATE',
      [retailer.id, month],
    );
    const limits = productIds.length ? await this.manager.findBy(ProductLimit, { productId: In(productIds) }) : [];
    const products = new Map<string, number>();
    for (const limit of [...limits].sort((a, b) => a.productId.localeCompare(b.productId))) {
      await this.manager.query(
        'INSERT INTO cycle_allowance (retailer_id, product_id, cycle, cap, used) VALUES ($1, $2, $3, $4, 0) ON CONFLICT DO NOTHING',
        [retailer.id, limit.productId, cycle, limit.cartonsPerCycle],
      );
      const [cycleRow]: { cap: number; used: number }[] = await this.manager.query(
        'SELECT cap, used FROM cycle_allowance WHERE retailer_id = $1 AND product_id = $2 AND cycle = $3 FOR UPDATE',
        [retailer.id, limit.productId, cycle],
      );
      products.set(limit.productId, cycleRow.cap - cycleRow.used);
    }
    return { month: row.quota - row.used, products };
  }

  /**
   * Applies holds: takes with `used + q <= quota` (a row that would go over is not updated,
   * and that is an error the caller's allocation should have prevented), gives back down to 0.
   */
  async apply(retailerId: string, month: string, cycle: string, holds: Hold[]): Promise<void> {
    const total = holds.reduce((sum, hold) => sum + hold.cartons, 0);
    await this.move('month_allowance', 'quota', 'retailer_id = $2 AND month = $3', [total, retailerId, month]);
    for (const hold of [...holds].sort((a, b) => a.productId.localeCompare(b.productId))) {
      await this.move('cycle_allowance', 'cap', 'retailer_id = $2 AND product_id = $3 AND cycle = $4', [
        hold.cartons,
        retailerId,
        hold.productId,
        cycle,
      ]);
    }
  }

  private async move(table: string, cap: string, where: string, [cartons, ...keys]: [number, ...string[]]): Promise<void> {
    if (cartons === 0) return;
    if (cartons < 0) {
      await this.manager.query(`UPDATE ${table} SET used = GREATEST(0, used + $1) WHERE ${where}`, [cartons, ...keys]);
      return;
    }
    const [, affected] = (await this.manager.query(`UPDATE ${table} SET used = used + $1 WHERE ${where} AND used + $1 <= ${cap}`, [
      cartons,
      ...keys,
    ])) as [unknown, number];
    // A cycle row exists only for limited products; the month row always exists once locked.
    if (affected === 0 && table === 'month_allowance') {
      throw new AllowanceExceededError('lines', AllowanceRule.MONTHLY_QUOTA, 0, 'monthly quota');
    }
  }
}

/** Setting quotas and limits (order clerks and admins), with history; reading a retailer's allowance. */
export class AllocationService {
  constructor(private readonly context: Context) {}

  quotaRules(): Promise<QuotaRule[]> {
    return this.context.dataSource.getRepository(QuotaRule).find({ order: { minTier: 'ASC' } });
  }

  setQuotaRules(rules: TierRule[], reason: string | undefined): Promise<QuotaRule[]> {
    InvalidInputError.throwIfAny(...quotaRuleViolations(rules));
    return this.context.transaction(async (manager) => {
      const previous = await manager.find(QuotaRule, { order: { minTier: 'ASC' } });
      await manager.clear(QuotaRule);
      await manager.insert(QuotaRule, rules);
      await this.record(manager, 'QUOTA_RULES', null, previous, rules, reason);
      await this.refreshMonthQuotas(manager);
      return manager.find(QuotaRule, { order: { minTier: 'ASC' } });
    });
  }

  async setRetailerQuota(retailerId: string, monthlyCartons: number | null, reason: string): Promise<RetailerQuota | null> {
    const retailer = await this.retailerInScope(retailerId);
    return this.context.transaction(async (manager) => {
      const previous = await manager.findOneBy(RetailerQuota, { retailerId });
      if (monthlyCartons === null) await manager.delete(RetailerQuota, { retailerId });
      else await manager.upsert(RetailerQuota, { retailerId, monthlyCartons, reason }, ['retailerId']);
      await this.record(manager, 'RETAILER_QUOTA', retailerId, previous, { monthlyCartons }, reason);
      // The retailer's story (customers) tells of its quota being fixed.
      await publishEvent(manager, RetailerQuotaSet, {
        refs: [ref('Retailer', retailerId), ref('Territory', retailer.territoryId)],
        payload: {
          retailerId,
          territoryId: retailer.territoryId,
          monthlyCartons,
          previousMonthlyCartons: previous?.monthlyCartons ?? null,
          reason,
        },
      });
      await this.refreshMonthQuotas(manager, retailerId);
      return manager.findOneBy(RetailerQuota, { retailerId });
    });
  }

  setProductLimit(productId: string, cartonsPerCycle: number | null, reason: string | undefined): Promise<ProductLimit | null> {
    return this.context.transaction(async (manager) => {
      if (!(await manager.existsBy(Product, { id: productId }))) {
        throw InvalidInputError.of('productId', 'exists', `productId ${productId} is no product of the catalogue`);
      }
      const previous = await manager.findOneBy(ProductLimit, { productId });
      if (cartonsPerCycle === null) await manager.delete(ProductLimit, { productId });
      else await manager.upsert(ProductLimit, { productId, cartonsPerCycle }, ['productId']);
      await this.record(manager, 'PRODUCT_LIMIT', productId, previous, { cartonsPerCycle }, reason);
      // The current cycle's rows follow the new limit; orders already placed keep what they hold.
      if (cartonsPerCycle !== null) {
        await manager.query('UPDATE cycle_allowance SET cap = $2 WHERE product_id = $1 AND cycle >= $3', [
          productId,
          cartonsPerCycle,
          orderCycleOf(companyToday()),
        ]);
      }
      return manager.findOneBy(ProductLimit, { productId });
    });
  }

  history(subjectId: string | undefined, first: number): Promise<AllocationChange[]> {
    return this.context.dataSource.getRepository(AllocationChange).find({
      where: subjectId ? { subjectId } : {},
      order: { changedAt: 'DESC', id: 'DESC' },
      take: first,
    });
  }

  /** This month's quota of a retailer, what its orders hold and what remains. */
  async quotaOf(retailer: OrderRetailer, month = companyToday().slice(0, 7)) {
    const manager = this.context.dataSource.manager;
    const row = await manager.findOneBy(MonthAllowance, { retailerId: retailer.id, month });
    const quota = row?.quota ?? (await monthlyQuotaOf(manager, retailer));
    const used = row?.used ?? 0;
    return { month, quota, used, remaining: Math.max(0, quota - used) };
  }

  /** The month's quota use of the retailers that ordered, in the caller's territories, fullest first. */
  async usage(month: string, first: number) {
    const rows: { retailerId: string; shopName: string; quota: number; used: number }[] = await this.context.dataSource.query(
      `SELECT allowance.retailer_id AS "retailerId", retailer.shop_name AS "shopName", allowance.quota, allowance.used
         FROM month_allowance allowance JOIN order_retailer retailer ON retailer.id = allowance.retailer_id
        WHERE allowance.month = $1 AND ($2::uuid[] IS NULL OR retailer.territory_id = ANY($2))
        ORDER BY allowance.used::float8 / NULLIF(allowance.quota, 0) DESC NULLS LAST, allowance.retailer_id
        LIMIT $3`,
      [month, this.context.access.territoryIds ?? null, first],
    );
    return rows.map((row) => ({
      ...row,
      month,
      remaining: Math.max(0, row.quota - row.used),
      utilisation: row.quota ? Math.round((row.used / row.quota) * 10_000) / 10_000 : null,
    }));
  }

  private async retailerInScope(retailerId: string): Promise<OrderRetailer> {
    const retailer = await this.context.loaders.byId(OrderRetailer).load(retailerId);
    if (!retailer || !orderRetailerScope.visible(retailer, this.context)) throw new NotFoundError('Retailer', retailerId);
    return retailer;
  }

  /** The current month's rows follow a changed quota (the rule table's, or one retailer's), in one statement. */
  private async refreshMonthQuotas(manager: EntityManager, retailerId?: string): Promise<void> {
    await manager.query(
      `UPDATE month_allowance allowance
          SET quota = COALESCE(own.monthly_cartons, rule.monthly_cartons, 0)
         FROM order_retailer retailer
         LEFT JOIN retailer_quota own ON own.retailer_id = retailer.id
         LEFT JOIN quota_rule rule ON retailer.tier BETWEEN rule.min_tier AND rule.max_tier
        WHERE allowance.retailer_id = retailer.id AND allowance.month = $1 AND ($2::uuid IS NULL OR allowance.retailer_id = $2)`,
      [companyToday().slice(0, 7), retailerId ?? null],
    );
  }

  private async record(manager: EntityManager, kind: string, subjectId: string | null, previous: unknown, value: unknown, reason?: string) {
    await manager.insert(AllocationChange, {
      id: randomUUID(),
      kind,
      subjectId,
      previous: previous ? JSON.stringify(previous) : null,
      value: JSON.stringify(value),
      reason: reason ?? null,
      changedBy: actorOf(this.context.access.signedIn),
    });
  }
}
