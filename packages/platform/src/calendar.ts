import { loadCompanyTime } from './config';

/** Calendar days are YYYY-MM-DD strings, as the schema carries them; these count them in the company's zone. */

/** The calendar day of an instant in a time zone (Intl does the zone arithmetic). */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today in company time (FIELDLOOP_TIME_ZONE). */
export function companyToday(now: Date = new Date()): string {
  return localDate(now, loadCompanyTime().timeZone);
}

/** The month (YYYY-MM) `months` after `month` (before it when negative). */
export function addMonths(month: string, months: number): string {
  const [year, monthOfYear] = month.split('-').map(Number);
  return new Date(Date.UTC(year, monthOfYear - 1 + months, 1)).toISOString().slice(0, 7);
}
