import { Directive, Field, Float, ObjectType } from 'type-graphql';
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
