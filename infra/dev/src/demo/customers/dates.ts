import { type SeededRandom } from '../random';
import { DEMO_REFERENCE_DATE } from '../reference';

// Dates, all Beijing time, counted back from the reference date.

export const DAY_MS = 24 * 60 * 60 * 1000;
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) in Beijing of an instant. */
export function beijingDate(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a Beijing wall-clock time `daysAgo` days before the reference date. */
export function beijingTime(daysAgo: number, minuteOfDay: number): Date {
  return new Date(DEMO_REFERENCE_DATE.getTime() - daysAgo * DAY_MS + minuteOfDay * 60_000);
}

/** A minute of the day as HH:MM. */
export const hhmm = (minute: number) => `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Somewhere in a working day, when people make assessments and edit files. */
export const workingMinute = (random: SeededRandom) => random.int(8 * 60 + 30, 17 * 60 + 30);

export function daysBetween(fromDate: string, toMs: number): number {
  return Math.floor((toMs - Date.parse(`${fromDate}T00:00:00+08:00`)) / DAY_MS);
}
