import { randomUUID } from 'node:crypto';
import { publishEvent, ref, type JobDefinition } from '@fieldloop/platform';
import { Not, type EntityManager } from 'typeorm';
import { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from '../calendar/business-time.rules';
import { calendarForRegion } from '../calendar/calendar.service';
import { CaseEntry } from '../case/case-entry.entity';
import { Case } from '../case/case.entity';
import { CaseStatus, TimelineEntryKind } from '../case/case.enums';
import { CaseDeadlineApproaching, CaseEscalated } from '../case/case.events';
import { caseRefOf, refsOf } from '../case/open-case.service';
import { CaseStaff } from '../federated/case-staff.entity';
import { CaseTerritory } from '../federated/case-territory.entity';
import { DeadlineClock } from './deadline.enums';
import { ladderRung, rungOffsetMinutes } from './deadline.rules';

interface RunningClock {
  clock: DeadlineClock;
  dueAt: Date;
  budgetMinutes: number;
}

/** The clocks running on a case: respond until the round's answer; resolve unless waiting on the retailer. */
const runningClocks = (row: Case): RunningClock[] => [
  ...(row.answeredAt ? [] : [{ clock: DeadlineClock.RESPOND, dueAt: row.respondDueAt, budgetMinutes: row.respondBudgetMinutes }]),
  ...(row.status === CaseStatus.WAITING_ON_RETAILER
    ? []
    : [{ clock: DeadlineClock.RESOLVE, dueAt: row.resolveDueAt, budgetMinutes: row.resolveBudgetMinutes }]),
];

/** Level 1 is the supervisor of whoever answers for the case (the assignee, else the territory's account manager); each level one up. */
async function escalationTarget(manager: EntityManager, row: Case, level: number): Promise<string | null> {
  let personId = row.assigneeId;
  if (!personId && row.territoryId) personId = (await manager.findOneBy(CaseTerritory, { id: row.territoryId }))?.accountManagerId ?? null;
  let target: string | null = null;
  for (let step = 0; step < level && personId; step += 1) {
    const person = await manager.findOneBy(CaseStaff, { id: personId });
    // At the top of the chain the last supervisor found keeps receiving it.
    if (!person?.supervisorId) break;
    target = personId = person.supervisorId;
  }
  return target;
}

/** Fires one rung unless it already fired: the unique (case, round, clock, level) key decides, so nothing fires twice. */
async function fire(manager: EntityManager, row: Case, clock: RunningClock, level: number, calendar: BusinessCalendar): Promise<void> {
  // A rung above the first is due whole budgets after the deadline; the warning names the deadline itself.
  const rungDueAt = level === 0 ? clock.dueAt : addBusinessMinutes(calendar, clock.dueAt, rungOffsetMinutes(level, clock.budgetMinutes)).at;
  const escalatedToId = level > 0 ? await escalationTarget(manager, row, level) : null;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO escalation (id, case_id, round, clock, level, escalated_to_id, due_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (case_id, round, clock, level) DO NOTHING RETURNING id`,
    [randomUUID(), row.id, row.round, clock.clock, level, escalatedToId, rungDueAt],
  );
  if (!inserted.length) return;
  await manager.insert(CaseEntry, {
    id: randomUUID(),
    caseId: row.id,
    kind: level === 0 ? TimelineEntryKind.WARNING : TimelineEntryKind.ESCALATION,
    authorId: null,
    toId: escalatedToId,
    body:
      level === 0 ? `${clock.clock} deadline approaching (${clock.dueAt.toISOString()})` : `${clock.clock} deadline passed: level ${level}`,
  });
  if (level === 0) {
    await publishEvent(manager, CaseDeadlineApproaching, {
      refs: refsOf(row),
      actor: null,
      payload: { ...caseRefOf(row), clock: clock.clock, dueAt: clock.dueAt.toISOString() },
    });
    return;
  }
  const breach = clock.clock === DeadlineClock.RESPOND ? 'respond_breached_at' : 'resolve_breached_at';
  await manager.query(
    `UPDATE loop_case SET escalation_level = GREATEST(escalation_level, $2), ${breach} = COALESCE(${breach}, $3), version = version + 1 WHERE id = $1`,
    [row.id, level, clock.dueAt],
  );
  await publishEvent(manager, CaseEscalated, {
    refs: [...refsOf(row), ...(escalatedToId ? [ref('StaffMember', escalatedToId)] : [])],
    actor: null,
    payload: { ...caseRefOf(row), clock: clock.clock, level, escalatedToId },
  });
}

/** Sweeps open cases: each clock's warning, then its escalation ladder level by level. */
export async function escalateCases(manager: EntityManager, now: Date): Promise<void> {
  const open = await manager.find(Case, { where: { status: Not(CaseStatus.CLOSED) }, order: { respondDueAt: 'ASC' }, take: 5000 });
  const calendars = new Map<string | null, BusinessCalendar>();
  for (const row of open) {
    if (!calendars.has(row.regionId)) calendars.set(row.regionId, await calendarForRegion(manager, row.regionId));
    const calendar = calendars.get(row.regionId)!;
    for (const clock of runningClocks(row)) {
      const rung = ladderRung(businessMinutesBetween(calendar, now, clock.dueAt), clock.budgetMinutes);
      if (rung === undefined) continue;
      // Past the deadline the warning is moot; the levels below the one reached fire first, in order.
      for (let level = rung === 0 ? 0 : 1; level <= rung; level += 1) await fire(manager, row, clock, level, calendar);
    }
  }
}

/**
 * The escalation sweeper: one replica at a time (the platform's advisory lock per tick), and
 * a crash or a second sweeper fires nothing twice (the escalation's unique key).
 */
export const escalateCasesJob: JobDefinition = {
  name: 'complaints.escalate',
  description: 'Warns before each deadline and escalates late cases level by level (complaints.case.escalated)',
  everyMs: 60_000,
  run: escalateCases,
};
