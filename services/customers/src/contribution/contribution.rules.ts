/**
 * The ten indicators of customer contribution (客户贡献评估十大指标), each scored 1 (poor)
 * to 5 (excellent). Monthly volume, growth and target attainment are computed from the
 * orders customers has seen (federated/orders.projection.ts); the account manager enters
 * the other seven.
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

/** The indicators the orders' figures decide; an assessment never takes them from the assessor. */
export const COMPUTED_CONTRIBUTION_INDICATORS = ['targetAttainment', 'monthlyVolume', 'growthRate'] as const;
export type ComputedContributionIndicator = (typeof COMPUTED_CONTRIBUTION_INDICATORS)[number];
export type TypedContributionIndicator = Exclude<ContributionIndicator, ComputedContributionIndicator>;

export const isComputedIndicator = (indicator: ContributionIndicator): indicator is ComputedContributionIndicator =>
  (COMPUTED_CONTRIBUTION_INDICATORS as readonly string[]).includes(indicator);

/** A computed indicator is null when its figures are missing (no year-earlier orders, no quota): it is not scored, never guessed. */
export type ContributionScores = Record<TypedContributionIndicator, number> & Record<ComputedContributionIndicator, number | null>;

export const MIN_INDICATOR_SCORE = 1;
export const MAX_INDICATOR_SCORE = 5;

/*
 * Thresholds of the computed indicators: the lower bounds of scores 2, 3, 4 and 5; below the
 * first scores 1. The training material names the indicators but not their scales, so these
 * are ours (docs/domain-rules.md): volume against the tier quotas (10-150 cartons a month),
 * growth around flat, attainment of the agreed quota.
 */
/** Cartons ordered in the month (not cancelled). */
export const MONTHLY_VOLUME_THRESHOLDS = [10, 25, 50, 100] as const;
/** Percent change of the month's cartons on the same month a year earlier. */
export const GROWTH_RATE_THRESHOLDS = [-10, 0, 10, 25] as const;
/** Percent of the retailer's monthly quota (月核定量) ordered in the month. */
export const TARGET_ATTAINMENT_THRESHOLDS = [50, 70, 85, 95] as const;

/** The score of a figure on a scale of thresholds: 1 plus the number of bounds it reaches. */
export function scoreOnScale(figure: number, thresholds: readonly number[]): number {
  return MIN_INDICATOR_SCORE + thresholds.filter((bound) => figure >= bound).length;
}

/** The figures of one month of a retailer's orders, as the orders projection holds them. */
export interface ContributionFigures {
  /** The month they come from, YYYY-MM (the latest complete month not after the period). */
  sourceMonth: string;
  orderedCartons: number;
  /** Integer fen, as a decimal string. */
  orderedFen: string;
  /** Cartons ordered in the same month a year earlier. */
  yearEarlierCartons: number;
  /** The retailer's own monthly quota in force in that month; null when orders has published none. */
  quotaCartons: number | null;
}

/** Percent with one decimal, the precision the breakdown shows. */
const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

export const growthPercent = (figures: ContributionFigures): number | null =>
  figures.yearEarlierCartons > 0 ? percent(figures.orderedCartons - figures.yearEarlierCartons, figures.yearEarlierCartons) : null;

export const attainmentPercent = (figures: ContributionFigures): number | null =>
  figures.quotaCartons !== null && figures.quotaCartons > 0 ? percent(figures.orderedCartons, figures.quotaCartons) : null;

/**
 * The computed indicators of a month. No orders in the month is a figure (volume 0 scores 1);
 * growth without year-earlier orders and attainment without a quota cannot be worked out and are null.
 */
export function computedContributionScores(figures: ContributionFigures): Record<ComputedContributionIndicator, number | null> {
  const growth = growthPercent(figures);
  const attainment = attainmentPercent(figures);
  return {
    monthlyVolume: scoreOnScale(figures.orderedCartons, MONTHLY_VOLUME_THRESHOLDS),
    growthRate: growth === null ? null : scoreOnScale(growth, GROWTH_RATE_THRESHOLDS),
    targetAttainment: attainment === null ? null : scoreOnScale(attainment, TARGET_ATTAINMENT_THRESHOLDS),
  };
}

const scored = (scores: ContributionScores) =>
  CONTRIBUTION_INDICATORS.filter((indicator) => scores[indicator] !== null).map((indicator) => scores[indicator] as number);

/**
 * Equal weights over the indicators that have a score, scaled to 0-100: all 1s give 0, all 5s
 * give 100. An unscored indicator takes no part rather than counting as poor or average.
 */
export function contributionTotal(scores: ContributionScores): number {
  const values = scored(scores);
  const sum = values.reduce((total, score) => total + score, 0);
  const count = values.length;
  return Math.round(((sum - count * MIN_INDICATOR_SCORE) / (count * (MAX_INDICATOR_SCORE - MIN_INDICATOR_SCORE))) * 100);
}

export interface ContributionIndicatorPoints {
  indicator: ContributionIndicator;
  score: number | null;
  points: number;
  maxPoints: number;
  weight: number;
}

/**
 * Each indicator's share of contributionTotal: with all ten scored, a score s adds
 * (s - 1) × 100 / 40 points, at most 10; an unscored one adds nothing and weighs nothing, the
 * others sharing its weight. Their sum is the total before it is rounded.
 */
export function contributionBreakdown(scores: ContributionScores): ContributionIndicatorPoints[] {
  const count = scored(scores).length;
  const maxPoints = 100 / count;
  return CONTRIBUTION_INDICATORS.map((indicator) => {
    const score = scores[indicator];
    if (score === null) return { indicator, score, points: 0, maxPoints: 0, weight: 0 };
    return {
      indicator,
      score,
      points: ((score - MIN_INDICATOR_SCORE) / (MAX_INDICATOR_SCORE - MIN_INDICATOR_SCORE)) * maxPoints,
      maxPoints,
      weight: 1 / count,
    };
  });
}
