import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { CREATE_RETAILER, createTerritoryWithManager, retailerInput, startStack, type Stack } from '@fieldloop/testkit';
import { createLogger, JobRunner } from '@fieldloop/platform';
import { markMissedVisits } from '../src/visit/mark-missed-visits.job';
import { visits } from '../src';

/** A day in the future, so the MISSED job's own ticks leave the test's plans alone. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
// Its check-ins are dated on that day, so devices here may date them that far ahead of now
// (the services read it per request; the window itself is tested in input-edge.gateway.test.ts).
process.env.FIELDLOOP_DEVICE_TIME_MAX_AHEAD_HOURS = String(32 * 24);
const DAY = dayFromNow(30);
const DAY_BEFORE = dayFromNow(29);
/** 10:00 in Kunming (UTC+8) plus the given minutes. */
const at = (minutes: number) => new Date(Date.parse(`${DAY}T02:00:00Z`) + minutes * 60_000).toISOString();
const SHOPS = [
  { latitude: 25.0389, longitude: 102.7183 },
  { latitude: 25.0421, longitude: 102.7101 },
  { latitude: 25.0455, longitude: 102.7052 },
];
const NOTES = '店主反映玉溪货源紧张,希望下周增加两条。陈列整齐,价签齐全,竞品红河促销力度大。';

interface Figures {
  requiredByFrequency: number;
  planned: number;
  made: number;
  verified: number;
  retailersVisited: number;
  retailersInTerritory: number;
  coverage: number;
  realRecordShare: number;
}

/** An account manager's day through the gateway: plan, approval, route, findings, flags. */
describe("an account manager's day", () => {
  let stack: Stack;
  let accountManagerId: string;
  let supervisorId: string;
  let territoryId: string;
  const retailerIds: string[] = [];
  let planId: string;
  let visitIds: string[];

  const visitRows = async () => Number((await stack.subgraphs.visits.database.dataSource.query('SELECT count(*) FROM visit'))[0].count);
  const head = async () => {
    await stack.subgraphs.visits.relay.kick();
    return String(
      (await stack.subgraphs.visits.database.dataSource.query('SELECT COALESCE(MAX(position), 0) AS h FROM events.event_log'))[0].h,
    );
  };

  beforeAll(async () => {
    stack = await startStack([customers, visits]);
    const setup = await createTerritoryWithManager(stack.gateway, 'DAY');
    [accountManagerId, supervisorId, territoryId] = [setup.accountManager.id, setup.supervisor.id, setup.territory.id];
    for (const [i, shop] of SHOPS.entries()) {
      const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
        input: retailerInput(territoryId, { ...shop, shopName: `第${i + 1}站便利店` }),
      });
      retailerIds.push(createRetailer.id);
    }
    for (
      let i = 0;
      i < 100 && Number((await stack.subgraphs.visits.database.dataSource.query('SELECT count(*) FROM route_retailer'))[0].count) < 3;
      i += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(() => stack?.stop());

  it('plans the route, submits it, and the approval reaches a subscriber live', async () => {
    const { createVisitPlan } = await stack.gateway.request<{
      createVisitPlan: { id: string; status: string; visits: { id: string; sequence: number; retailer: { shopName: string } }[] };
    }>(
      `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id status visits { id sequence retailer { shopName } } } }`,
      {
        input: {
          accountManagerId,
          planDate: DAY,
          stops: retailerIds.map((retailerId, i) => ({
            retailerId,
            theme: `新品铺货${i + 1}`,
            purpose: '推广新品',
            actionPlan: '介绍新品并检查陈列',
            expectedResult: '进货两条',
          })),
        },
      },
    );
    expect(createVisitPlan.status).toBe('DRAFT');
    expect(createVisitPlan.visits.map((visit) => visit.retailer.shopName)).toEqual(['第1站便利店', '第2站便利店', '第3站便利店']);
    planId = createVisitPlan.id;
    visitIds = createVisitPlan.visits.map((visit) => visit.id);

    const live = stack.gateway.subscribe<{ visitsEvents: { type: string; plan: { status: string }; accountManager: { name: string } } }>(
      `subscription($after: String) { visitsEvents(after: $after) { type plan { status } accountManager { name } } }`,
      { after: await head() },
    );
    try {
      await stack.gateway.request(`mutation($id: ID!) { submitVisitPlan(planId: $id) { status } }`, { id: planId });
      await stack.gateway.request(`mutation($input: ReviewVisitPlanInput!) { approveVisitPlan(input: $input) { status } }`, {
        input: { planId, reviewerId: supervisorId },
      });
      const events = (await live.waitFor(2)).map((message) => message.visitsEvents);
      expect(events.map((event) => event.type)).toEqual(['visits.plan.submitted', 'visits.plan.approved']);
      expect(events[1]).toMatchObject({ plan: { status: 'APPROVED' }, accountManager: { name: '李经理DAY' } });
    } finally {
      await live.close();
    }
  });

  it('checks in at the shop without flags, records findings, hands a sighting on as a market lead, checks out', async () => {
    const after = await head();
    await stack.gateway.request(`mutation($input: PositionInput!) { checkIn(input: $input) { status } }`, {
      input: { visitId: visitIds[0], ...SHOPS[0], at: at(0) },
    });
    const { recordFindings } = await stack.gateway.request<{
      recordFindings: { nonChannelSightings: unknown[]; promises: { description: string }[] };
    }>(
      `mutation($input: RecordFindingsInput!) { recordFindings(input: $input) { nonChannelSightings { product quantity } promises { description dueOn } } }`,
      {
        input: {
          visitId: visitIds[0],
          displayInOrder: true,
          priceTagsShown: true,
          stock: [{ product: '玉溪(软)', cartons: 3 }],
          nonChannelSightings: [{ product: '中华(硬)', quantity: 5, note: '无防伪标识' }],
          orderIntent: [{ product: '玉溪(软)', cartons: 2 }],
          satisfaction: 4,
          notes: NOTES,
          promises: [{ description: '下周帮忙调剂滞销品', dueOn: DAY_BEFORE }],
          cases: [{ kind: 'COMPLAINT', category: 'PRODUCT_QUALITY', description: '上周到货的玉溪有两条受潮' }],
        },
      },
    );
    expect(recordFindings.promises).toEqual([{ description: '下周帮忙调剂滞销品', dueOn: DAY_BEFORE }]);
    const { checkOut } = await stack.gateway.request<{ checkOut: { status: string; durationMinutes: number; flags: unknown[] } }>(
      `mutation($input: PositionInput!) { checkOut(input: $input) { status durationMinutes flags { kind } } }`,
      { input: { visitId: visitIds[0], ...SHOPS[0], at: at(20) } },
    );
    expect(checkOut).toEqual({ status: 'COMPLETED', durationMinutes: 20, flags: [] });

    await stack.subgraphs.visits.relay.kick();
    const leads = await stack.subgraphs.visits.database.dataSource.query(
      `SELECT payload FROM events.event_log WHERE type = 'visits.market_lead.raised' AND position > $1`,
      [after],
    );
    expect(leads).toEqual([
      {
        payload: expect.objectContaining({
          retailerId: retailerIds[0],
          territoryId,
          accountManagerId,
          product: '中华(硬)',
          quantity: 5,
          note: '无防伪标识',
        }),
      },
    ]);
    const intents = await stack.subgraphs.visits.database.dataSource.query(
      `SELECT payload FROM events.event_log WHERE type = 'visits.order_intent.raised' AND position > $1`,
      [after],
    );
    expect(intents[0].payload.lines).toEqual([{ product: '玉溪(软)', cartons: 2 }]);
    const cases = await stack.subgraphs.visits.database.dataSource.query(
      `SELECT payload FROM events.event_log WHERE type = 'visits.case.raised' AND position > $1`,
      [after],
    );
    expect(cases).toEqual([
      {
        payload: expect.objectContaining({
          retailerId: retailerIds[0],
          territoryId,
          kind: 'COMPLAINT',
          category: 'PRODUCT_QUALITY',
          description: '上周到货的玉溪有两条受潮',
        }),
      },
    ]);
  });

  it('flags a check-in 1 km from the shop with its distance, and notes copied from an earlier visit', async () => {
    const farAway = { latitude: SHOPS[1].latitude + 0.009, longitude: SHOPS[1].longitude };
    const { checkIn } = await stack.gateway.request<{
      checkIn: { checkInDistanceMeters: number; flags: { kind: string; value: number; reason: string }[] };
    }>(`mutation($input: PositionInput!) { checkIn(input: $input) { checkInDistanceMeters flags { kind value reason } } }`, {
      input: { visitId: visitIds[1], ...farAway, at: at(40) },
    });
    expect(checkIn.checkInDistanceMeters).toBeGreaterThan(990);
    expect(checkIn.flags).toEqual([
      {
        kind: 'DISTANCE',
        value: checkIn.checkInDistanceMeters,
        reason: `checked in ${checkIn.checkInDistanceMeters} m from the shop (allowed 200 m)`,
      },
    ]);

    await stack.gateway.request(`mutation($input: RecordFindingsInput!) { recordFindings(input: $input) { id } }`, {
      input: { visitId: visitIds[1], notes: `${NOTES}`.replace('两条', '三条'), satisfaction: 3 },
    });
    const { checkOut } = await stack.gateway.request<{ checkOut: { flags: { kind: string; value: number }[] } }>(
      `mutation($input: PositionInput!) { checkOut(input: $input) { flags { kind value } } }`,
      { input: { visitId: visitIds[1], ...SHOPS[1], at: at(60) } },
    );
    expect(checkOut.flags.map((flag) => flag.kind)).toEqual(['DISTANCE', 'COPIED_NOTES']);
    expect(checkOut.flags[1].value).toBeGreaterThanOrEqual(0.8);
  });

  it('gives field-named errors for bad input and writes nothing', async () => {
    const visitsBefore = await visitRows();
    const outOfRange = await stack.gateway.execute(`mutation($input: PositionInput!) { checkIn(input: $input) { id } }`, {
      input: { visitId: visitIds[2], latitude: 91, longitude: 102.7, at: at(80) },
    });
    expect(outOfRange.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'latitude' });

    await stack.gateway.request(`mutation($input: PositionInput!) { checkIn(input: $input) { id } }`, {
      input: { visitId: visitIds[2], ...SHOPS[2], at: at(80) },
    });
    const beforeCheckIn = await stack.gateway.execute(`mutation($input: PositionInput!) { checkOut(input: $input) { id } }`, {
      input: { visitId: visitIds[2], ...SHOPS[2], at: at(70) },
    });
    expect(beforeCheckIn.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at', rule: 'after_check_in' });
    const { visit } = await stack.gateway.request<{ visit: { status: string; checkOutAt: string | null } }>(
      `query($id: ID!) { visit(id: $id) { status checkOutAt } }`,
      { id: visitIds[2] },
    );
    expect(visit).toEqual({ status: 'IN_PROGRESS', checkOutAt: null });

    const other = await createTerritoryWithManager(stack.gateway, 'OTHER');
    const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
      input: retailerInput(other.territory.id),
    });
    const outside = await stack.gateway.execute(`mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`, {
      input: {
        accountManagerId,
        planDate: dayFromNow(31),
        stops: [{ retailerId: createRetailer.id, theme: '越界', purpose: 'x', actionPlan: 'x', expectedResult: 'x' }],
      },
    });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stops.0.retailerId', rule: 'territory' });
    expect(await visitRows()).toBe(visitsBefore);
  });

  it("shows the supervisor the day and the month's figures, joined with customers data", async () => {
    await stack.gateway.request(`mutation($input: PositionInput!) { checkOut(input: $input) { id } }`, {
      input: { visitId: visitIds[2], ...SHOPS[2], at: at(83) },
    });
    const { staffMember } = await stack.gateway.request<{
      staffMember: {
        name: string;
        visitPlans: { status: string; visits: { status: string; retailer: { shopName: string }; flags: { kind: string }[] }[] }[];
        visitFigures: Figures;
      };
    }>(
      `query($id: ID!) { staffMember(id: $id) {
          name
          visitPlans(from: "${DAY}", to: "${DAY}") { status visits { status retailer { shopName } flags { kind } } }
          visitFigures(month: "${DAY.slice(0, 7)}") { planned made verified retailersVisited retailersInTerritory coverage realRecordShare requiredByFrequency }
      } }`,
      { id: accountManagerId },
    );
    expect(
      staffMember.visitPlans[0].visits.map((visit) => [visit.retailer.shopName, visit.status, visit.flags.map((flag) => flag.kind)]),
    ).toEqual([
      ['第1站便利店', 'COMPLETED', []],
      ['第2站便利店', 'COMPLETED', ['DISTANCE', 'COPIED_NOTES']],
      ['第3站便利店', 'COMPLETED', ['SHORT_VISIT', 'EMPTY_NOTES']],
    ]);
    const weeks = new Date(Number(DAY.slice(0, 4)), Number(DAY.slice(5, 7)), 0).getDate() / 7;
    expect(staffMember.visitFigures).toEqual({
      planned: 3,
      made: 3,
      verified: 1,
      retailersVisited: 3,
      retailersInTerritory: 3,
      coverage: 1,
      realRecordShare: 0.333,
      requiredByFrequency: Math.round(3 * 1 * weeks),
    });

    const { retailer } = await stack.gateway.request<{
      retailer: { shopName: string; lastVisit: { theme: string; satisfaction: number }; visits: { totalCount: number } };
    }>(`query($id: ID!) { retailer(id: $id) { shopName lastVisit { theme satisfaction } visits(first: 5) { totalCount } } }`, {
      id: retailerIds[0],
    });
    expect(retailer).toEqual({ shopName: '第1站便利店', lastVisit: { theme: '新品铺货1', satisfaction: 4 }, visits: { totalCount: 1 } });
  });

  it("writes the day's work log and the month's report from the visits, with the account manager's annotation", async () => {
    await stack.gateway.request(`mutation($input: AnnotateReportInput!) { annotateReport(input: $input) { text } }`, {
      input: { accountManagerId, kind: 'DAY', period: DAY, text: '第二站店主不在,下次上午去。' },
    });
    const bad = await stack.gateway.execute(`mutation($input: AnnotateReportInput!) { annotateReport(input: $input) { text } }`, {
      input: { accountManagerId, kind: 'MONTH', period: DAY, text: 'x' },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', rule: 'kind' });

    const { workLog, monthlyReport } = await stack.gateway.request<{
      workLog: {
        completed: number;
        fieldMinutes: number;
        flags: { kind: string; count: number }[];
        visits: { retailer: { shopName: string } }[];
        annotation: { text: string };
        accountManager: { name: string };
      };
      monthlyReport: {
        figures: { made: number };
        satisfactionAverage: number;
        nonChannelSightings: unknown[];
        orderIntent: unknown[];
        casesRaised: number;
        promisesMade: number;
        promisesKept: number;
      };
    }>(
      `query($id: ID!, $day: String!, $month: String!) {
        workLog(accountManagerId: $id, date: $day) { completed fieldMinutes flags { kind count } visits { retailer { shopName } } annotation { text } accountManager { name } }
        monthlyReport(accountManagerId: $id, month: $month) { figures { made } satisfactionAverage nonChannelSightings { product quantity visits } orderIntent { product quantity } casesRaised promisesMade promisesKept }
      }`,
      { id: accountManagerId, day: DAY, month: DAY.slice(0, 7) },
    );
    expect(workLog).toMatchObject({
      completed: 3,
      fieldMinutes: 83,
      annotation: { text: '第二站店主不在,下次上午去。' },
      accountManager: { name: '李经理DAY' },
    });
    expect(workLog.flags).toEqual([
      { kind: 'DISTANCE', count: 1 },
      { kind: 'SHORT_VISIT', count: 1 },
      { kind: 'EMPTY_NOTES', count: 1 },
      { kind: 'COPIED_NOTES', count: 1 },
    ]);
    expect(monthlyReport).toEqual({
      figures: { made: 3 },
      satisfactionAverage: 3.5,
      nonChannelSightings: [{ product: '中华(硬)', quantity: 5, visits: 1 }],
      orderIntent: [{ product: '玉溪(软)', quantity: 2 }],
      casesRaised: 1,
      promisesMade: 1,
      promisesKept: 0,
    });
  });

  it('marks a planned visit not started by the end of its day MISSED, once, whichever replica ticks', async () => {
    const { createVisitPlan } = await stack.gateway.request<{ createVisitPlan: { visits: { id: string }[] } }>(
      `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { visits { id } } }`,
      {
        input: {
          accountManagerId,
          planDate: DAY_BEFORE,
          stops: [{ retailerId: retailerIds[0], theme: '回访', purpose: 'x', actionPlan: 'x', expectedResult: 'x' }],
        },
      },
    );
    const missedId = createVisitPlan.visits[0].id;
    const after = await head();
    // Two replicas tick at the same moment, the morning after.
    const nextMorning = new Date(`${DAY}T00:30:00Z`);
    const otherReplica = new JobRunner(stack.subgraphs.visits.database.dataSource, markMissedVisits, createLogger('visits', 'silent'));
    await Promise.all([stack.subgraphs.visits.jobs[0].runOnce(nextMorning), otherReplica.runOnce(nextMorning)]);
    await stack.subgraphs.visits.jobs[0].runOnce(nextMorning);

    const { visit } = await stack.gateway.request<{ visit: { status: string } }>(`query($id: ID!) { visit(id: $id) { status } }`, {
      id: missedId,
    });
    expect(visit.status).toBe('MISSED');
    await stack.subgraphs.visits.relay.kick();
    const missed = await stack.subgraphs.visits.database.dataSource.query(
      `SELECT payload FROM events.event_log WHERE type = 'visits.visit.missed' AND position > $1`,
      [after],
    );
    expect(missed.map((row: { payload: { visitId: string } }) => row.payload.visitId)).toEqual([missedId]);
  });
});
