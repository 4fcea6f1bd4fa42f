import { IsISO8601, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** A range of calendar days, both ends included; either may be left open. Filters extend it. */
@InputType()
export class DayRange {
  @Field({ nullable: true, description: 'From this day, YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date, YYYY-MM-DD' })
  from?: string;

  @Field({ nullable: true, description: 'Up to this day, YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date, YYYY-MM-DD' })
  to?: string;
}
