import { PlanStatus, VisitStatus } from '@fieldloop/visits';
import { atMinute } from './dates';
import { NOT_CHECKED_IN, emptyFindings } from './day';
import { type DemoVisit, type VisitsDemo } from './visits-demo';

/**
 * Today as of `now`: what happened after `now` has not happened yet. Runs after the day is
 * generated whole, so the random draws (and every other day) are the same whatever `now` is.
 */
export function stopAt(now: Date, day: string, demo: VisitsDemo, awaitingApproval: Set<string>): void {
  const todays = new Map(demo.plans.filter((plan) => plan.planDate === day).map((plan) => [plan.id, plan]));
  /** Visits not started yet: none of their flags or promises has happened. */
  const notStarted = new Set<string>();
  /** Visits under way: only what happened at check-in has. */
  const underWay = new Set<string>();
  for (const plan of todays.values()) {
    if (!awaitingApproval.has(plan.accountManagerId)) continue;
    // Submitted this morning, not yet reviewed: nobody sets out on an unapproved route.
    Object.assign(plan, {
      status: PlanStatus.SUBMITTED,
      reviewedById: null,
      reviewedAt: null,
      submittedAt: atMinute(day, 7 * 60 + 40),
      updatedAt: atMinute(day, 7 * 60 + 40),
    });
    if (plan.submittedAt! > now) Object.assign(plan, { submittedAt: now, updatedAt: now, createdAt: now });
  }
  const plannedAgain = (visit: DemoVisit) => {
    Object.assign(visit, {
      status: VisitStatus.PLANNED,
      cancelReason: null,
      ...NOT_CHECKED_IN,
      ...emptyFindings(),
      updatedAt: todays.get(visit.planId!)!.updatedAt,
    });
    notStarted.add(visit.id);
  };
  for (const visit of demo.visits) {
    if (!visit.planId || !todays.has(visit.planId)) continue;
    const plan = todays.get(visit.planId)!;
    if (plan.status === PlanStatus.SUBMITTED) plannedAgain(visit);
    else if (visit.status === VisitStatus.MISSED)
      plannedAgain(visit); // the day is not over
    else if (visit.status === VisitStatus.CANCELLED && visit.updatedAt > now) plannedAgain(visit);
    else if (visit.status === VisitStatus.COMPLETED && visit.checkInAt! > now) plannedAgain(visit);
    else if (visit.status === VisitStatus.COMPLETED && visit.checkOutAt! > now) {
      // At the shop now: checked in, findings and check-out still to come.
      Object.assign(visit, {
        status: VisitStatus.IN_PROGRESS,
        checkOutAt: null,
        checkOutLatitude: null,
        checkOutLongitude: null,
        ...emptyFindings(),
        updatedAt: visit.checkInAt,
      });
      underWay.add(visit.id);
    }
  }
  // Check-in flags stay with a visit under way; its check-out flags and promises are still to come.
  demo.flags = demo.flags.filter((flag) => !notStarted.has(flag.visitId) && (!underWay.has(flag.visitId) || flag.createdAt <= now));
  demo.promises = demo.promises.filter((promise) => !notStarted.has(promise.visitId) && !underWay.has(promise.visitId));
}
