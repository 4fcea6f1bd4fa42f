import { describe, expect, it } from '@jest/globals';
import { CONTRIBUTION_INDICATORS, contributionBreakdown, contributionTotal, type ContributionScores } from './contribution.rules';

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
