// Dates in company time (Asia/Shanghai, UTC+8 all year).

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant of a wall-clock minute (may be negative or past midnight) of a company day. */
export const atMinute = (day: string, minute: number, second = 0) =>
  new Date(Date.parse(`${day}T00:00:00+08:00`) + minute * 60_000 + second * 1000);

export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export const companyDay = (at: Date) => new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
const isWorkingDay = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() !== 0;

/** The Monday-to-Saturday days from `first` to `last` (YYYY-MM-DD), both included, oldest first. */
export function workingDaysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) if (isWorkingDay(day)) days.push(day);
  return days;
}

/** The Monday-to-Saturday days from the reference date's day to `now`'s day, both included, oldest first. */
export const workingDaysFrom = (reference: Date, now: Date) => workingDaysBetween(companyDay(reference), companyDay(now));

/** The `count` Monday-to-Saturday days before the reference date, oldest first. */
export function workingDaysBefore(reference: Date, count: number): string[] {
  const days: string[] = [];
  let day = new Date(reference.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
  while (days.length < count) {
    day = addDays(day, -1);
    if (new Date(`${day}T00:00:00Z`).getUTCDay() !== 0) days.push(day);
  }
  return days.reverse();
}
