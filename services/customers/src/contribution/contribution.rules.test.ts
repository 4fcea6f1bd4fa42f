import { describe, expect, it } from '@jest/globals';
import { CONTRIBUTION_INDICATORS, contributionTotal, type ContributionScores } from './contribution.rules';

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
