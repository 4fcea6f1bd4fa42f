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

export interface ContributionIndicatorPoints {
  indicator: ContributionIndicator;
  score: number;
  points: number;
  maxPoints: number;
  weight: number;
}

/**
 * Each indicator's share of contributionTotal: with equal weights a score s adds
 * (s - 1) × 100 / 40 points, at most 10. Their sum is the total before it is rounded.
 */
export function contributionBreakdown(scores: ContributionScores): ContributionIndicatorPoints[] {
  const count = CONTRIBUTION_INDICATORS.length;
  const maxPoints = 100 / count;
  return CONTRIBUTION_INDICATORS.map((indicator) => ({
    indicator,
    score: scores[indicator],
    points: ((scores[indicator] - MIN_INDICATOR_SCORE) / (MAX_INDICATOR_SCORE - MIN_INDICATOR_SCORE)) * maxPoints,
    maxPoints,
    weight: 1 / count,
  }));
}
