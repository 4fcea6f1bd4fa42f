import { type BusinessCalendar, normalizeWindows, parseWindow, type Window } from './business-time.rules';
import { CalendarDayKind } from './calendar.enums';

/** Asia/Shanghai: UTC+8 all year (no daylight saving since 1991). */
export const SHANGHAI_OFFSET_MINUTES = 480;

/** The company's default week: Monday to Friday, 08:30-12:00 and 13:30-17:30 (lunch between). */
export const DEFAULT_WEEK: readonly (readonly string[])[] = [
  ['08:30-12:00', '13:30-17:30'],
  ['08:30-12:00', '13:30-17:30'],
  ['08:30-12:00', '13:30-17:30'],
  ['08:30-12:00', '13:30-17:30'],
  ['08:30-12:00', '13:30-17:30'],
  [],
  [],
];

export interface CalendarData {
  /** Monday first, each day's windows as "HH:MM-HH:MM". */
  weekly: readonly (readonly string[])[];
  days: readonly { day: string; kind: CalendarDayKind }[];
  publishedYears: readonly number[];
  utcOffsetMinutes?: number;
}

/** A make-up working day has the hours of the week's first working day. */
const workingDayWindows = (weekly: Window[][]) => weekly.find((windows) => windows.length > 0) ?? [];

/** The stored calendar (weekly hours, dated days, published years) as the arithmetic reads it. */
export function businessCalendar({
  weekly,
  days,
  publishedYears,
  utcOffsetMinutes = SHANGHAI_OFFSET_MINUTES,
}: CalendarData): BusinessCalendar {
  const week = weekly.map((windows) => normalizeWindows(windows.map(parseWindow)));
  const makeUp = workingDayWindows(week);
  return {
    utcOffsetMinutes,
    weekly: week,
    overrides: new Map(days.map(({ day, kind }) => [day, kind === CalendarDayKind.HOLIDAY ? [] : makeUp])),
    publishedYears: new Set(publishedYears),
  };
}
