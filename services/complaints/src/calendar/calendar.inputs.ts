import { ArrayMaxSize, ArrayMinSize, IsEnum, IsISO8601, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CalendarDayKind } from './calendar.enums';

@InputType({ description: 'A dated day of a calendar: a public holiday or a make-up working day (调休)' })
export class CalendarDayInput {
  @Field(() => ID, { nullable: true, description: 'The region whose calendar it is; omitted: the company calendar' })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  day: string;

  @Field(() => CalendarDayKind)
  @IsEnum(CalendarDayKind)
  kind: CalendarDayKind;

  @Field()
  @Length(1, 60)
  name: string;
}

@InputType({ description: 'Weekly working hours, Monday to Sunday, each day’s windows as "HH:MM-HH:MM"' })
export class WeeklyHoursInput {
  @Field(() => ID, { nullable: true, description: 'The region; omitted: the company calendar' })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => [[String]])
  @ArrayMinSize(7)
  @ArrayMaxSize(7)
  weekly: string[][];
}

@InputType()
export class PublishedYearInput {
  @Field(() => Int, { description: 'A year whose holidays an admin has entered: deadlines into it carry no warning' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}
