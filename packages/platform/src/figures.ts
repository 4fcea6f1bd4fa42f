import { Directive, Field, Float, ObjectType } from 'type-graphql';
import type { EntityTarget } from 'typeorm';
import type { Context } from './context';
import { InvalidInputError } from './errors';

/*
 * What every service's monthly scorecard section shares: the month argument's rule, and the
 * outliers a service flags among its own figures relative to the account manager's team.
 */

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month argument of every figures field: YYYY-MM, else BAD_USER_INPUT naming `field`. */
export function requireMonth(month: string, field = 'month'): string {
  if (!MONTH.test(month)) throw InvalidInputError.of(field, 'format', `${field} must be YYYY-MM`);
  return month;
}

/** The middle of the values (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

@Directive('@shareable')
@ObjectType({ description: "A figure of an account manager's month that stands out from their team's, with the reason in words" })
export class FigureOutlier {
  @Field({ description: 'The name of the figure that stands out, as it is named in the schema (e.g. coverage)' })
  figure: string;

  @Field({ description: 'A stable code for the reason (e.g. COVERAGE_LOW), the key to translate it' })
  code: string;

  @Field(() => Float, { description: "The account manager's value of the figure (a translation's parameter)" })
  value: number;

  @Field(() => Float, { description: "The median of the figure over the account manager's team (a translation's parameter)" })
  teamMedian: number;

  @Field({ description: 'The reason in English' })
  reason: string;
}

/** Below this many members a median says little about a team: nobody is flagged. */
export const SMALLEST_COMPARED_TEAM = 3;

/** When one figure stands out from the team's median, and how to say so. */
export interface OutlierRule<Figures> {
  figure: keyof Figures & string;
  code: string;
  outlier: (value: number, teamMedian: number) => boolean;
  /** The reason in English, from the value and the median as percentages. */
  reason: (value: string, teamMedian: string) => string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The figures where `own` stands out from the team (which includes them), by each service's
 * rules. A figure a member has no value for (null) is left out of the median and never flagged.
 */
export function flagOutliers<Figures>(rules: readonly OutlierRule<Figures>[], own: Figures, team: readonly Figures[]): FigureOutlier[] {
  return rules.flatMap(({ figure, code, outlier, reason }) => {
    const values = team
      .map((member) => member[figure])
      .filter((value): value is Figures[typeof figure] & number => typeof value === 'number');
    const value = own[figure];
    if (values.length < SMALLEST_COMPARED_TEAM || typeof value !== 'number') return [];
    const teamMedian = median(values)!;
    return outlier(value, teamMedian) ? [{ figure, code, value, teamMedian, reason: reason(percent(value), percent(teamMedian)) }] : [];
  });
}

/** A service's copy of customers' staff: enough to know a team. */
interface StaffCopy {
  id: string;
  supervisorId: string | null;
  role: string;
  active: boolean;
}

/**
 * The active account managers who share the member's supervisor (the member among them), from
 * the service's own copy of customers' staff; the member alone without a supervisor.
 */
export async function accountManagerTeamOf(context: Context, staff: EntityTarget<StaffCopy>, memberId: string): Promise<string[]> {
  const member = await context.loaders.byId(staff).load(memberId);
  if (!member?.supervisorId) return [memberId];
  const team = await context.loaders.manyBy(staff, 'supervisorId').load(member.supervisorId);
  const managers = team.filter((colleague) => colleague.active && colleague.role === 'ACCOUNT_MANAGER').map((colleague) => colleague.id);
  return managers.includes(memberId) ? managers : [...managers, memberId];
}
