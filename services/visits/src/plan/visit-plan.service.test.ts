import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { insertPlanWithStops, insertRouteTerritory, startServiceTest, type ServiceTest } from '@fieldloop/testkit';
import { PlanApproved, PlanReturned, PlanStatus, PlanSubmitted, VisitPlan, visits } from '..';
import { VisitPlanService } from './visit-plan.service';

describe('VisitPlanService: submit, return, approve (submitVisitPlan, returnVisitPlan, approveVisitPlan)', () => {
  let test: ServiceTest;
  const accountManagerId = randomUUID();
  const supervisorId = randomUUID();
  let territoryId: string;

  beforeAll(async () => {
    test = await startServiceTest(visits);
    territoryId = (await insertRouteTerritory(test.dataSource, accountManagerId)).id;
  });
  afterAll(() => test.stop());

  /** A draft plan of two stops on a day of its own. */
  async function draftPlan(plan: Record<string, unknown> = {}) {
    const inserted = await insertPlanWithStops(test.dataSource, { accountManagerId, territoryId, stops: 2, plan });
    return { plan: inserted.plan, retailerIds: inserted.visits.map((visit) => visit.retailerId) };
  }
  const as = (role: string, territories: '*' | string[] = '*') =>
    new VisitPlanService(test.as({ role, subjectId: role === 'SUPERVISOR' ? supervisorId : accountManagerId, territories }));
  const stored = (id: string) => test.dataSource.getRepository(VisitPlan).findOneByOrFail({ id });
  const eventsOf = async (event: { type: string }, planId: string) =>
    (await test.published(event)).filter((published) => published.payload.planId === planId);

  it('submits a draft for review and publishes PlanSubmitted with the stops in order', async () => {
    const { plan, retailerIds } = await draftPlan();
    const submitted = await as('ACCOUNT_MANAGER').submit(plan.id);
    expect(submitted.status).toBe(PlanStatus.SUBMITTED);
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    const [event] = await eventsOf(PlanSubmitted, plan.id);
    expect(event.payload).toEqual({ planId: plan.id, accountManagerId, planDate: plan.planDate, retailerIds });
    expect(event.refs).toEqual([
      { type: 'StaffMember', id: accountManagerId },
      { type: 'Territory', id: territoryId },
    ]);
  });

  it('approves a submitted plan as the signed-in supervisor and publishes PlanApproved', async () => {
    const { plan } = await draftPlan();
    await as('ACCOUNT_MANAGER').submit(plan.id);
    const approved = await as('SUPERVISOR').approve({ planId: plan.id });
    expect(approved).toMatchObject({ status: PlanStatus.APPROVED, reviewedById: supervisorId, reviewComment: null });
    const [event] = await eventsOf(PlanApproved, plan.id);
    expect(event.payload).toEqual({ planId: plan.id, accountManagerId, planDate: plan.planDate, reviewerId: supervisorId });
  });

  it('returns a submitted plan with the comment; once resubmitted it can be approved, the comment cleared', async () => {
    const { plan } = await draftPlan();
    await as('ACCOUNT_MANAGER').submit(plan.id);
    const returned = await as('SUPERVISOR').return({ planId: plan.id, comment: '少了两家重点户' });
    expect(returned).toMatchObject({ status: PlanStatus.RETURNED, reviewedById: supervisorId, reviewComment: '少了两家重点户' });
    const [event] = await eventsOf(PlanReturned, plan.id);
    expect(event.payload).toMatchObject({ planId: plan.id, reviewerId: supervisorId, comment: '少了两家重点户' });

    expect((await as('ACCOUNT_MANAGER').submit(plan.id)).status).toBe(PlanStatus.SUBMITTED);
    expect(await as('SUPERVISOR').approve({ planId: plan.id })).toMatchObject({ status: PlanStatus.APPROVED, reviewComment: null });
  });

  it('refuses to return a plan without a comment, changing nothing', async () => {
    const { plan } = await draftPlan();
    await as('ACCOUNT_MANAGER').submit(plan.id);
    const before = await stored(plan.id);
    for (const comment of [undefined, '   ']) {
      // Refused before any transaction: it throws at once, as the resolver sees it.
      await expect(async () => as('SUPERVISOR').return({ planId: plan.id, comment })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'comment', rule: 'required' },
      });
    }
    expect(await stored(plan.id)).toEqual(before);
    expect(await eventsOf(PlanReturned, plan.id)).toEqual([]);
  });

  it('refuses a transition the plan is not in the state for, naming the status', async () => {
    const { plan } = await draftPlan();
    const conflict = { extensions: { code: 'CONFLICT', field: 'status', rule: 'transition' } };
    await expect(as('SUPERVISOR').approve({ planId: plan.id })).rejects.toMatchObject(conflict);
    await expect(as('SUPERVISOR').return({ planId: plan.id, comment: '改' })).rejects.toMatchObject(conflict);
    await as('ACCOUNT_MANAGER').submit(plan.id);
    await expect(as('ACCOUNT_MANAGER').submit(plan.id)).rejects.toMatchObject(conflict);
    await as('SUPERVISOR').approve({ planId: plan.id });
    await expect(as('ACCOUNT_MANAGER').submit(plan.id)).rejects.toMatchObject(conflict);
    expect((await stored(plan.id)).status).toBe(PlanStatus.APPROVED);
  });

  it('answers a plan outside the caller’s territories as a missing one', async () => {
    const { plan } = await draftPlan({ status: PlanStatus.SUBMITTED });
    const elsewhere = as('SUPERVISOR', [randomUUID()]);
    await expect(elsewhere.approve({ planId: plan.id })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(as('SUPERVISOR').approve({ planId: randomUUID() })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await stored(plan.id)).status).toBe(PlanStatus.SUBMITTED);
  });

  it('needs the reviewer named when no staff member is signed in', async () => {
    const { plan } = await draftPlan({ status: PlanStatus.SUBMITTED });
    const partner = new VisitPlanService(test.as({ role: 'PARTNER', kind: 'partner', scopes: ['visits:review'] }));
    await expect(async () => partner.approve({ planId: plan.id })).rejects.toMatchObject({
      extensions: { field: 'reviewerId', rule: 'required' },
    });
    expect(await partner.approve({ planId: plan.id, reviewerId: supervisorId })).toMatchObject({ reviewedById: supervisorId });
  });
});
