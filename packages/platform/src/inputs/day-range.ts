import { InputType } from 'type-graphql';
import { DayField } from './fields';

/** A range of calendar days, both ends included; either may be left open. Filters extend it. */
@InputType()
export class DayRange {
  @DayField({ nullable: true, description: 'From this day, YYYY-MM-DD' })
  from?: string;

  @DayField({ nullable: true, description: 'Up to this day, YYYY-MM-DD' })
  to?: string;
}
