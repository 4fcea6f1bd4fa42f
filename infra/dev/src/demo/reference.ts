import { addMonths } from '@fieldloop/platform';

/*
 * What every service's demo shares: the options `npm start` passes and the fixed date the
 * data is counted back from, so the same options always give the same rows, whatever day
 * the demo is loaded.
 */

export interface DemoOptions {
  seed: number;
  retailers: number;
  /** Account managers (at most one per territory); unset, about one per one and a half territories. */
  accountManagers?: number;
  /**
   * Months of orders (default 6), of visits (default the 26 working days before the reference
   * date) and of cases (default 1), up to today: unset, `npm start`'s demo; the city-scale bench asks for 12.
   */
  months?: number;
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = { seed: 20261123, retailers: 2000 };

/** "Today" for the demo; every derived date is counted back from it. */
export const DEMO_REFERENCE_DATE = new Date('2026-11-01T00:00:00+08:00');

/** The first day of the month `months - 1` months before `day`'s: where a span of `months` months, `day`'s included, starts. */
export const firstDayOfSpan = (day: string, months: number) => `${addMonths(day.slice(0, 7), 1 - months)}-01`;
