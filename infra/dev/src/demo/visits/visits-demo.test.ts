import { describe, expect, it } from '@jest/globals';
import { StaffRole } from '@fieldloop/customers';
import { localDate } from '@fieldloop/platform';
import {
  COPY_LOOKBACK_DAYS,
  COPY_THRESHOLD,
  DEFAULT_ATTENDANCE_POLICY,
  distanceMeters,
  FlagKind,
  isEmptyNote,
  PlanStatus,
  VisitStatus,
} from '@fieldloop/visits';
import { generateCustomersDemo } from '../customers';
import { DEMO_REFERENCE_DATE } from '../reference';
import { generateVisitsDemo, summarizeVisitsDemo, type DemoVisit } from '.';

// The default company, as `npm start` loads it.
const customers = generateCustomersDemo();
const demo = generateVisitsDemo(customers, { seed: 20261124 });
const managers = customers.staff.filter((member) => member.role === StaffRole.ACCOUNT_MANAGER);
const completed = demo.visits.filter((visit) => visit.status === VisitStatus.COMPLETED);

const flagged = (kind: FlagKind) => new Set(demo.flags.filter((flag) => flag.kind === kind).map((flag) => flag.visitId));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Per account manager: shops visited (completed) and the share of completed visits with copied notes. */
function habits() {
  const copied = flagged(FlagKind.COPIED_NOTES);
  return new Map(
    managers.map((manager) => {
      const own = completed.filter((visit) => visit.accountManagerId === manager.id);
      return [
        manager.id,
        {
          shops: new Set(own.map((visit) => visit.retailerId)).size,
          copiedShare: own.filter((visit) => copied.has(visit.id)).length / own.length,
        },
      ];
    }),
  );
}

describe('visits demo data', () => {
  it('is the same for the same seed and different for another', () => {
    const again = generateVisitsDemo(generateCustomersDemo(), { seed: 20261124 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
    const other = generateVisitsDemo(customers, { seed: 7 });
    expect(other.visits.map((visit) => visit.retailerId)).not.toEqual(demo.visits.map((visit) => visit.retailerId));
  });

  it('covers the 26 working days before the reference date, with an approved plan a day for every account manager', () => {
    expect(demo.days).toHaveLength(26);
    expect(demo.days.at(-1)! < localDate(DEMO_REFERENCE_DATE, 'Asia/Shanghai')).toBe(true);
    for (const day of demo.days) expect(new Date(`${day}T00:00:00Z`).getUTCDay()).not.toBe(0);

    const supervisorOf = new Map(managers.map((manager) => [manager.id, manager.supervisorId]));
    for (const manager of managers) {
      const plans = demo.plans.filter((plan) => plan.accountManagerId === manager.id);
      expect(plans.map((plan) => plan.planDate)).toEqual(demo.days);
    }
    for (const plan of demo.plans) {
      expect(plan.status).toBe(PlanStatus.APPROVED);
      expect(plan.reviewedById).toBe(supervisorOf.get(plan.accountManagerId));
      expect(plan.submittedAt!.getTime()).toBeLessThan(plan.reviewedAt!.getTime());
      expect(plan.reviewedAt!.getTime()).toBeLessThan(Date.parse(`${plan.planDate}T08:00:00+08:00`));
      const stops = demo.visits.filter((visit) => visit.planId === plan.id);
      expect(stops.length).toBeGreaterThanOrEqual(6);
      expect(stops.length).toBeLessThanOrEqual(9);
      expect(stops.map((visit) => visit.sequence)).toEqual(stops.map((_, index) => index + 1));
      expect(new Set(stops.map((visit) => visit.retailerId)).size).toBe(stops.length);
    }
  });

  it('has about 92% of visits completed, the rest missed or cancelled with a reason', () => {
    const summary = summarizeVisitsDemo(demo);
    const share = summary.visitsByStatus.COMPLETED / summary.visits;
    expect(share).toBeGreaterThan(0.88);
    expect(share).toBeLessThan(0.96);
    expect(summary.visitsByStatus.MISSED).toBeGreaterThan(0);
    expect(summary.visitsByStatus.PLANNED + summary.visitsByStatus.IN_PROGRESS).toBe(0);
    for (const visit of demo.visits) {
      expect(visit.cancelReason !== null).toBe(visit.status === VisitStatus.CANCELLED);
      expect(visit.checkInAt !== null).toBe(visit.status === VisitStatus.COMPLETED);
    }
  });

  it('checks in and out on the visit day, in working hours, in order', () => {
    for (const visit of completed) {
      expect(localDate(visit.checkInAt!, 'Asia/Shanghai')).toBe(visit.plannedFor);
      const minutes = (visit.checkOutAt!.getTime() - visit.checkInAt!.getTime()) / 60_000;
      expect(minutes).toBeGreaterThanOrEqual(8);
      expect(minutes).toBeLessThan(31);
      expect(visit.checkInAt!.getTime()).toBeGreaterThan(Date.parse(`${visit.plannedFor}T08:00:00+08:00`));
      expect(visit.checkOutAt!.getTime()).toBeLessThan(Date.parse(`${visit.plannedFor}T18:30:00+08:00`));
      expect(visit.satisfaction).toBeGreaterThanOrEqual(3);
      expect(visit.stock.length).toBeGreaterThanOrEqual(1);
    }
    const byPlan = new Map<string, DemoVisit[]>();
    for (const visit of completed) byPlan.set(visit.planId!, [...(byPlan.get(visit.planId!) ?? []), visit]);
    for (const stops of byPlan.values()) {
      for (let i = 1; i < stops.length; i++) expect(stops[i].checkInAt!.getTime()).toBeGreaterThan(stops[i - 1].checkOutAt!.getTime());
    }
  });

  it('visits only shops on the account manager’s own routes', () => {
    const retailers = new Map(customers.retailers.map((retailer) => [retailer.id, retailer]));
    const managerOf = new Map(customers.territories.map((territory) => [territory.id, territory.accountManagerId]));
    for (const visit of demo.visits) {
      const retailer = retailers.get(visit.retailerId)!;
      expect(visit.territoryId).toBe(retailer.territoryId);
      expect(managerOf.get(retailer.territoryId)).toBe(visit.accountManagerId);
    }
  });

  it('has a few far check-ins, each flagged DISTANCE, and every other check-in near the shop', () => {
    const retailers = new Map(customers.retailers.map((retailer) => [retailer.id, retailer]));
    const distanceFlags = flagged(FlagKind.DISTANCE);
    const far = completed.filter((visit) => visit.checkInDistanceMeters! > DEFAULT_ATTENDANCE_POLICY.maxDistanceMeters);
    expect(far.length / completed.length).toBeGreaterThan(0.015);
    expect(far.length / completed.length).toBeLessThan(0.05);
    for (const visit of completed) {
      const shop = retailers.get(visit.retailerId)!;
      expect(visit.checkInDistanceMeters).toBe(
        Math.round(distanceMeters(shop, { latitude: visit.checkInLatitude!, longitude: visit.checkInLongitude! })),
      );
      expect(distanceFlags.has(visit.id)).toBe(far.includes(visit));
      if (!far.includes(visit)) expect(visit.checkInDistanceMeters).toBeLessThanOrEqual(60);
    }
  });

  it('flags copied notes against an earlier visit of the same account manager, and empty notes', () => {
    const visits = new Map(demo.visits.map((visit) => [visit.id, visit]));
    const copies = demo.flags.filter((flag) => flag.kind === FlagKind.COPIED_NOTES);
    expect(copies.length).toBeGreaterThan(50);
    for (const flag of copies) {
      const visit = visits.get(flag.visitId)!;
      const [, day, sourceId] = /on (\d{4}-\d{2}-\d{2}) \(([0-9a-f-]+)\)$/.exec(flag.reason)!;
      const source = visits.get(sourceId)!;
      expect(flag.value).toBeGreaterThanOrEqual(COPY_THRESHOLD);
      expect(source.accountManagerId).toBe(visit.accountManagerId);
      expect(source.plannedFor).toBe(day);
      expect(source.checkOutAt!.getTime()).toBeLessThan(visit.checkOutAt!.getTime());
      expect(flag.createdAt).toEqual(visit.checkOutAt);
    }
    const empty = flagged(FlagKind.EMPTY_NOTES);
    for (const visit of completed) expect(empty.has(visit.id)).toBe(isEmptyNote(visit.notes));
    expect(empty.size).toBeGreaterThan(0);
  });

  it('makes honest notes unlike each other: most account managers copy about one note in twenty', () => {
    const problem = new Set(demo.problemAccountManagerIds);
    for (const [managerId, { copiedShare }] of habits()) if (!problem.has(managerId)) expect(copiedShare).toBeLessThan(0.12);
  });

  it('has two account managers who keep to a few shops and copy their notes', () => {
    expect(demo.problemAccountManagerIds).toHaveLength(2);
    const all = habits();
    const typicalShops = median([...all.values()].map((habit) => habit.shops));
    const typicalCopying = median([...all.values()].map((habit) => habit.copiedShare));
    for (const managerId of demo.problemAccountManagerIds) {
      const habit = all.get(managerId)!;
      expect(habit.shops).toBeLessThan(typicalShops / 3);
      expect(habit.copiedShare).toBeGreaterThan(Math.max(0.3, typicalCopying * 4));
    }
  });

  it('keeps some promises and leaves others open, never kept after the reference date', () => {
    expect(demo.promises.length).toBeGreaterThan(0);
    const kept = demo.promises.filter((promise) => promise.keptAt !== null);
    expect(kept.length).toBeGreaterThan(demo.promises.length * 0.3);
    expect(kept.length).toBeLessThan(demo.promises.length * 0.7);
    for (const promise of kept) expect(promise.keptAt!.getTime()).toBeLessThan(DEMO_REFERENCE_DATE.getTime());
  });

  it('spans `months` months when asked, like the orders: every working day from the first of the span, copies only within the look-back', () => {
    const now = new Date('2026-11-18T10:40:00+08:00');
    const span = generateVisitsDemo(customers, { seed: 20261124, now, months: 5 });
    expect(span.days[0]).toBe('2026-07-01');
    expect(span.days.at(-1)).toBe('2026-11-18');
    expect(span.days.filter((day) => day.startsWith('2026-08'))).toHaveLength(26); // 31 days, 5 Sundays
    const plansOf = new Map<string, number>();
    for (const plan of span.plans) plansOf.set(plan.accountManagerId, (plansOf.get(plan.accountManagerId) ?? 0) + 1);
    expect([...plansOf.values()]).toEqual(managers.map(() => span.days.length));
    const perPlan = span.visits.length / span.plans.length;
    expect(perPlan).toBeGreaterThan(7);
    expect(perPlan).toBeLessThan(8);

    const visits = new Map(span.visits.map((visit) => [visit.id, visit]));
    const copies = span.flags.filter((flag) => flag.kind === FlagKind.COPIED_NOTES);
    expect(copies.length).toBeGreaterThan(200);
    for (const flag of copies) {
      const visit = visits.get(flag.visitId)!;
      const source = visits.get(/\(([0-9a-f-]+)\)$/.exec(flag.reason)![1])!;
      const daysBetween = (Date.parse(visit.plannedFor) - Date.parse(source.plannedFor)) / 86_400_000;
      expect(daysBetween).toBeLessThanOrEqual(COPY_LOOKBACK_DAYS);
    }
    // The span's problem account managers are the default demo's: still a few shops, still copying.
    expect(span.problemAccountManagerIds).toEqual(demo.problemAccountManagerIds);
  });

  it('goes on from the reference date up to now when asked: today stops at now, and a few plans wait for approval', () => {
    const now = new Date('2026-11-18T10:40:00+08:00'); // a Wednesday, mid-morning
    const later = generateVisitsDemo(customers, { seed: 20261124, now });
    expect(later.days.slice(0, demo.days.length)).toEqual(demo.days);
    expect(later.days.at(-1)).toBe('2026-11-18');
    expect(later.days.filter((day) => day > demo.days.at(-1)!)).toHaveLength(15); // 2-7, 9-14, 16-18 November
    // Every day before today is as it would have been: the same plans and visits.
    const before = (rows: { planDate?: string; plannedFor?: string }[]) =>
      rows.filter((row) => (row.planDate ?? row.plannedFor)! < '2026-11-01');
    expect(JSON.stringify(before(later.plans))).toBe(JSON.stringify(demo.plans));

    const today = later.visits.filter((visit) => visit.plannedFor === '2026-11-18');
    const todayIds = new Set(today.map((visit) => visit.id));
    for (const visit of today) {
      if (visit.checkInAt) expect(visit.checkInAt.getTime()).toBeLessThanOrEqual(now.getTime());
      if (visit.checkOutAt) expect(visit.checkOutAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(visit.status).not.toBe(VisitStatus.MISSED); // the day is not over
      expect(visit.status === VisitStatus.IN_PROGRESS).toBe(visit.checkInAt !== null && visit.checkOutAt === null);
    }
    expect(today.filter((visit) => visit.status === VisitStatus.COMPLETED).length).toBeGreaterThan(0);
    expect(today.filter((visit) => visit.status === VisitStatus.PLANNED).length).toBeGreaterThan(0);
    for (const flag of later.flags.filter((f) => todayIds.has(f.visitId)))
      expect(flag.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());

    const waiting = later.plans.filter((plan) => plan.status === PlanStatus.SUBMITTED);
    expect(waiting.length).toBe(3);
    for (const plan of waiting) {
      expect(plan.planDate).toBe('2026-11-18');
      expect(plan.reviewedAt).toBeNull();
      expect(today.filter((visit) => visit.planId === plan.id).every((visit) => visit.status === VisitStatus.PLANNED)).toBe(true);
    }
  });
});
