import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  type Connection,
  type Context,
  InvalidInputError,
  type ListSelection,
  NotFoundError,
  paginate,
  publishEvent,
  SortDirection,
  ref,
} from '@fieldloop/platform';
import { And, LessThan, MoreThanOrEqual, Not, IsNull, type EntityManager } from 'typeorm';
import {
  attendancePolicy,
  checkInFlags,
  checkOutFlags,
  deviceTimeViolation,
  distanceMeters,
  type AttendancePolicy,
  type Flag,
} from '../attendance/attendance.rules';
import { COPY_LOOKBACK_DAYS, isEmptyNote, noteFlags, type EarlierNote } from '../record-quality/note-similarity.rules';
import { RouteRetailer } from '../federated/route-retailer.entity';
import { VisitFlag } from './visit-flag.entity';
import { VisitPromise } from './visit-promise.entity';
import { Visit } from './visit.entity';
import { VisitStatus } from './visit.enums';
import { CaseRaised, MarketLeadRaised, OrderIntentRaised, VisitCancelled, VisitFinished, VisitFlagged, VisitStarted } from './visit.events';
import type { CancelVisitInput, PositionInput, RecordFindingsInput, VisitsArgs } from './visit.inputs';
import { visitScope } from './visit.scope';

const refsOf = (visit: Visit) => [
  ref('Retailer', visit.retailerId),
  ref('Territory', visit.territoryId),
  ref('StaffMember', visit.accountManagerId),
];
const visitRef = (visit: Visit) => ({
  visitId: visit.id,
  retailerId: visit.retailerId,
  territoryId: visit.territoryId,
  accountManagerId: visit.accountManagerId,
});

export class VisitService {
  constructor(
    private readonly context: Context,
    private readonly policy: AttendancePolicy = attendancePolicy(),
  ) {}

  get(id: string): Promise<Visit> {
    return visitScope.load(this.context, id);
  }

  list({ filter = {}, ...page }: VisitsArgs, selection: ListSelection): Promise<Connection<Visit>> {
    const query = visitScope.restrict(this.context.dataSource.getRepository(Visit).createQueryBuilder('visit'), this.context);
    if (filter.accountManagerId)
      query.andWhere('visit.accountManagerId = :accountManagerId', { accountManagerId: filter.accountManagerId });
    if (filter.retailerId) query.andWhere('visit.retailerId = :retailerId', { retailerId: filter.retailerId });
    if (filter.territoryId) query.andWhere('visit.territoryId = :territoryId', { territoryId: filter.territoryId });
    if (filter.statuses?.length) query.andWhere('visit.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.from) query.andWhere('visit.plannedFor >= :from', { from: filter.from });
    if (filter.to) query.andWhere('visit.plannedFor <= :to', { to: filter.to });
    if (filter.flaggedWith?.length) {
      query.andWhere('EXISTS (SELECT 1 FROM visit_flag flag WHERE flag.visit_id = visit.id AND flag.kind IN (:...kinds))', {
        kinds: filter.flaggedWith,
      });
    }
    return paginate(query, page, { property: 'createdAt', direction: SortDirection.DESC }, selection);
  }

  /** Check-in: recorded whatever it shows; distance, hours and travel speed are flagged. */
  checkIn({ visitId, latitude, longitude, at = new Date() }: PositionInput): Promise<Visit> {
    return this.change(visitId, [VisitStatus.PLANNED], async (visit, manager) => {
      InvalidInputError.throwIfAny(deviceTimeViolation(at, visit.plannedFor, new Date(), this.policy));
      const shop = await manager.findOneBy(RouteRetailer, { id: visit.retailerId });
      if (!shop)
        throw new ConflictError(`retailer ${visit.retailerId} is no longer known to visits`, { field: 'visitId', rule: 'retailer' });
      const previous = await this.previousStop(manager, visit, at);
      const flags = checkInFlags({ at, position: { latitude, longitude }, shop, previous }, this.policy);
      const distance = Math.round(distanceMeters(shop, { latitude, longitude }));
      Object.assign(visit, {
        status: VisitStatus.IN_PROGRESS,
        checkInAt: at,
        checkInLatitude: latitude,
        checkInLongitude: longitude,
        checkInDistanceMeters: distance,
      });
      await publishEvent(manager, VisitStarted, {
        refs: refsOf(visit),
        payload: { ...visitRef(visit), checkInAt: at.toISOString(), distanceMeters: distance },
      });
      await this.flag(manager, visit, flags);
    });
  }

  /** Findings while at the shop; sightings and order intent are handed on as events. */
  recordFindings({ visitId, promises = [], ...findings }: RecordFindingsInput): Promise<Visit> {
    return this.change(visitId, [VisitStatus.IN_PROGRESS], async (visit, manager) => {
      const newSightings = findings.nonChannelSightings ?? [];
      const newCases = findings.cases ?? [];
      Object.assign(visit, Object.fromEntries(Object.entries(findings).filter(([, value]) => value !== undefined)));
      for (const promise of promises) {
        await manager.insert(VisitPromise, {
          id: randomUUID(),
          visitId,
          retailerId: visit.retailerId,
          accountManagerId: visit.accountManagerId,
          ...promise,
          keptAt: null,
        });
      }
      const seenAt = new Date().toISOString();
      for (const sighting of newSightings) {
        await publishEvent(manager, MarketLeadRaised, {
          refs: refsOf(visit),
          payload: { ...visitRef(visit), product: sighting.product, quantity: sighting.quantity, note: sighting.note ?? null, seenAt },
        });
      }
      for (const raised of newCases) {
        await publishEvent(manager, CaseRaised, { refs: refsOf(visit), payload: { ...visitRef(visit), ...raised, raisedAt: seenAt } });
      }
      if (findings.orderIntent?.length) {
        await publishEvent(manager, OrderIntentRaised, {
          refs: refsOf(visit),
          payload: { ...visitRef(visit), lines: findings.orderIntent.map(({ product, cartons }) => ({ product, cartons })) },
        });
      }
    });
  }

  /** Check-out completes the visit; its length and the notes' quality are checked. */
  checkOut({ visitId, latitude, longitude, at = new Date() }: PositionInput): Promise<Visit> {
    return this.change(visitId, [VisitStatus.IN_PROGRESS], async (visit, manager) => {
      InvalidInputError.throwIfAny(deviceTimeViolation(at, visit.plannedFor, new Date(), this.policy));
      if (visit.checkInAt && at < visit.checkInAt) {
        throw InvalidInputError.of('at', 'after_check_in', `at must not be before the check-in at ${visit.checkInAt.toISOString()}`);
      }
      Object.assign(visit, { status: VisitStatus.COMPLETED, checkOutAt: at, checkOutLatitude: latitude, checkOutLongitude: longitude });
      const flags = [...checkOutFlags(visit.checkInAt ?? at, at, this.policy), ...(await this.noteFlags(manager, visit))];
      const durationMinutes = Math.round(((at.getTime() - (visit.checkInAt ?? at).getTime()) / 60_000) * 10) / 10;
      await publishEvent(manager, VisitFinished, {
        refs: refsOf(visit),
        payload: { ...visitRef(visit), checkOutAt: at.toISOString(), durationMinutes, satisfaction: visit.satisfaction },
      });
      await this.flag(manager, visit, flags);
    });
  }

  cancel({ visitId, reason }: CancelVisitInput): Promise<Visit> {
    return this.change(visitId, [VisitStatus.PLANNED], async (visit, manager) => {
      Object.assign(visit, { status: VisitStatus.CANCELLED, cancelReason: reason });
      await publishEvent(manager, VisitCancelled, { refs: refsOf(visit), payload: { ...visitRef(visit), reason } });
    });
  }

  async keepPromise(promiseId: string): Promise<VisitPromise> {
    const promise = await this.context.loaders.loadOrFail(VisitPromise, promiseId);
    const visit = await this.context.loaders.byId(Visit).load(promise.visitId);
    if (!visit || !visitScope.visible(visit, this.context)) throw new NotFoundError('VisitPromise', promiseId);
    if (promise.keptAt) return promise;
    promise.keptAt = new Date();
    return this.context.transaction((manager) => manager.save(promise));
  }

  private change(visitId: string, from: VisitStatus[], apply: (visit: Visit, manager: EntityManager) => Promise<void>): Promise<Visit> {
    return this.context.transaction(async (manager) => {
      const visit = await visitScope.lock(manager, this.context, visitId);
      if (!from.includes(visit.status)) {
        throw new ConflictError(`Visit ${visitId} is ${visit.status}; this needs ${from.join(' or ')}`, {
          field: 'status',
          rule: 'transition',
        });
      }
      await apply(visit, manager);
      return manager.save(visit);
    });
  }

  private async flag(manager: EntityManager, visit: Visit, flags: Flag[]): Promise<void> {
    for (const flag of flags) {
      await manager.insert(VisitFlag, { id: randomUUID(), visitId: visit.id, accountManagerId: visit.accountManagerId, ...flag });
      await publishEvent(manager, VisitFlagged, { refs: refsOf(visit), payload: { ...visitRef(visit), ...flag } });
    }
  }

  /** The same person's last check-in or check-out that day, before this moment. */
  private async previousStop(manager: EntityManager, visit: Visit, at: Date) {
    const earlier = await manager.find(Visit, {
      where: {
        accountManagerId: visit.accountManagerId,
        plannedFor: visit.plannedFor,
        id: Not(visit.id),
        checkInAt: And(Not(IsNull()), LessThan(at)),
      },
      order: { checkInAt: 'DESC' },
      take: 1,
    });
    const [last] = earlier;
    if (!last?.checkInAt) return undefined;
    return last.checkOutAt && last.checkOutAt < at && last.checkOutLatitude !== null && last.checkOutLongitude !== null
      ? { at: last.checkOutAt, position: { latitude: last.checkOutLatitude, longitude: last.checkOutLongitude } }
      : { at: last.checkInAt, position: { latitude: last.checkInLatitude!, longitude: last.checkInLongitude! } };
  }

  /** Empty notes, or notes nearly copied from the same account manager's earlier visits. */
  private async noteFlags(manager: EntityManager, visit: Visit): Promise<Flag[]> {
    if (isEmptyNote(visit.notes)) return noteFlags(visit.notes, []);
    const since = new Date(Date.now() - COPY_LOOKBACK_DAYS * 86_400_000).toISOString().slice(0, 10);
    const earlier = await manager.find(Visit, {
      select: { id: true, notes: true, plannedFor: true },
      where: {
        accountManagerId: visit.accountManagerId,
        id: Not(visit.id),
        status: VisitStatus.COMPLETED,
        notes: Not(IsNull()),
        plannedFor: MoreThanOrEqual(since),
      },
    });
    return noteFlags(visit.notes, earlier as EarlierNote[]);
  }
}
