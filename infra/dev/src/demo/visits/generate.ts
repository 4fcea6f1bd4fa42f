import { RetailerStatus, StaffRole } from '@fieldloop/customers';
import { COPY_LOOKBACK_DAYS, FlagKind, VisitStatus } from '@fieldloop/visits';
import { type CustomersDemo } from '../customers';
import { DEMO_REFERENCE_DATE, firstDayOfSpan } from '../reference';
import { countBy } from '../count-by';
import { SeededRandom } from '../random';
import { addDays, companyDay, workingDaysBefore, workingDaysBetween, workingDaysFrom } from './dates';
import { type ManagerContext, planDay } from './day';
import { stopAt } from './today';
import { type VisitsDemo, type VisitsDemoOptions } from './visits-demo';

// The whole visits demo from the company, a slice of its days, and its summary.

const WORKING_DAYS = 26;
/** Indexes (in staff order) of the account managers who keep to a few shops and copy their notes. */
const PROBLEM_MANAGER_INDEXES = [1, 4];
/** Indexes of the account managers whose plan for today is still waiting for approval (one per team of the default company). */
const LATE_PLAN_MANAGER_INDEXES = [2, 5, 9];
const FAVOURITE_SHOPS = 10;

export function generateVisitsDemo(customers: CustomersDemo, options: VisitsDemoOptions): VisitsDemo {
  const root = new SeededRandom(options.seed);
  const now = options.now && options.now > DEMO_REFERENCE_DATE ? options.now : undefined;
  const days = options.months
    ? workingDaysBetween(
        firstDayOfSpan(companyDay(now ?? DEMO_REFERENCE_DATE), options.months),
        now ? companyDay(now) : addDays(companyDay(DEMO_REFERENCE_DATE), -1),
      )
    : [...workingDaysBefore(DEMO_REFERENCE_DATE, WORKING_DAYS), ...(now ? workingDaysFrom(DEMO_REFERENCE_DATE, now) : [])];
  const managers = customers.staff.filter((member) => member.role === StaffRole.ACCOUNT_MANAGER && member.active);
  const problemIds = PROBLEM_MANAGER_INDEXES.filter((index) => index < managers.length).map((index) => managers[index].id);
  const lateIds = new Set(LATE_PLAN_MANAGER_INDEXES.filter((index) => index < managers.length).map((index) => managers[index].id));
  const demo: VisitsDemo = { days, problemAccountManagerIds: problemIds, plans: [], visits: [], flags: [], promises: [] };

  for (const manager of managers) {
    const random = root.fork(`manager:${manager.id}`);
    const route = customers.territories
      .filter((territory) => territory.accountManagerId === manager.id)
      .flatMap((territory) =>
        customers.retailers
          .filter((r) => r.territoryId === territory.id && r.status === RetailerStatus.ACTIVE)
          .sort((a, b) => a.routeSequence - b.routeSequence),
      );
    if (route.length === 0) continue;
    const context: ManagerContext = {
      random,
      today: now ?? DEMO_REFERENCE_DATE,
      managerId: manager.id,
      supervisorId: manager.supervisorId,
      problem: problemIds.includes(manager.id),
      route,
      favourites: random.sample(route, FAVOURITE_SHOPS),
      // Each month starts wherever the route had got to.
      next: random.int(0, route.length - 1),
      notes: [],
      notesByPrefixGram: new Map(),
    };
    for (const day of days) {
      // The service compares a note only with the notes of its look-back; a year's span keeps no more than that.
      const since = addDays(day, -COPY_LOOKBACK_DAYS);
      const kept = context.notes.findIndex((earlier) => earlier.plannedFor >= since);
      if (kept !== 0) context.notes.splice(0, kept === -1 ? context.notes.length : kept);
      planDay(context, day, demo);
    }
  }
  if (now && days.at(-1) === companyDay(now)) stopAt(now, days.at(-1)!, demo, lateIds);
  return demo;
}

/** The part of a demo on the given days (to add the days a database does not have yet). */
export function visitsDemoDays(demo: VisitsDemo, days: readonly string[]): VisitsDemo {
  const wanted = new Set(days);
  const visits = demo.visits.filter((visit) => wanted.has(visit.plannedFor));
  const visitIds = new Set(visits.map((visit) => visit.id));
  return {
    days: demo.days.filter((day) => wanted.has(day)),
    problemAccountManagerIds: demo.problemAccountManagerIds,
    plans: demo.plans.filter((plan) => wanted.has(plan.planDate)),
    visits,
    flags: demo.flags.filter((flag) => visitIds.has(flag.visitId)),
    promises: demo.promises.filter((promise) => visitIds.has(promise.visitId)),
  };
}

// ---------------------------------------------------------------------------------------
// Summary and loading
// ---------------------------------------------------------------------------------------

export interface VisitsDemoSummary {
  days: number;
  plans: number;
  visits: number;
  visitsByStatus: Record<VisitStatus, number>;
  visitFlags: number;
  flagsByKind: Record<FlagKind, number>;
  promises: number;
  retailersVisited: number;
}

export function summarizeVisitsDemo(demo: VisitsDemo): VisitsDemoSummary {
  return {
    days: demo.days.length,
    plans: demo.plans.length,
    visits: demo.visits.length,
    visitsByStatus: countBy(
      Object.values(VisitStatus),
      demo.visits.map((v) => v.status),
    ),
    visitFlags: demo.flags.length,
    flagsByKind: countBy(
      Object.values(FlagKind),
      demo.flags.map((f) => f.kind),
    ),
    promises: demo.promises.length,
    retailersVisited: new Set(demo.visits.filter((v) => v.status === VisitStatus.COMPLETED).map((v) => v.retailerId)).size,
  };
}
