import { addDays, type Violation } from '@fieldloop/platform';

/** How far ahead a route may be planned, days: about a quarter; a later date is a slip of the keyboard. */
export const PLAN_HORIZON_DAYS = 92;

/** A plan is for a day to come: today (company time) at the earliest, and within the horizon. */
export function planDateViolation(planDate: string, today: string): Violation | undefined {
  if (planDate < today)
    return { field: 'planDate', rule: 'notInPast', message: `planDate must be today (${today}, company time) or later` };
  const latest = addDays(today, PLAN_HORIZON_DAYS);
  if (planDate > latest)
    return { field: 'planDate', rule: 'withinHorizon', message: `planDate must be within ${PLAN_HORIZON_DAYS} days, by ${latest}` };
  return undefined;
}
