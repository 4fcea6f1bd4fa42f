import chineseDays from 'chinese-days/dist/chinese-days.json';
import { CalendarDayKind } from './calendar.enums';

/** One dated day of the State Council's holiday notice: a public holiday or a make-up working day (调休). */
export interface PublishedDay {
  day: string;
  kind: CalendarDayKind;
  /** The holiday's Chinese name, e.g. 春节. */
  name: string;
}

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** chinese-days writes "Spring Festival,春节,4": English name, Chinese name, length. */
const chineseName = (entry: string) => entry.split(',')[1] ?? entry;

/**
 * The published national calendar from the `chinese-days` package (maintained from the State
 * Council's yearly notices): holidays and the weekend days worked in exchange. What seeds the
 * company calendar; an admin edits it from there.
 */
export function publishedChineseDays(data: ChineseDaysData = chineseDays as ChineseDaysData): PublishedDay[] {
  const days = [
    ...Object.entries(data.holidays).map(([day, entry]) => ({ day, kind: CalendarDayKind.HOLIDAY, name: chineseName(entry) })),
    ...Object.entries(data.workdays).map(([day, entry]) => ({ day, kind: CalendarDayKind.WORKDAY, name: `${chineseName(entry)}调休` })),
  ];
  return days.sort((a, b) => a.day.localeCompare(b.day));
}

/** The years the package has a notice for: those with a dated holiday. */
export const publishedYearsOf = (days: readonly PublishedDay[]): number[] =>
  [...new Set(days.filter((day) => day.kind === CalendarDayKind.HOLIDAY).map((day) => Number(day.day.slice(0, 4))))].sort();
