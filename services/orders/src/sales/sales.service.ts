import { accountManagerTeamOf, addMonths, type Context, type FigureOutlier, toSafeFen } from '@fieldloop/platform';
import { OrderStaff } from '../federated/order-staff.entity';
import { salesOutliers, volumeChange, type ComparedSalesFigures } from './sales-figures.rules';
import type { ProductSales, SalesFigures } from './sales.types';

/** Whose month: the facts' column, and the same owner seen from the retailers' copy (for quotas). */
const OWNERS = {
  accountManager: { fact: 'fact.account_manager_id', retailer: 'territory.account_manager_id' },
  territory: { fact: 'fact.territory_id', retailer: 'retailer.territory_id' },
  retailer: { fact: 'fact.retailer_id', retailer: 'retailer.id' },
} as const;
export type Owner = keyof typeof OWNERS;

const ratio = (numerator: string, denominator: string) => `round(${numerator}::numeric / NULLIF(${denominator}, 0), 4)::float8`;

/** A month without facts: what the aggregate of no rows reads. */
const NO_SALES: Record<string, unknown> = {
  volumeCartons: 0,
  amountFen: '0',
  grossMarginFen: '0',
  grossMarginRate: null,
  keyBrandCartons: 0,
  keyBrandShare: null,
  newBrandCartons: 0,
  newBrandCarriers: 0,
  confirmedCartons: 0,
  fulfilledCartons: 0,
  fulfilmentRate: null,
};

/**
 * Sales figures read from sales_fact: one indexed range per owner and month (a few hundred
 * rows for an account manager), ratios computed by PostgreSQL; two statements per request,
 * whatever the number of owners it asks about.
 */
export class SalesService {
  constructor(private readonly context: Context) {}

  /** One batch per owner kind, month and request: a whole team's figures cost two statements, not two per member. */
  figures(owner: Owner, id: string, month: string): Promise<SalesFigures> {
    return this.context.loaders.batch(`salesFigures#${owner}#${month}`, (ids) => this.figuresOfMany(owner, ids, month)).load(id);
  }

  /**
   * Where the account manager's month stands out from their team's: the team's figures come from
   * the same batches (a team query that also asks for last year's month adds no statement).
   */
  async outliers(accountManagerId: string, month: string): Promise<FigureOutlier[]> {
    const compared = async (id: string): Promise<ComparedSalesFigures> => {
      const [now, before] = await Promise.all([
        this.figures('accountManager', id, month),
        this.figures('accountManager', id, addMonths(month, -12)),
      ]);
      return { fulfilmentRate: now.fulfilmentRate, volumeChange: volumeChange(now.volumeCartons, before.volumeCartons) };
    };
    const teamIds = await accountManagerTeamOf(this.context, OrderStaff, accountManagerId);
    const [own, team] = await Promise.all([compared(accountManagerId), Promise.all(teamIds.map(compared))]);
    return salesOutliers(own, team);
  }

  private async figuresOfMany(owner: Owner, ids: readonly string[], month: string): Promise<SalesFigures[]> {
    const { fact, retailer } = OWNERS[owner];
    const [sales, quotas]: [Record<string, unknown>[], { id: string; quotaCartons: number; quotaUsedCartons: number }[]] =
      await Promise.all([
        this.context.dataSource.query(
          `SELECT ${fact} AS id,
                COALESCE(sum(accepted_cartons), 0)::int AS "volumeCartons",
                COALESCE(sum(amount_fen), 0)::text AS "amountFen",
                COALESCE(sum(margin_fen), 0)::text AS "grossMarginFen",
                ${ratio('sum(margin_fen)', 'sum(amount_fen + margin_fen)')} AS "grossMarginRate",
                COALESCE(sum(accepted_cartons) FILTER (WHERE key_brand), 0)::int AS "keyBrandCartons",
                ${ratio('sum(accepted_cartons) FILTER (WHERE key_brand)', 'sum(accepted_cartons)')} AS "keyBrandShare",
                COALESCE(sum(accepted_cartons) FILTER (WHERE new_brand), 0)::int AS "newBrandCartons",
                count(DISTINCT retailer_id) FILTER (WHERE new_brand AND accepted_cartons > 0)::int AS "newBrandCarriers",
                COALESCE(sum(confirmed_cartons), 0)::int AS "confirmedCartons",
                COALESCE(sum(fulfilled_cartons), 0)::int AS "fulfilledCartons",
                ${ratio('sum(fulfilled_cartons)', 'sum(confirmed_cartons)')} AS "fulfilmentRate"
           FROM sales_fact fact WHERE ${fact} = ANY($1::uuid[]) AND fact.month = $2
          GROUP BY ${fact}`,
          [ids, month],
        ),
        this.context.dataSource.query(
          `SELECT ${retailer} AS id,
                COALESCE(sum(COALESCE(allowance.quota, own.monthly_cartons, rule.monthly_cartons, 0)), 0)::int AS "quotaCartons",
                COALESCE(sum(allowance.used), 0)::int AS "quotaUsedCartons"
           FROM order_retailer retailer
           JOIN order_territory territory ON territory.id = retailer.territory_id
           LEFT JOIN month_allowance allowance ON allowance.retailer_id = retailer.id AND allowance.month = $2
           LEFT JOIN retailer_quota own ON own.retailer_id = retailer.id
           LEFT JOIN quota_rule rule ON retailer.tier BETWEEN rule.min_tier AND rule.max_tier
          WHERE ${retailer} = ANY($1::uuid[]) AND retailer.status = 'ACTIVE'
          GROUP BY ${retailer}`,
          [ids, month],
        ),
      ]);
    const salesOf = new Map(sales.map(({ id, ...row }) => [id as string, row]));
    const quotaOf = new Map(quotas.map(({ id, ...row }) => [id, row]));
    return ids.map((id) => {
      const row = salesOf.get(id) ?? NO_SALES;
      const quota = quotaOf.get(id) ?? { quotaCartons: 0, quotaUsedCartons: 0 };
      return {
        month,
        ...(row as Omit<SalesFigures, 'month' | 'amountFen' | 'grossMarginFen' | 'quotaCartons' | 'quotaUsedCartons' | 'quotaUtilisation'>),
        amountFen: toSafeFen(String(row.amountFen)),
        grossMarginFen: toSafeFen(String(row.grossMarginFen)),
        ...quota,
        quotaUtilisation: quota.quotaCartons ? Math.round((quota.quotaUsedCartons / quota.quotaCartons) * 10_000) / 10_000 : null,
      };
    });
  }

  /** The month per product within the caller's territories, best sellers first. */
  async byProduct(month: string, first: number): Promise<ProductSales[]> {
    const scope = this.context.access.territoryIds;
    const rows: (Omit<ProductSales, 'amountFen' | 'grossMarginFen'> & { amountFen: string; grossMarginFen: string })[] =
      await this.context.dataSource.query(
        `SELECT fact.product_id AS "productId", product.full_name AS "productName",
                sum(fact.accepted_cartons)::int AS "volumeCartons", sum(fact.amount_fen)::text AS "amountFen",
                sum(fact.margin_fen)::text AS "grossMarginFen", count(DISTINCT fact.retailer_id) FILTER (WHERE fact.accepted_cartons > 0)::int AS carriers
           FROM sales_fact fact JOIN product ON product.id = fact.product_id
          WHERE fact.month = $1 AND ($2::uuid[] IS NULL OR fact.territory_id = ANY($2))
          GROUP BY fact.product_id, product.full_name
          ORDER BY sum(fact.accepted_cartons) DESC, fact.product_id
          LIMIT $3`,
        [month, scope ?? null, first],
      );
    return rows.map((row) => ({ ...row, amountFen: toSafeFen(row.amountFen), grossMarginFen: toSafeFen(row.grossMarginFen) }));
  }
}
