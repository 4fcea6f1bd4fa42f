import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  type Connection,
  type Context,
  InvalidInputError,
  type ListSelection,
  paginate,
  publishEvent,
  SortDirection,
} from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from '../calendar/business-time.rules';
import { calendarForRegion } from '../calendar/calendar.service';
import { deadlineBudget } from '../deadline/deadline.rules';
import { CaseRegion } from '../federated/case-region.entity';
import { CaseTerritory } from '../federated/case-territory.entity';
import { COMPLAINTS_MANAGE, COMPLAINTS_WRITE } from '../permissions';
import { CaseEntry } from './case-entry.entity';
import { Case } from './case.entity';
import { CaseAction, CaseSource, CaseStatus, TimelineEntryKind } from './case.enums';
import { CaseAcknowledged, CaseChanged, CaseClosed, CaseReopened, CaseResponded } from './case.events';
import type { CaseActionInput, CaseMessageInput, CasesArgs, RaiseCaseInput } from './case.inputs';
import { allowedActions, refusal, TRANSITIONS, type Actor } from './case.rules';
import { caseScope } from './case.scope';
import { caseRefOf, openCase, refsOf, unpublishedWarning } from './open-case.service';

/** What an action needs besides the table: the field each one requires. */
const REQUIRED: Partial<Record<CaseAction, keyof CaseActionInput>> = {
  [CaseAction.RESPOND]: 'message',
  [CaseAction.CONFIRM_CLOSE]: 'satisfaction',
  [CaseAction.OVERRIDE_CLOSE]: 'reason',
  [CaseAction.REOPEN]: 'reason',
};

type Changes = Partial<Omit<Case, 'version'>>;

export class CaseService {
  constructor(private readonly context: Context) {}

  get(id: string): Promise<Case> {
    return caseScope.load(this.context, id);
  }

  list({ filter = {}, ...page }: CasesArgs, selection: ListSelection): Promise<Connection<Case>> {
    const query = caseScope.restrict(this.context.dataSource.getRepository(Case).createQueryBuilder('c'), this.context);
    if (filter.statuses?.length) query.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.kinds?.length) query.andWhere('c.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.assigneeId) query.andWhere('c.assigneeId = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.retailerId) query.andWhere('c.retailerId = :retailerId', { retailerId: filter.retailerId });
    if (filter.territoryId) query.andWhere('c.territoryId = :territoryId', { territoryId: filter.territoryId });
    return paginate(query, page, { property: 'createdAt', direction: SortDirection.DESC }, selection);
  }

  /** Every open case in scope, the soonest deadline first: what the loop board shows. */
  openCases(): Promise<Case[]> {
    return caseScope
      .restrict(this.context.dataSource.getRepository(Case).createQueryBuilder('c'), this.context)
      .andWhere('c.status <> :closed', { closed: CaseStatus.CLOSED })
      .orderBy('LEAST(c.respond_due_at, c.resolve_due_at)', 'ASC')
      .limit(2000)
      .getMany();
  }

  raise(input: RaiseCaseInput): Promise<Case> {
    return this.context.transaction(async (manager) => {
      const { respondWithinHours, ...spec } = input;
      return openCase(manager, {
        ...spec,
        source: spec.source ?? CaseSource.STAFF,
        reporterId: this.context.access.staffMemberId ?? null,
        respondWithinMinutes: respondWithinHours ? respondWithinHours * 60 : null,
        at: new Date(),
      });
    });
  }

  async actor(row: Case): Promise<Actor> {
    const { access } = this.context;
    const staffMemberId = access.staffMemberId;
    const territory = row.territoryId ? await this.context.loaders.byId(CaseTerritory).load(row.territoryId) : undefined;
    return {
      staffMemberId,
      canWrite: access.can(COMPLAINTS_WRITE),
      canManage: access.can(COMPLAINTS_MANAGE),
      speaksForRetailer: !!staffMemberId && territory?.accountManagerId === staffMemberId,
    };
  }

  async allowedActions(row: Case): Promise<CaseAction[]> {
    return allowedActions(row, await this.actor(row));
  }

  /**
   * One step of the status machine, applied as one conditional UPDATE on status and version:
   * a concurrent step that got there first makes this one a CONFLICT, never a lost update.
   */
  act(input: CaseActionInput): Promise<Case> {
    return this.context.transaction(async (manager) => {
      const row = await manager.findOneBy(Case, { id: input.caseId });
      if (!row || !caseScope.visible(row, this.context)) return this.get(input.caseId);
      const refused = refusal(input.action, row, await this.actor(row));
      if (refused) throw new ConflictError(refused, { field: 'action', rule: 'transition' });
      const required = REQUIRED[input.action];
      if (required && (input[required] === undefined || input[required] === null)) {
        throw InvalidInputError.of(required, 'required', `${input.action} needs ${required}`);
      }
      if (input.action === CaseAction.HAND_OFF && !input.assigneeId && !input.ownerRole) {
        throw InvalidInputError.of('assigneeId', 'required', 'HAND_OFF needs the assigneeId or the ownerRole it goes to');
      }
      if (input.expectedVersion !== undefined && input.expectedVersion !== null && input.expectedVersion !== row.version) {
        throw new ConflictError(`Case ${row.id} is at version ${row.version}, not ${input.expectedVersion}`, {
          field: 'expectedVersion',
          rule: 'version',
        });
      }
      const now = new Date();
      const calendar = await calendarForRegion(manager, row.regionId);
      const changes = await this.changesOf(manager, row, input, calendar, now);
      const result = await manager
        .createQueryBuilder()
        .update(Case)
        .set({ ...changes, version: () => 'version + 1' } as never)
        .where('id = :id AND status = :status AND version = :version', { id: row.id, status: row.status, version: row.version })
        .execute();
      if (!result.affected) {
        throw new ConflictError(`Case ${row.id} changed meanwhile; read it again`, { field: 'expectedVersion', rule: 'version' });
      }
      const updated = await manager.findOneByOrFail(Case, { id: row.id });
      await manager.insert(CaseEntry, {
        id: randomUUID(),
        caseId: row.id,
        kind: input.action === CaseAction.HAND_OFF ? TimelineEntryKind.HAND_OFF : TimelineEntryKind.TRANSITION,
        authorId: this.context.access.staffMemberId ?? null,
        toId: input.action === CaseAction.HAND_OFF ? updated.assigneeId : input.action === CaseAction.RESPOND ? row.reporterId : null,
        toRole: input.action === CaseAction.HAND_OFF ? updated.ownerRole : null,
        action: input.action,
        fromStatus: row.status,
        toStatus: updated.status,
        body: input.message ?? input.reason ?? null,
        at: now,
      });
      await this.announce(manager, input, updated, now);
      return updated;
    });
  }

  addMessage({ caseId, body, toId }: CaseMessageInput): Promise<Case> {
    return this.context.transaction(async (manager) => {
      const row = await manager.findOneBy(Case, { id: caseId });
      if (!row || !caseScope.visible(row, this.context)) return this.get(caseId);
      if (row.status === CaseStatus.CLOSED)
        throw new ConflictError(`Case ${caseId} is closed; reopen it to continue`, { field: 'caseId', rule: 'transition' });
      await manager.insert(CaseEntry, {
        id: randomUUID(),
        caseId,
        kind: TimelineEntryKind.MESSAGE,
        authorId: this.context.access.staffMemberId ?? null,
        toId: toId ?? row.assigneeId,
        body,
      });
      return row;
    });
  }

  private async changesOf(
    manager: EntityManager,
    row: Case,
    input: CaseActionInput,
    calendar: BusinessCalendar,
    now: Date,
  ): Promise<Changes> {
    const to = { status: TRANSITIONS[input.action].to ?? row.status };
    // Leaving the wait starts the resolve clock again with the business minutes it had left.
    const resumed = (): Changes =>
      row.status === CaseStatus.WAITING_ON_RETAILER
        ? {
            resolveDueAt:
              (row.resolvePausedMinutesLeft ?? 0) > 0
                ? addBusinessMinutes(calendar, now, row.resolvePausedMinutesLeft!).at
                : row.resolveDueAt,
            resolvePausedMinutesLeft: null,
          }
        : {};
    const resolveBreach = (): Changes => (!row.resolveBreachedAt && now > row.resolveDueAt ? { resolveBreachedAt: row.resolveDueAt } : {});
    switch (input.action) {
      case CaseAction.ACKNOWLEDGE:
      case CaseAction.START:
        return to;
      case CaseAction.WAIT_ON_RETAILER:
        return { ...to, resolvePausedMinutesLeft: businessMinutesBetween(calendar, now, row.resolveDueAt) };
      case CaseAction.RESUME:
        return { ...to, ...resumed() };
      case CaseAction.RESPOND:
        return {
          ...to,
          ...resumed(),
          answeredAt: now,
          firstAnsweredAt: row.firstAnsweredAt ?? now,
          ...(!row.respondBreachedAt && now > row.respondDueAt ? { respondBreachedAt: row.respondDueAt } : {}),
        };
      case CaseAction.CONFIRM_CLOSE:
        return { ...to, ...resolveBreach(), satisfaction: input.satisfaction!, closedAt: now };
      case CaseAction.OVERRIDE_CLOSE:
        return { ...to, ...resolveBreach(), overrideReason: input.reason!, closedAt: now, resolvePausedMinutesLeft: null };
      case CaseAction.REOPEN: {
        // A new round: both clocks and the ladder start again (the old breaches stay on record).
        const region = row.regionId ? await manager.findOneBy(CaseRegion, { id: row.regionId }) : null;
        const budget = deadlineBudget(row.kind, row.severity, region?.inCompanyArea ?? true);
        const respond = addBusinessMinutes(calendar, now, Math.min(row.respondBudgetMinutes, budget.respondMinutes));
        const resolve = addBusinessMinutes(calendar, now, row.resolveBudgetMinutes);
        return {
          ...to,
          round: row.round + 1,
          escalationLevel: 0,
          answeredAt: null,
          respondDueAt: respond.at,
          resolveDueAt: resolve.at,
          deadlineWarnings: unpublishedWarning([...new Set([...respond.unpublishedYears, ...resolve.unpublishedYears])].sort()),
          closedAt: null,
          satisfaction: null,
          overrideReason: null,
        };
      }
      case CaseAction.HAND_OFF:
        // The clocks keep the time already used.
        return { assigneeId: input.assigneeId ?? null, ownerRole: input.ownerRole ?? row.ownerRole };
    }
  }

  private async announce(manager: EntityManager, input: CaseActionInput, row: Case, now: Date): Promise<void> {
    const refs = refsOf(row);
    const payload = caseRefOf(row);
    switch (input.action) {
      case CaseAction.ACKNOWLEDGE:
        return publishEvent(manager, CaseAcknowledged, { refs, payload });
      case CaseAction.RESPOND:
        return publishEvent(manager, CaseResponded, { refs, payload: { ...payload, withinDeadline: now <= row.respondDueAt } });
      case CaseAction.CONFIRM_CLOSE:
      case CaseAction.OVERRIDE_CLOSE:
        return publishEvent(manager, CaseClosed, {
          refs,
          payload: { ...payload, satisfaction: row.satisfaction, overrideReason: row.overrideReason },
        });
      case CaseAction.REOPEN:
        return publishEvent(manager, CaseReopened, { refs, payload: { ...payload, reason: input.reason! } });
      default:
        return publishEvent(manager, CaseChanged, { refs, payload: { ...payload, action: input.action } });
    }
  }
}
