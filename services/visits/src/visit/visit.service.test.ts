import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { insertPlanWithStops, insertRouteTerritory, insertVisitPromise, startServiceTest, type ServiceTest } from '@fieldloop/testkit';
import { PlanStatus, Visit, VisitCancelled, VisitPromise, VisitStatus, visits } from '..';
import { VisitService } from './visit.service';

describe('VisitService: cancel, keep a promise (cancelVisit, keepPromise)', () => {
  let test: ServiceTest;
  const accountManagerId = randomUUID();
  let territoryId: string;

  beforeAll(async () => {
    test = await startServiceTest(visits);
    territoryId = (await insertRouteTerritory(test.dataSource, accountManagerId)).id;
  });
  afterAll(() => test.stop());

  /** One visit of an approved plan; PLANNED unless the overrides say otherwise. */
  async function plannedVisit(visit: Record<string, unknown> = {}) {
    const { visits } = await insertPlanWithStops(test.dataSource, {
      accountManagerId,
      territoryId,
      plan: { status: PlanStatus.APPROVED },
      visit,
    });
    return visits[0];
  }
  const as = (territories: '*' | string[] = [territoryId]) =>
    new VisitService(test.as({ role: 'ACCOUNT_MANAGER', subjectId: accountManagerId, territories }));
  const stored = (id: string) => test.dataSource.getRepository(Visit).findOneByOrFail({ id });

  it('cancels a planned visit with the reason and publishes VisitCancelled', async () => {
    const visit = await plannedVisit();
    const cancelled = await as().cancel({ visitId: visit.id, reason: '店主外出' });
    expect(cancelled).toMatchObject({ status: VisitStatus.CANCELLED, cancelReason: '店主外出' });
    const [event] = (await test.published(VisitCancelled)).filter((published) => published.payload.visitId === visit.id);
    expect(event.payload).toEqual({ visitId: visit.id, retailerId: visit.retailerId, territoryId, accountManagerId, reason: '店主外出' });
  });

  it('cancels only a visit not yet started, naming the status otherwise', async () => {
    for (const status of [VisitStatus.IN_PROGRESS, VisitStatus.COMPLETED, VisitStatus.CANCELLED, VisitStatus.MISSED]) {
      const visit = await plannedVisit({ status });
      await expect(as().cancel({ visitId: visit.id, reason: '临时会议' })).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', field: 'status', rule: 'transition' },
      });
      expect(await stored(visit.id)).toMatchObject({ status, cancelReason: null });
    }
  });

  it('answers a visit outside the caller’s territories as a missing one', async () => {
    const visit = await plannedVisit();
    await expect(as([randomUUID()]).cancel({ visitId: visit.id, reason: '临时会议' })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await stored(visit.id)).status).toBe(VisitStatus.PLANNED);
  });

  it('keeps a promise once: keeping it again leaves the time it was kept', async () => {
    const visit = await plannedVisit({ status: VisitStatus.COMPLETED });
    const promise = await insertVisitPromise(test.dataSource, visit);
    const kept = await as().keepPromise(promise.id);
    expect(kept.keptAt).toBeInstanceOf(Date);
    const again = await as().keepPromise(promise.id);
    expect(again.keptAt).toEqual(kept.keptAt);
    expect((await test.dataSource.getRepository(VisitPromise).findOneByOrFail({ id: promise.id })).keptAt).toEqual(kept.keptAt);
  });

  it('answers a promise of a visit outside the caller’s territories, or an unknown one, as missing', async () => {
    const visit = await plannedVisit({ status: VisitStatus.COMPLETED });
    const promise = await insertVisitPromise(test.dataSource, visit);
    await expect(as([randomUUID()]).keepPromise(promise.id)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(as().keepPromise(randomUUID())).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await test.dataSource.getRepository(VisitPromise).findOneByOrFail({ id: promise.id })).keptAt).toBeNull();
  });
});
