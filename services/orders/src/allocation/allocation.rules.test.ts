import { describe, expect, it } from '@jest/globals';
import { AllowanceRule } from '../order/order.enums';
import { allocate, orderCycleOf, quotaForTier, quotaRuleViolations } from './allocation.rules';

const RULES = [
  { minTier: 1, maxTier: 10, monthlyCartons: 20 },
  { minTier: 11, maxTier: 20, monthlyCartons: 60 },
  { minTier: 21, maxTier: 30, monthlyCartons: 150 },
];

describe('quota rules', () => {
  it('accepts a table covering tiers 1-30 once and finds a tier’s quota', () => {
    expect(quotaRuleViolations(RULES)).toEqual([]);
    expect(quotaForTier(RULES, 1)).toBe(20);
    expect(quotaForTier(RULES, 15)).toBe(60);
    expect(quotaForTier(RULES, 30)).toBe(150);
  });

  it('names the rule that overlaps, leaves a gap or stops short', () => {
    expect(quotaRuleViolations([RULES[0], { ...RULES[1], minTier: 9 }, RULES[2]])[0]).toMatchObject({
      field: 'rules.1.minTier',
      rule: 'overlap',
    });
    expect(quotaRuleViolations([RULES[0], RULES[2]])[0]).toMatchObject({ field: 'rules.1.minTier', rule: 'gap' });
    expect(quotaRuleViolations([RULES[0], RULES[1]])).toEqual([expect.objectContaining({ field: 'rules', rule: 'coverage' })]);
  });
});

describe('order cycle', () => {
  it('is the ISO week, across a year end', () => {
    expect(orderCycleOf('2026-12-02')).toBe('2026-W49');
    expect(orderCycleOf('2027-01-01')).toBe('2026-W53');
    expect(orderCycleOf('2026-01-01')).toBe('2026-W01');
  });
});

describe('allocate', () => {
  const limits = new Map([['scarce', 2]]);

  it('accepts an order that fits', () => {
    expect(allocate([{ productId: 'a', cartons: 5 }], 10, limits, false)).toEqual({ accepted: [{ productId: 'a', cartons: 5 }], cuts: [] });
  });

  it('refuses the first line over the month with what remains', () => {
    expect(
      allocate(
        [
          { productId: 'a', cartons: 6 },
          { productId: 'b', cartons: 6 },
        ],
        10,
        limits,
        false,
      ),
    ).toEqual({ refused: { index: 1, rule: AllowanceRule.MONTHLY_QUOTA, remaining: 4 } });
  });

  it('refuses a limited product over its cycle limit', () => {
    expect(allocate([{ productId: 'scarce', cartons: 3 }], 10, limits, false)).toEqual({
      refused: { index: 0, rule: AllowanceRule.PRODUCT_LIMIT, remaining: 2 },
    });
  });

  it('cuts to what fits when asked, recording each cut and dropping lines cut to nothing', () => {
    expect(
      allocate(
        [
          { productId: 'scarce', cartons: 3 },
          { productId: 'a', cartons: 6 },
          { productId: 'b', cartons: 4 },
        ],
        7,
        limits,
        true,
      ),
    ).toEqual({
      accepted: [
        { productId: 'scarce', cartons: 2 },
        { productId: 'a', cartons: 5 },
      ],
      cuts: [
        { productId: 'scarce', requested: 3, accepted: 2, rule: AllowanceRule.PRODUCT_LIMIT },
        { productId: 'a', requested: 6, accepted: 5, rule: AllowanceRule.MONTHLY_QUOTA },
        { productId: 'b', requested: 4, accepted: 0, rule: AllowanceRule.MONTHLY_QUOTA },
      ],
    });
  });
});
