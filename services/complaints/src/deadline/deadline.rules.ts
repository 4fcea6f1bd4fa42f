import { CaseKind, CaseSeverity } from '../case/case.enums';

const HOUR = 60;

/**
 * Business hours to respond and to resolve, inside the company's own area and elsewhere.
 * Complaints: answered within 12 hours in the area, 24 elsewhere (seed 004).
 */
const POLICY: Record<CaseKind, { respond: [inArea: number, elsewhere: number]; resolve: [inArea: number, elsewhere: number] }> = {
  [CaseKind.COMPLAINT]: { respond: [12, 24], resolve: [36, 72] },
  [CaseKind.SUGGESTION]: { respond: [24, 24], resolve: [75, 75] },
  [CaseKind.MARKET_LEAD]: { respond: [8, 16], resolve: [40, 80] },
  [CaseKind.ORDER_EXCEPTION]: { respond: [4, 8], resolve: [12, 24] },
  [CaseKind.DELIVERY_ISSUE]: { respond: [8, 16], resolve: [24, 48] },
  [CaseKind.INFO_FEEDBACK]: { respond: [16, 24], resolve: [40, 40] },
};

/** Severity scales a kind's hours: a critical case gets a quarter of the time. */
const SEVERITY_FACTOR: Record<CaseSeverity, number> = {
  [CaseSeverity.LOW]: 2,
  [CaseSeverity.NORMAL]: 1,
  [CaseSeverity.HIGH]: 0.5,
  [CaseSeverity.CRITICAL]: 0.25,
};

/** The warning comes when a fifth of the clock is left. */
const WARN_SHARE = 0.2;
/** Rungs above the supervisor: level 1 the supervisor, 2 theirs, 3 the next; no more. */
export const TOP_LEVEL = 3;

export interface DeadlineBudget {
  respondMinutes: number;
  resolveMinutes: number;
}

/** The business minutes a case of this kind and severity has, decided by where the retailer is. */
export function deadlineBudget(kind: CaseKind, severity: CaseSeverity, inCompanyArea: boolean): DeadlineBudget {
  const { respond, resolve } = POLICY[kind];
  const area = inCompanyArea ? 0 : 1;
  const factor = SEVERITY_FACTOR[severity];
  return { respondMinutes: respond[area] * HOUR * factor, resolveMinutes: resolve[area] * HOUR * factor };
}

/**
 * The rung of the ladder a clock has reached: 0 (warning) when a fifth of the budget is left,
 * level k ≥ 1 once (k-1) further budgets have passed since the deadline (so a 12-hour complaint
 * reaches the supervisor at 12 h, the next level at 24 h, the one above at 36 h); undefined
 * while there is time.
 */
export function ladderRung(minutesLeft: number, budgetMinutes: number): number | undefined {
  if (minutesLeft > 0) return minutesLeft <= budgetMinutes * WARN_SHARE ? 0 : undefined;
  return Math.min(TOP_LEVEL, Math.floor(-minutesLeft / budgetMinutes) + 1);
}

/** How many business minutes after the deadline rung `level` is due (negative: the warning, before it). */
export const rungOffsetMinutes = (level: number, budgetMinutes: number): number =>
  level === 0 ? -budgetMinutes * WARN_SHARE : (level - 1) * budgetMinutes;
