/**
 * The ten indicators of customer contribution (客户贡献评估十大指标), each scored 1 (poor)
 * to 5 (excellent). Volume-based ones will be computed from orders once that service
 * publishes sales facts; until then the account manager enters all ten.
 */
export const CONTRIBUTION_INDICATORS = [
  'returnOnInput',
  'targetAttainment',
  'monthlyVolume',
  'growthRate',
  'shareGrowth',
  'paymentCollection',
  'loyalty',
  'credibility',
  'promotionCooperation',
  'retailerSupport',
] as const;

export type ContributionIndicator = (typeof CONTRIBUTION_INDICATORS)[number];
export type ContributionScores = Record<ContributionIndicator, number>;

export const MIN_INDICATOR_SCORE = 1;
export const MAX_INDICATOR_SCORE = 5;

/** Equal weights, scaled to 0-100: all 1s give 0, all 5s give 100. */
export function contributionTotal(scores: ContributionScores): number {
  const sum = CONTRIBUTION_INDICATORS.reduce((total, indicator) => total + scores[indicator], 0);
  const count = CONTRIBUTION_INDICATORS.length;
  return Math.round(((sum - count * MIN_INDICATOR_SCORE) / (count * (MAX_INDICATOR_SCORE - MIN_INDICATOR_SCORE))) * 100);
}
