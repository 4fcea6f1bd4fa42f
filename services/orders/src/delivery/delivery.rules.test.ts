import { describe, expect, it } from '@jest/globals';
import { DifferenceReason } from '../order/order.enums';
import { deliveryViolations, plainReason } from './delivery.rules';

const EXPECTED = [
  { productId: 'yuxi', confirmed: 8 },
  { productId: 'zhonghua', confirmed: 2 },
];

describe('delivery record', () => {
  it('accepts a delivery as confirmed', () => {
    expect(
      deliveryViolations(EXPECTED, [
        { productId: 'yuxi', delivered: 8, accepted: 8 },
        { productId: 'zhonghua', delivered: 2, accepted: 2 },
      ]),
    ).toEqual([]);
  });

  it('accepts the 8-vs-18 case with its reason: 18 brought, none kept', () => {
    expect(
      deliveryViolations(EXPECTED, [
        { productId: 'yuxi', delivered: 18, accepted: 0, reason: DifferenceReason.OVER_DELIVERED },
        { productId: 'zhonghua', delivered: 2, accepted: 2 },
      ]),
    ).toEqual([]);
  });

  it('names the line of a difference without a reason, an acceptance over the delivery, and a foreign product', () => {
    expect(
      deliveryViolations(EXPECTED, [
        { productId: 'yuxi', delivered: 18, accepted: 0 },
        { productId: 'zhonghua', delivered: 1, accepted: 2, reason: DifferenceReason.SHORT },
        { productId: 'other', delivered: 1, accepted: 1 },
      ]).map(({ field, rule }) => `${field}:${rule}`),
    ).toEqual(['lines.0.reason:required', 'lines.1.accepted:at_most_delivered', 'lines.2.productId:on_order']);
  });

  it('wants every line reported, once', () => {
    expect(deliveryViolations(EXPECTED, [{ productId: 'yuxi', delivered: 8, accepted: 8 }])).toEqual([
      expect.objectContaining({ field: 'lines', rule: 'every_line' }),
    ]);
    expect(
      deliveryViolations(EXPECTED, [
        { productId: 'yuxi', delivered: 8, accepted: 8 },
        { productId: 'yuxi', delivered: 8, accepted: 8 },
        { productId: 'zhonghua', delivered: 2, accepted: 2 },
      ])[0],
    ).toMatchObject({ field: 'lines.1.productId', rule: 'unique' });
  });

  it('finds the plain reason of a difference', () => {
    expect(plainReason(8, { delivered: 18, accepted: 0 })).toBe(DifferenceReason.OVER_DELIVERED);
    expect(plainReason(8, { delivered: 5, accepted: 5 })).toBe(DifferenceReason.SHORT);
    expect(plainReason(8, { delivered: 8, accepted: 6 })).toBe(DifferenceReason.REFUSED);
    expect(plainReason(8, { delivered: 8, accepted: 8 })).toBeNull();
  });
});
