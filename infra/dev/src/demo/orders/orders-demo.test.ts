import { describe, expect, it } from '@jest/globals';
import { DifferenceReason, isValidEan13, OrderStatus } from '@fieldloop/orders';
import { generateCustomersDemo } from '../customers';
import { generateOrdersDemo, summarizeOrdersDemo } from './orders-demo';

const customers = generateCustomersDemo({ seed: 20261123, retailers: 300 });
const now = new Date('2026-12-02T10:00:00+08:00');
const demo = generateOrdersDemo(customers, { seed: 20261125, now });
const months = (order: { month: string }) => order.month;

describe('the orders demo', () => {
  it('covers six months with a catalogue of about 80 checked products', () => {
    expect(new Set(demo.orders.map(months))).toEqual(new Set(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']));
    expect(demo.products.length).toBeGreaterThanOrEqual(80);
    expect(demo.products.every((product) => isValidEan13(product.barcode))).toBe(true);
  });

  it('has a month-start rush and keeps every retailer within its monthly quota', () => {
    const byDay = new Map<number, number>();
    for (const order of demo.orders.filter((candidate) => candidate.month === '2026-10')) {
      const dayOfMonth = Number(order.placedAt.toISOString().slice(8, 10));
      byDay.set(dayOfMonth, (byDay.get(dayOfMonth) ?? 0) + 1);
    }
    const early = ((byDay.get(1) ?? 0) + (byDay.get(2) ?? 0)) / 2;
    const later = ((byDay.get(14) ?? 0) + (byDay.get(15) ?? 0) + (byDay.get(16) ?? 0)) / 3;
    expect(early).toBeGreaterThan(later);
    expect(demo.allowances.every((allowance) => allowance.used <= allowance.quota)).toBe(true);
  });

  it('has the 8-vs-18 delivery, a few other differences, unconfirmed orders and both new brands sold', () => {
    const caseLines = demo.lines.filter((line) => line.orderId === demo.eightVersusEighteenOrderId);
    expect(caseLines).toEqual([
      expect.objectContaining({ confirmed: 8, delivered: 18, accepted: 0, differenceReason: DifferenceReason.OVER_DELIVERED }),
    ]);
    const summary = summarizeOrdersDemo(demo);
    expect(summary.exceptions).toBeGreaterThan(5);
    expect(summary.unconfirmed).toBeGreaterThan(0);
    expect(demo.orders.some((order) => order.status === OrderStatus.PLACED && order.placedAt > new Date('2026-12-02T00:00:00+08:00'))).toBe(
      true,
    );
    const newBrands = demo.products.filter((product) => product.newBrandSince).map((product) => product.id);
    expect(newBrands).toHaveLength(2);
    for (const id of newBrands) expect(demo.lines.some((line) => line.productId === id)).toBe(true);
  });

  it('is reproducible from its seed', () => {
    expect(generateOrdersDemo(customers, { seed: 20261125, now }).orders.slice(0, 20)).toEqual(demo.orders.slice(0, 20));
  });
});
