import { describe, expect, it } from '@jest/globals';
import {
  attainmentPercent,
  CONTRIBUTION_INDICATORS,
  contributionBreakdown,
  computedContributionScores,
  contributionTotal,
  growthPercent,
  GROWTH_RATE_THRESHOLDS,
  MONTHLY_VOLUME_THRESHOLDS,
  scoreOnScale,
  TARGET_ATTAINMENT_THRESHOLDS,
  type ContributionFigures,
  type ContributionScores,
} from './contribution.rules';

const all = (score: number) => Object.fromEntries(CONTRIBUTION_INDICATORS.map((indicator) => [indicator, score])) as ContributionScores;

describe('contributionTotal', () => {
  it('has the ten indicators of the training material', () => {
    expect(CONTRIBUTION_INDICATORS).toHaveLength(10);
  });

  it('scales equal weights to 0-100', () => {
    expect(contributionTotal(all(1))).toBe(0);
    expect(contributionTotal(all(3))).toBe(50);
    expect(contributionTotal(all(5))).toBe(100);
    expect(contributionTotal({ ...all(1), loyalty: 5 })).toBe(10);
  });
});

describe('contributionBreakdown', () => {
  it('gives each indicator (score - 1) × 2.5 points of 10, adding up to the total before rounding', () => {
    const scores = { ...all(3), loyalty: 5, paymentCollection: 1, shareGrowth: 2 };
    const lines = contributionBreakdown(scores);
    expect(lines.find((line) => line.indicator === 'loyalty')).toEqual({
      indicator: 'loyalty',
      score: 5,
      points: 10,
      maxPoints: 10,
      weight: 0.1,
    });
    expect(lines.find((line) => line.indicator === 'shareGrowth')?.points).toBe(2.5);
    const sum = lines.reduce((total, line) => total + line.points, 0);
    expect(sum).toBe(47.5);
    expect(contributionTotal(scores)).toBe(Math.round(sum));
  });
});

describe('the computed indicators', () => {
  const figures = (overrides: Partial<ContributionFigures> = {}): ContributionFigures => ({
    sourceMonth: '2026-09',
    orderedCartons: 48,
    orderedFen: '1000000',
    yearEarlierCartons: 40,
    quotaCartons: 60,
    ...overrides,
  });

  it('scores a figure by the bounds it reaches, a bound itself included', () => {
    expect([0, 9, 10, 24, 25, 49, 50, 99, 100, 400].map((cartons) => scoreOnScale(cartons, MONTHLY_VOLUME_THRESHOLDS))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
    expect([-50, -10, -0.1, 0, 9.9, 10, 25].map((growth) => scoreOnScale(growth, GROWTH_RATE_THRESHOLDS))).toEqual([1, 2, 2, 3, 3, 4, 5]);
    expect([0, 50, 69.9, 70, 85, 94.9, 95, 120].map((share) => scoreOnScale(share, TARGET_ATTAINMENT_THRESHOLDS))).toEqual([
      1, 2, 2, 3, 4, 4, 5, 5,
    ]);
  });

  it('works out volume, growth on the year-earlier month and attainment of the quota', () => {
    // 48 cartons: 25-49 → 3. (48 - 40) / 40 = +20% → 4. 48 / 60 = 80% → 3.
    expect(growthPercent(figures())).toBe(20);
    expect(attainmentPercent(figures())).toBe(80);
    expect(computedContributionScores(figures())).toEqual({ monthlyVolume: 3, growthRate: 4, targetAttainment: 3 });
    expect(growthPercent(figures({ orderedCartons: 13, yearEarlierCartons: 30 }))).toBe(-56.7);
  });

  it('leaves growth unscored without year-earlier orders and attainment without a quota, but scores a month of no orders', () => {
    expect(computedContributionScores(figures({ orderedCartons: 0, yearEarlierCartons: 0, quotaCartons: null }))).toEqual({
      monthlyVolume: 1,
      growthRate: null,
      targetAttainment: null,
    });
    expect(attainmentPercent(figures({ quotaCartons: 0 }))).toBeNull();
  });

  it('totals and breaks down over the scored indicators only, the unscored weighing nothing', () => {
    const scores = { ...all(5), growthRate: null, targetAttainment: null };
    expect(contributionTotal(scores)).toBe(100);
    const lines = contributionBreakdown({ ...all(3), growthRate: null, loyalty: 5 });
    expect(lines.find((line) => line.indicator === 'growthRate')).toEqual({
      indicator: 'growthRate',
      score: null,
      points: 0,
      maxPoints: 0,
      weight: 0,
    });
    expect(lines.find((line) => line.indicator === 'loyalty')).toMatchObject({ points: 100 / 9, maxPoints: 100 / 9, weight: 1 / 9 });
    const sum = lines.reduce((total, line) => total + line.points, 0);
    expect(sum).toBeCloseTo((100 * 20) / 36);
    expect(contributionTotal({ ...all(3), growthRate: null, loyalty: 5 })).toBe(Math.round(sum));
  });
});
