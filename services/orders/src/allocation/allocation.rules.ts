import type { Violation } from '@fieldloop/platform';
import { AllowanceRule } from '../order/order.enums';

export interface TierRule {
  minTier: number;
  maxTier: number;
  monthlyCartons: number;
}

/** The rule table must give every tier 1-30 exactly one quota. */
export function quotaRuleViolations(rules: TierRule[]): Violation[] {
  const sorted = rules.map((rule, index) => ({ ...rule, index })).sort((a, b) => a.minTier - b.minTier);
  const violations: Violation[] = [];
  let next = 1;
  for (const rule of sorted) {
    if (rule.minTier > rule.maxTier) {
      violations.push({ field: `rules.${rule.index}.maxTier`, rule: 'range', message: `rules.${rule.index}.maxTier must be ≥ minTier` });
    }
    if (rule.minTier !== next) {
      violations.push({
        field: `rules.${rule.index}.minTier`,
        rule: rule.minTier < next ? 'overlap' : 'gap',
        message: `rules.${rule.index}.minTier must be ${next}: the rules must cover tiers 1-30 once each`,
      });
    }
    next = rule.maxTier + 1;
  }
  if (next !== 31) violations.push({ field: 'rules', rule: 'coverage', message: 'rules must cover tiers 1-30 once each' });
  return violations;
}

export function quotaForTier(rules: TierRule[], tier: number): number {
  return rules.find((rule) => tier >= rule.minTier && tier <= rule.maxTier)?.monthlyCartons ?? 0;
}

/** The order cycle of a day (YYYY-MM-DD): its ISO week, YYYY-Www (orders are taken weekly). */
export function orderCycleOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export interface RequestedLine {
  productId: string;
  cartons: number;
}

export interface Cut {
  productId: string;
  requested: number;
  accepted: number;
  rule: AllowanceRule;
}

export interface Refusal {
  index: number;
  rule: AllowanceRule;
  remaining: number;
}

export type Allocation = { accepted: RequestedLine[]; cuts: Cut[] } | { refused: Refusal };

/**
 * What of an order fits: each line within its product's remaining cycle limit (when the
 * product is limited), then the lines in order within the month's remaining quota. Without
 * `acceptUpTo` the first line that does not fit refuses the order; with it, lines are cut to
 * what fits (a line cut to nothing is dropped) and each cut is reported.
 */
export function allocate(
  lines: RequestedLine[],
  monthRemaining: number,
  productRemaining: ReadonlyMap<string, number>,
  acceptUpTo: boolean,
): Allocation {
  const accepted: RequestedLine[] = [];
  const cuts: Cut[] = [];
  const productLeft = new Map(productRemaining);
  let monthLeft = Math.max(0, monthRemaining);
  for (const [index, line] of lines.entries()) {
    let cartons = line.cartons;
    let rule: AllowanceRule | undefined;
    const limitLeft = productLeft.get(line.productId);
    if (limitLeft !== undefined && cartons > limitLeft) {
      if (!acceptUpTo) return { refused: { index, rule: AllowanceRule.PRODUCT_LIMIT, remaining: Math.max(0, limitLeft) } };
      cartons = Math.max(0, limitLeft);
      rule = AllowanceRule.PRODUCT_LIMIT;
    }
    if (cartons > monthLeft) {
      if (!acceptUpTo) return { refused: { index, rule: AllowanceRule.MONTHLY_QUOTA, remaining: monthLeft } };
      cartons = monthLeft;
      rule = AllowanceRule.MONTHLY_QUOTA;
    }
    if (limitLeft !== undefined) productLeft.set(line.productId, limitLeft - cartons);
    monthLeft -= cartons;
    if (rule) cuts.push({ productId: line.productId, requested: line.cartons, accepted: cartons, rule });
    if (cartons > 0) accepted.push({ productId: line.productId, cartons });
  }
  return { accepted, cuts };
}
