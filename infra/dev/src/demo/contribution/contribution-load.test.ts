import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { customers } from '@fieldloop/customers';
import { orders } from '@fieldloop/orders';
import { createTestDatabase, type TestDatabase } from '@fieldloop/testkit';
import { prepareDatabase } from '../../prepare';
import type { CustomersDemoSummary } from '../customers';
import type { ContributionDemoSummary } from './contribution-demo';

const OPTIONS = { seed: 4243, retailers: 120 };
const START = new Date('2026-11-20T12:00:00+08:00');

describe('the contribution demo in a start', () => {
  let database: TestDatabase;
  let sql: Client;
  const count = async (query: string) => (await sql.query<{ count: number }>(query)).rows[0].count;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await database.drop();
  });

  it("loads into customers after the orders demo, its record of the orders matching orders' own", async () => {
    const result = await prepareDatabase(database.url, [customers, orders], OPTIONS, START);
    const company = result.loaded.customers as CustomersDemoSummary;
    const contribution = result.loaded.contribution as ContributionDemoSummary;
    expect(company.retailers).toBe(120);
    expect(result.told.at(-1)).toBe(
      `${contribution.assessments} contribution assessments, volume computed from ${contribution.orders} orders`,
    );
    expect(await count('SELECT count(*)::int AS count FROM customers.ordered_volume')).toBe(
      await count('SELECT count(*)::int AS count FROM orders.retail_order'),
    );
    // Each assessment's cartons are those orders holds for the shop and month, cancelled ones left out.
    const mismatched = await sql.query(`
      SELECT a.retailer_id, a.period FROM customers.contribution_assessment a
      LEFT JOIN (SELECT o.retailer_id, o.month, sum(l.ordered)::int AS cartons FROM orders.retail_order o
                 JOIN orders.order_line l ON l.order_id = o.id WHERE o.status <> 'CANCELLED' GROUP BY 1, 2) s
        ON s.retailer_id = a.retailer_id AND s.month = a.period
      WHERE a.ordered_cartons <> COALESCE(s.cartons, 0) OR a.source_month <> a.period`);
    expect(mismatched.rows).toEqual([]);
    expect(await count('SELECT count(*)::int AS count FROM customers.contribution_assessment')).toBe(contribution.assessments);
    expect(contribution.assessments).toBeGreaterThan(0);
  });

  it('loads nothing again on a later start', async () => {
    const result = await prepareDatabase(database.url, [customers, orders], OPTIONS, START);
    expect(result.loaded).toEqual({});
  });
});
