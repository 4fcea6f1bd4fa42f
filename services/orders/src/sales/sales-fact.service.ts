import type { EntityManager } from 'typeorm';
import type { OrderLine } from '../order/order-line.entity';
import type { Order } from '../order/order.entity';

/** What one line adds to (or, negative, takes from) its month's facts. */
export interface FactChange {
  line: OrderLine;
  confirmed?: number;
  accepted?: number;
  fulfilled?: number;
}

/**
 * Adds line changes to sales_fact inside the caller's transaction (confirm, delivery,
 * re-delivery), so the facts move exactly when the orders do. Amount and margin are
 * accepted cartons at the prices fixed on the line.
 */
export async function addSalesFacts(manager: EntityManager, order: Order, changes: FactChange[]): Promise<void> {
  for (const { line, confirmed = 0, accepted = 0, fulfilled = 0 } of changes) {
    if (!confirmed && !accepted && !fulfilled) continue;
    await manager.query(
      `INSERT INTO sales_fact AS fact (month, retailer_id, product_id, territory_id, account_manager_id, key_brand, new_brand,
                                       confirmed_cartons, accepted_cartons, fulfilled_cartons, amount_fen, margin_fen)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (month, retailer_id, product_id) DO UPDATE SET
         confirmed_cartons = fact.confirmed_cartons + EXCLUDED.confirmed_cartons,
         accepted_cartons = fact.accepted_cartons + EXCLUDED.accepted_cartons,
         fulfilled_cartons = fact.fulfilled_cartons + EXCLUDED.fulfilled_cartons,
         amount_fen = fact.amount_fen + EXCLUDED.amount_fen,
         margin_fen = fact.margin_fen + EXCLUDED.margin_fen`,
      [
        order.month,
        order.retailerId,
        line.productId,
        order.territoryId,
        order.accountManagerId,
        line.keyBrand,
        line.newBrand,
        confirmed,
        accepted,
        fulfilled,
        String(accepted * line.unitPriceFen),
        String(accepted * (line.unitRetailPriceFen - line.unitPriceFen)),
      ],
    );
  }
}

/** Rebuilds sales_fact from the orders: the command that repairs or re-derives the table. */
export async function rebuildSalesFacts(manager: EntityManager): Promise<number> {
  await manager.query('DELETE FROM sales_fact');
  await manager.query(
    `INSERT INTO sales_fact (month, retailer_id, product_id, territory_id, account_manager_id, key_brand, new_brand,
                             confirmed_cartons, accepted_cartons, fulfilled_cartons, amount_fen, margin_fen)
     SELECT o.month, o.retailer_id, l.product_id, (array_agg(o.territory_id ORDER BY o.placed_at DESC))[1],
            (array_agg(o.account_manager_id ORDER BY o.placed_at DESC))[1], bool_or(l.key_brand), bool_or(l.new_brand),
            COALESCE(sum(l.confirmed), 0), COALESCE(sum(l.accepted), 0),
            COALESCE(sum(l.confirmed) FILTER (WHERE l.accepted = l.confirmed), 0),
            COALESCE(sum(l.accepted * l.unit_price_fen), 0), COALESCE(sum(l.accepted * (l.unit_retail_price_fen - l.unit_price_fen)), 0)
       FROM retail_order o JOIN order_line l ON l.order_id = o.id
      WHERE o.confirmed_at IS NOT NULL AND o.status <> 'CANCELLED'
      GROUP BY o.month, o.retailer_id, l.product_id`,
  );
  const [{ count }]: { count: string }[] = await manager.query('SELECT count(*) FROM sales_fact');
  return Number(count);
}
