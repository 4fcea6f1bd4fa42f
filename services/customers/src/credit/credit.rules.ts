import { CreditGrade, CreditIndicator, IndicatorLevel } from './credit.enums';

/** Where each indicator is kept on an assessment (and on its input). */
export const CREDIT_INDICATOR_FIELDS = {
  LOCAL_RESIDENCE: 'localResidence',
  YEARS_IN_BUSINESS: 'yearsInBusiness',
  SALES_GROWTH: 'salesGrowth',
  ARREARS: 'arrears',
  SUPPLIER_CONCENTRATION: 'supplierConcentration',
  BAD_HABITS: 'badHabits',
  CROSS_REGION_SELLING: 'crossRegionSelling',
} as const satisfies Record<CreditIndicator, string>;

export type CreditLevels = { [K in CreditIndicator as (typeof CREDIT_INDICATOR_FIELDS)[K]]: IndicatorLevel };

const levelOf = (levels: CreditLevels, indicator: CreditIndicator) => levels[CREDIT_INDICATOR_FIELDS[indicator]];

const POINTS: Record<IndicatorLevel, number> = { GOOD: 2, MEDIUM: 1, POOR: 0 };

/** Indicators whose poor level alone disqualifies a retailer from the top grades. */
const KNOCK_OUT = [CreditIndicator.ARREARS, CreditIndicator.BAD_HABITS];

export const MAX_CREDIT_SCORE = Object.keys(CreditIndicator).length * POINTS.GOOD;

/**
 * The training material lists the seven indicators and their three levels but not how they
 * add up, so the rule is ours (docs/domain-rules.md): good 2, medium 1, poor 0, out of 14.
 * A: 12+ and nothing poor. B: 9+ with at most one poor. C: 5+. D: the rest.
 * Severe arrears (严重不良拖欠) or gambling, drugs, drink cap the grade at C; both give D.
 */
export function gradeCredit(levels: CreditLevels): { score: number; grade: CreditGrade } {
  const values = Object.values(CreditIndicator).map((indicator) => levelOf(levels, indicator));
  const score = values.reduce((sum, level) => sum + POINTS[level], 0);
  const poorCount = values.filter((level) => level === IndicatorLevel.POOR).length;
  const knockOuts = KNOCK_OUT.filter((indicator) => levelOf(levels, indicator) === IndicatorLevel.POOR).length;

  let grade: CreditGrade;
  if (score >= 12 && poorCount === 0) grade = CreditGrade.A;
  else if (score >= 9 && poorCount <= 1) grade = CreditGrade.B;
  else if (score >= 5) grade = CreditGrade.C;
  else grade = CreditGrade.D;

  if (knockOuts === KNOCK_OUT.length) grade = CreditGrade.D;
  else if (knockOuts > 0 && (grade === CreditGrade.A || grade === CreditGrade.B)) grade = CreditGrade.C;
  return { score, grade };
}

export interface CreditIndicatorPoints {
  indicator: CreditIndicator;
  field: (typeof CREDIT_INDICATOR_FIELDS)[CreditIndicator];
  level: IndicatorLevel;
  points: number;
  maxPoints: number;
  weight: number;
  /** A poor level here caps the grade at C (both knock-outs poor: D), whatever the points. */
  knockOut: boolean;
}

/** Each indicator's points as gradeCredit counts them; they add up to its score. */
export function creditBreakdown(levels: CreditLevels): CreditIndicatorPoints[] {
  const indicators = Object.values(CreditIndicator);
  return indicators.map((indicator) => ({
    indicator,
    field: CREDIT_INDICATOR_FIELDS[indicator],
    level: levelOf(levels, indicator),
    points: POINTS[levelOf(levels, indicator)],
    maxPoints: POINTS.GOOD,
    weight: 1 / indicators.length,
    knockOut: KNOCK_OUT.includes(indicator),
  }));
}
