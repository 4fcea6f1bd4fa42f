import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CalendarDayKind } from './calendar.enums';

/**
 * A region's working calendar (the company's when regionId is null): weekly hours, Monday
 * first, each day's windows as "HH:MM-HH:MM". A region calendar's dated days add to and
 * override the company's, which are seeded from the published national calendar.
 */
@ObjectType({ description: 'Working hours and dated days that deadlines are counted in (Asia/Shanghai)' })
@Entity()
@Index(['regionId'], { unique: true, where: 'region_id IS NOT NULL' })
export class WorkingCalendar {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true, description: 'The region; null for the company calendar every region falls back to' })
  @Column('uuid', { nullable: true })
  regionId: string | null;

  @Field()
  @Column()
  name: string;

  @Field(() => [[String]], { description: 'Monday to Sunday, each day’s working windows, e.g. ["08:30-12:00", "13:30-17:30"]' })
  @Column('jsonb')
  weekly: string[][];

  @Field(() => [Int], { description: 'Years whose holidays are published; a deadline running past them carries a warning' })
  @Column('int', { array: true, default: () => "'{}'" })
  publishedYears: number[];
}

@ObjectType({ description: 'A public holiday or a make-up working day (调休)' })
@Entity()
export class CalendarDay {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  calendarId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @PrimaryColumn('date')
  day: string;

  @Field(() => CalendarDayKind)
  @Column({ type: 'enum', enum: CalendarDayKind, enumName: 'calendar_day_kind' })
  kind: CalendarDayKind;

  @Field()
  @Column()
  name: string;
}
