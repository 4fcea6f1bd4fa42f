import type { Context } from '@fieldloop/platform';
import type { BusinessCalendar } from './business-time';
import { calendarForRegion } from './calendar.service';

const perRequest = new WeakMap<Context, Map<string | null, Promise<BusinessCalendar>>>();

/** A region's calendar, read once per request however many cases of the page need it. */
export function requestCalendar(context: Context, regionId: string | null): Promise<BusinessCalendar> {
  let calendars = perRequest.get(context);
  if (!calendars) perRequest.set(context, (calendars = new Map()));
  let calendar = calendars.get(regionId);
  if (!calendar) calendars.set(regionId, (calendar = calendarForRegion(context.dataSource.manager, regionId)));
  return calendar;
}
