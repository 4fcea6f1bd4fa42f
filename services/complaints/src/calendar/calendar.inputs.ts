import { DayField, IntBetweenField } from '@fieldloop/platform';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CalendarDayKind } from './calendar.enums';

@InputType({ description: 'A dated day of a calendar: a public holiday or a make-up working day (调休)' })
export class CalendarDayInput {
  @Field(() => ID, { nullable: true, description: 'The region whose calendar it is; omitted: the company calendar' })
  @IsOptional()
  regionId?: string | null;

  @DayField()
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
  regionId?: string | null;

  @Field(() => [[String]])
  @ArrayMinSize(7)
  @ArrayMaxSize(7)
  weekly: string[][];
}

@InputType()
export class PublishedYearInput {
  @IntBetweenField(2000, 2100, { description: 'A year whose holidays an admin has entered: deadlines into it carry no warning' })
  year: number;
}
