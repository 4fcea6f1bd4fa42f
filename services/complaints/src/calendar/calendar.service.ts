import { randomUUID } from 'node:crypto';
import type { Context } from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { businessCalendar, DEFAULT_WEEK } from './business-calendar.rules';
import type { BusinessCalendar } from './business-time.rules';
import { publishedChineseDays, publishedYearsOf } from './holiday.catalogue';
import { CalendarDay, WorkingCalendar } from './working-calendar.entity';

/** The company calendar's fixed id: seeding it twice (two replicas, a retry) inserts nothing twice. */
export const COMPANY_CALENDAR_ID = '00000000-0000-4000-8000-00000000ca1e';

/**
 * The company calendar, seeded on first use from the published national calendar
 * (chinese-days) and the default week; from then on it is the admin's to edit.
 */
export async function ensureCompanyCalendar(manager: EntityManager): Promise<void> {
  if (await manager.existsBy(WorkingCalendar, { id: COMPANY_CALENDAR_ID })) return;
  const days = publishedChineseDays();
  await manager
    .createQueryBuilder()
    .insert()
    .into(WorkingCalendar)
    .values({
      id: COMPANY_CALENDAR_ID,
      regionId: null,
      name: '公司工作日历',
      weekly: DEFAULT_WEEK.map((windows) => [...windows]),
      publishedYears: publishedYearsOf(days),
    })
    .orIgnore()
    .execute();
  await manager
    .createQueryBuilder()
    .insert()
    .into(CalendarDay)
    .values(days.map((day) => ({ calendarId: COMPANY_CALENDAR_ID, ...day })))
    .orIgnore()
    .execute();
}

/** The calendar deadlines of a region are counted in: its own hours and days over the company's. */
export async function calendarForRegion(manager: EntityManager, regionId: string | null): Promise<BusinessCalendar> {
  await ensureCompanyCalendar(manager);
  const company = await manager.findOneByOrFail(WorkingCalendar, { id: COMPANY_CALENDAR_ID });
  const own = regionId ? await manager.findOneBy(WorkingCalendar, { regionId }) : null;
  const days = await manager.find(CalendarDay, { where: [{ calendarId: COMPANY_CALENDAR_ID }, ...(own ? [{ calendarId: own.id }] : [])] });
  // The region's own dated days win over the company's for the same date.
  const byDay = new Map(days.filter((day) => day.calendarId === COMPANY_CALENDAR_ID).map((day) => [day.day, day]));
  for (const day of days.filter((candidate) => candidate.calendarId !== COMPANY_CALENDAR_ID)) byDay.set(day.day, day);
  return businessCalendar({ weekly: (own ?? company).weekly, days: [...byDay.values()], publishedYears: company.publishedYears });
}

/** A region's own calendar, created from the company's week on first edit. */
export async function regionCalendar(manager: EntityManager, regionId: string): Promise<WorkingCalendar> {
  await ensureCompanyCalendar(manager);
  const existing = await manager.findOneBy(WorkingCalendar, { regionId });
  if (existing) return existing;
  const company = await manager.findOneByOrFail(WorkingCalendar, { id: COMPANY_CALENDAR_ID });
  return manager.save(WorkingCalendar, {
    id: randomUUID(),
    regionId,
    name: `区域日历 ${regionId.slice(0, 8)}`,
    weekly: company.weekly,
    publishedYears: [],
  });
}

const perRequest = new WeakMap<Context, Map<string | null, Promise<BusinessCalendar>>>();

/** A region's calendar, read once per request however many cases of the page need it. */
export function requestCalendar(context: Context, regionId: string | null): Promise<BusinessCalendar> {
  let calendars = perRequest.get(context);
  if (!calendars) perRequest.set(context, (calendars = new Map()));
  let calendar = calendars.get(regionId);
  if (!calendar) calendars.set(regionId, (calendar = calendarForRegion(context.dataSource.manager, regionId)));
  return calendar;
}
