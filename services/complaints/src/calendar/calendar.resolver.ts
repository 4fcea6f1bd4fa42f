import { type Context, InvalidInputError } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { COMPLAINTS_MANAGE, COMPLAINTS_READ } from '../permissions';
import { normalizeWindows, parseWindow } from './business-time.rules';
import { CalendarDayInput, PublishedYearInput, WeeklyHoursInput } from './calendar.inputs';
import { COMPANY_CALENDAR_ID, ensureCompanyCalendar, regionCalendar } from './calendar.service';
import { CalendarDay, WorkingCalendar } from './working-calendar.entity';

/** The weekly hours as given, or BAD_USER_INPUT naming the day and window that is wrong. */
function checkWeek(weekly: string[][]): void {
  weekly.forEach((windows, day) => {
    try {
      normalizeWindows(windows.map(parseWindow));
    } catch (error) {
      throw InvalidInputError.of(`weekly.${day}`, 'window', `weekly[${day}]: ${(error as Error).message}`);
    }
  });
}

@Resolver(() => WorkingCalendar)
export class CalendarResolver {
  @Authorized(COMPLAINTS_READ)
  @Query(() => [WorkingCalendar], { description: 'The company calendar and every region’s own' })
  async workingCalendars(@Ctx() context: Context): Promise<WorkingCalendar[]> {
    await context.transaction((manager) => ensureCompanyCalendar(manager));
    return context.dataSource.getRepository(WorkingCalendar).find({ order: { regionId: { direction: 'ASC', nulls: 'FIRST' } } });
  }

  @Authorized(COMPLAINTS_READ)
  @Query(() => [CalendarDay], { description: 'A calendar’s dated days in a year' })
  async calendarDays(
    @Arg('year', () => Int) year: number,
    @Ctx() context: Context,
    @Arg('regionId', () => ID, { nullable: true }) regionId?: string,
  ): Promise<CalendarDay[]> {
    await context.transaction((manager) => ensureCompanyCalendar(manager));
    const calendar = regionId
      ? await context.dataSource.getRepository(WorkingCalendar).findOneBy({ regionId })
      : { id: COMPANY_CALENDAR_ID };
    if (!calendar) return [];
    return context.dataSource
      .getRepository(CalendarDay)
      .createQueryBuilder('d')
      .where('d.calendar_id = :id AND extract(year FROM d.day) = :year', { id: calendar.id, year })
      .orderBy('d.day')
      .getMany();
  }

  @Authorized(COMPLAINTS_MANAGE)
  @Mutation(() => CalendarDay, { description: 'Add or change a dated day; deadlines raised from now on count it' })
  setCalendarDay(@Arg('input') input: CalendarDayInput, @Ctx() context: Context): Promise<CalendarDay> {
    return context.transaction(async (manager) => {
      const calendarId = input.regionId ? (await regionCalendar(manager, input.regionId)).id : COMPANY_CALENDAR_ID;
      await ensureCompanyCalendar(manager);
      await manager.upsert(CalendarDay, { calendarId, day: input.day, kind: input.kind, name: input.name }, ['calendarId', 'day']);
      return manager.findOneByOrFail(CalendarDay, { calendarId, day: input.day });
    });
  }

  @Authorized(COMPLAINTS_MANAGE)
  @Mutation(() => WorkingCalendar, { description: 'Set the weekly hours of the company or of a region' })
  setWeeklyHours(@Arg('input') input: WeeklyHoursInput, @Ctx() context: Context): Promise<WorkingCalendar> {
    checkWeek(input.weekly);
    return context.transaction(async (manager) => {
      await ensureCompanyCalendar(manager);
      const calendar = input.regionId
        ? await regionCalendar(manager, input.regionId)
        : await manager.findOneByOrFail(WorkingCalendar, { id: COMPANY_CALENDAR_ID });
      calendar.weekly = input.weekly;
      return manager.save(calendar);
    });
  }

  @Authorized(COMPLAINTS_MANAGE)
  @Mutation(() => WorkingCalendar, { description: 'Mark a year’s holidays as entered, so deadlines into it carry no warning' })
  publishCalendarYear(@Arg('input') input: PublishedYearInput, @Ctx() context: Context): Promise<WorkingCalendar> {
    return context.transaction(async (manager) => {
      await ensureCompanyCalendar(manager);
      const calendar = await manager.findOneByOrFail(WorkingCalendar, { id: COMPANY_CALENDAR_ID });
      calendar.publishedYears = [...new Set([...calendar.publishedYears, input.year])].sort();
      return manager.save(calendar);
    });
  }
}
