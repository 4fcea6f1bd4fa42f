import { type Visit, type VisitFlag, type VisitPlan, type VisitPromise } from '@fieldloop/visits';

// The demo month of visits as rows.

export interface VisitsDemoOptions {
  seed: number;
  /** Continue the demo up to this instant (company time); absent: the month before the reference date only. */
  now?: Date;
  /**
   * Months of visits up to `now` (or the reference date), this one included, like the orders'
   * span; absent: the 26 working days before the reference date and the days since (`npm start`'s demo).
   */
  months?: number;
}

// Rows as inserted (timestamps are set from the visit day, not left to the database).
export type DemoVisitPlan = VisitPlan;
export type DemoVisit = Omit<Visit, 'planRelation'>;
export type DemoVisitFlag = Omit<VisitFlag, 'visitRelation'>;
export type DemoVisitPromise = Omit<VisitPromise, 'visitRelation'>;

export interface VisitsDemo {
  /** The working days covered, oldest first, YYYY-MM-DD (company time). */
  days: string[];
  /** The account managers whose visits the supervisor should find wanting. */
  problemAccountManagerIds: string[];
  plans: DemoVisitPlan[];
  visits: DemoVisit[];
  flags: DemoVisitFlag[];
  promises: DemoVisitPromise[];
}
