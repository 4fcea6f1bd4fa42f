import { describe, expect, it } from '@jest/globals';
import { computedContributionScores, contributionTotal } from '@fieldloop/customers';
import { OrderStatus } from '@fieldloop/orders';
import { generateCustomersDemo } from '../customers';
import { generateOrdersDemo } from '../orders';
import { generateContributionDemo } from './contribution-demo';

const company = generateCustomersDemo({ seed: 20261123, retailers: 300 });
const now = new Date('2026-11-20T10:00:00+08:00');
const sales = generateOrdersDemo(company, { seed: 20261125, now });
const demo = generateContributionDemo(company, sales, { seed: 20261127, now });

describe('the contribution demo', () => {
  it('scores contribution once per retailer and month, for the last three complete months', () => {
    const keys = demo.assessments.map((a) => `${a.retailerId}/${a.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(demo.assessments.map((a) => a.period))).toEqual(new Set(['2026-08', '2026-09', '2026-10']));
    for (const assessment of demo.assessments) expect(assessment.totalScore).toBe(contributionTotal(assessment));
    const share = new Set(demo.assessments.map((a) => a.retailerId)).size / company.retailers.length;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.7);
  });

  it("keeps customers' record of every demo order, the cancelled ones marked", () => {
    expect(demo.orderedVolumes).toHaveLength(sales.orders.length);
    const cancelled = new Set(sales.orders.filter((order) => order.status === OrderStatus.CANCELLED).map((order) => order.id));
    expect(cancelled.size).toBeGreaterThan(0);
    expect(demo.orderedVolumes.filter((volume) => volume.cancelled).map((volume) => volume.orderId)).toEqual(
      sales.orders.filter((order) => cancelled.has(order.id)).map((order) => order.id),
    );
  });

  it('computes volume from the demo orders of the assessed month, and leaves growth and attainment unscored, saying so', () => {
    let withOrders = 0;
    for (const assessment of demo.assessments) {
      // Worked out again from the orders demo itself, not from the projection rows.
      const orders = sales.orders.filter(
        (order) =>
          order.retailerId === assessment.retailerId && order.month === assessment.period && order.status !== OrderStatus.CANCELLED,
      );
      const ids = new Set(orders.map((order) => order.id));
      const cartons = sales.lines.filter((line) => ids.has(line.orderId)).reduce((sum, line) => sum + line.ordered, 0);
      expect(assessment).toMatchObject({
        sourceMonth: assessment.period,
        orderedCartons: cartons,
        orderedFen: String(orders.reduce((sum, order) => sum + order.totalFen, 0)),
        yearEarlierCartons: 0,
        quotaCartons: null,
        growthRate: null,
        targetAttainment: null,
      });
      const figures = {
        sourceMonth: assessment.period,
        orderedCartons: cartons,
        orderedFen: '0',
        yearEarlierCartons: 0,
        quotaCartons: null,
      };
      expect(assessment.monthlyVolume).toBe(computedContributionScores(figures).monthlyVolume);
      if (cartons > 0) withOrders += 1;
    }
    expect(withOrders / demo.assessments.length).toBeGreaterThan(0.9);
    expect(new Set(demo.assessments.map((a) => a.monthlyVolume)).size).toBeGreaterThan(1);
  });
});
