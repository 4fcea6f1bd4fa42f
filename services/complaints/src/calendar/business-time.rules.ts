/**
 * Business-minute arithmetic over a working calendar: weekly hours with several windows a
 * day (a lunch break is the gap between two), and dated overrides (public holidays with no
 * hours, make-up working days 调休 with a working day's hours). Pure: the calendar is data.
 *
 * Times are counted in the calendar's fixed UTC offset. Asia/Shanghai has had no daylight
 * saving since 1991, so a fixed +08:00 is exact there and keeps the arithmetic free of
 * time-zone lookups.
 */

/** Minutes after local midnight, `start` inclusive, `end` exclusive. */
export interface Window {
  start: number;
  end: number;
}

export interface BusinessCalendar {
  utcOffsetMinutes: number;
  /** Working windows per weekday, Monday first (index 0) to Sunday (index 6). */
  weekly: readonly (readonly Window[])[];
  /** Dated days (YYYY-MM-DD) whose windows replace the weekly ones: [] for a holiday. */
  overrides: ReadonlyMap<string, readonly Window[]>;
  /** Years whose holidays are published; outside them the weekly hours are only an assumption. */
  publishedYears: ReadonlySet<number>;
}

export interface Reckoning {
  at: Date;
  /** Years the reckoning ran through without a published holiday calendar, to show as a warning. */
  unpublishedYears: number[];
}

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
/** Ten years of days: a calendar with no working time at all fails instead of looping. */
const MAX_DAYS = 3660;

/** "08:30-12:00" → a window; throws naming the text when it is not one. */
export function parseWindow(text: string): Window {
  const match = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  const window = match && { start: Number(match[1]) * 60 + Number(match[2]), end: Number(match[3]) * 60 + Number(match[4]) };
  if (!window || window.end <= window.start || window.end > 1440) throw new RangeError(`"${text}" is not a window HH:MM-HH:MM`);
  return window;
}

export const formatWindow = ({ start, end }: Window): string =>
  [start, end].map((minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`).join('-');

/** Windows sorted and checked not to overlap; throws naming the overlap. */
export function normalizeWindows(windows: readonly Window[]): Window[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  sorted.forEach((window, i) => {
    if (i > 0 && window.start < sorted[i - 1].end) throw new RangeError(`${formatWindow(window)} overlaps ${formatWindow(sorted[i - 1])}`);
  });
  return sorted;
}

/** Local midnight of the day holding `at`, as UTC milliseconds. */
const dayStartOf = (calendar: BusinessCalendar, at: number) => {
  const offset = calendar.utcOffsetMinutes * MINUTE;
  return Math.floor((at + offset) / DAY) * DAY - offset;
};

const localDay = (calendar: BusinessCalendar, dayStart: number) =>
  new Date(dayStart + calendar.utcOffsetMinutes * MINUTE).toISOString().slice(0, 10);

/** The working windows of the day starting at `dayStart`, as UTC millisecond ranges. */
function windowsOf(calendar: BusinessCalendar, dayStart: number, unpublished: Set<number>): [number, number][] {
  const day = localDay(calendar, dayStart);
  const year = Number(day.slice(0, 4));
  if (!calendar.publishedYears.has(year)) unpublished.add(year);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const windows = calendar.overrides.get(day) ?? calendar.weekly[weekday] ?? [];
  return windows.map(({ start, end }) => [dayStart + start * MINUTE, dayStart + end * MINUTE]);
}

/** The instant `minutes` business minutes after `from`; 0 minutes is `from` itself. */
export function addBusinessMinutes(calendar: BusinessCalendar, from: Date, minutes: number): Reckoning {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`cannot add ${minutes} business minutes`);
  const unpublished = new Set<number>();
  let remaining = minutes * MINUTE;
  const start = from.getTime();
  if (remaining === 0) return { at: from, unpublishedYears: [] };
  for (let day = 0, dayStart = dayStartOf(calendar, start); day < MAX_DAYS; day += 1, dayStart += DAY) {
    for (const [windowStart, windowEnd] of windowsOf(calendar, dayStart, unpublished)) {
      const begin = Math.max(windowStart, start);
      if (begin >= windowEnd) continue;
      if (remaining <= windowEnd - begin) return { at: new Date(begin + remaining), unpublishedYears: [...unpublished].sort() };
      remaining -= windowEnd - begin;
    }
  }
  throw new RangeError(`the calendar has no working time within ${MAX_DAYS} days of ${from.toISOString()}`);
}

/** Business minutes from `from` to `to`; negative when `to` is earlier (time overdue). */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  if (to < from) return -businessMinutesBetween(calendar, to, from);
  const [start, end] = [from.getTime(), to.getTime()];
  let total = 0;
  for (let dayStart = dayStartOf(calendar, start); dayStart < end; dayStart += DAY) {
    for (const [windowStart, windowEnd] of windowsOf(calendar, dayStart, new Set())) {
      total += Math.max(0, Math.min(windowEnd, end) - Math.max(windowStart, start));
    }
  }
  return total / MINUTE;
}
