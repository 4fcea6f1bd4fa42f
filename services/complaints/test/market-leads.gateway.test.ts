import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { companyToday, EVENTS_CHANNEL } from '@fieldloop/platform';
import { startStack, type GraphQLClient, type Stack } from '@fieldloop/testkit';
import { visits } from '@fieldloop/visits';
import { complaints } from '../src';
import { businessMinutesBetween } from '../src/calendar/business-time.rules';
import { calendarForRegion } from '../src/calendar/calendar.service';
import { createLoopTeam, projected, type LoopTeam } from './loop.fixtures';

const LEADS = `query($from: String!, $to: String!, $territoryId: ID) {
  marketLeads(from: $from, to: $to, territoryId: $territoryId) { territory { id name } day raised open closed }
}`;

interface Lead {
  id: string;
  kind: string;
  ownerRole: string;
  assigneeId: string | null;
  territoryId: string;
  regionId: string;
  createdAt: Date;
  respondDueAt: Date;
}

/**
 * Seed scenario 3 (DOMAIN.md section 8): account managers report non-channel cigarettes on
 * their visits; each sighting opens a market lead for the territory's market inspector; the
 * supervisor sees the sightings grouped by territory and day.
 */
describe('market leads from visits to the supervisor', () => {
  let stack: Stack;
  let inArea: LoopTeam;
  let elsewhere: LoopTeam;
  let supervisor: GraphQLClient;
  const today = companyToday();
  const sql = (query: string, parameters: unknown[] = []) => stack.subgraphs.complaints.database.dataSource.query(query, parameters);
  const leads = (): Promise<Lead[]> =>
    sql(
      `SELECT id, kind, owner_role AS "ownerRole", assignee_id AS "assigneeId", territory_id AS "territoryId", region_id AS "regionId",
        created_at AS "createdAt", respond_due_at AS "respondDueAt" FROM loop_case WHERE kind = 'MARKET_LEAD' ORDER BY created_at`,
    );

  /** A visit today to the team's shop, planned, approved and checked in, as the account manager's phone does. */
  async function visitToday(team: LoopTeam): Promise<{ accountManager: GraphQLClient; visitId: string }> {
    const accountManager = await stack.as({ role: 'ACCOUNT_MANAGER', sub: team.accountManagerId, terr: [team.territoryId] });
    const boss = await stack.as({ role: 'SUPERVISOR', sub: team.supervisorId, terr: [team.territoryId] });
    for (let i = 0; i < 300; i += 1) {
      const rows = await stack.subgraphs.visits.database.dataSource.query('SELECT 1 FROM route_retailer WHERE id = $1', [team.retailerId]);
      if (rows.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { createVisitPlan } = await accountManager.request<{ createVisitPlan: { id: string; visits: { id: string }[] } }>(
      `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id visits { id } } }`,
      {
        input: {
          accountManagerId: team.accountManagerId,
          planDate: today,
          stops: [{ retailerId: team.retailerId, theme: '市场检查', purpose: '看货源', actionPlan: '查防伪', expectedResult: '规范经营' }],
        },
      },
    );
    await accountManager.request(`mutation($id: ID!) { submitVisitPlan(planId: $id) { status } }`, { id: createVisitPlan.id });
    await boss.request(`mutation($input: ReviewVisitPlanInput!) { approveVisitPlan(input: $input) { status } }`, {
      input: { planId: createVisitPlan.id, reviewerId: team.supervisorId },
    });
    const { retailer } = await accountManager.request<{ retailer: { latitude: number; longitude: number } }>(
      `query($id: ID!) { retailer(id: $id) { latitude longitude } }`,
      { id: team.retailerId },
    );
    const visitId = createVisitPlan.visits[0].id;
    await accountManager.request(`mutation($input: PositionInput!) { checkIn(input: $input) { status } }`, {
      input: { visitId, latitude: retailer.latitude, longitude: retailer.longitude },
    });
    return { accountManager, visitId };
  }

  const sight = (accountManager: GraphQLClient, visitId: string, sightings: { product: string; quantity: number }[]) =>
    accountManager.request(`mutation($input: RecordFindingsInput!) { recordFindings(input: $input) { id } }`, {
      input: { visitId, nonChannelSightings: sightings.map((sighting) => ({ ...sighting, note: '无防伪标识' })) },
    });

  async function leadsCount(count: number): Promise<Lead[]> {
    for (let i = 0; i < 300; i += 1) {
      await stack.subgraphs.visits.relay.kick();
      const rows = await leads();
      if (rows.length >= count) return rows;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`complaints never opened ${count} market leads`);
  }

  beforeAll(async () => {
    stack = await startStack([customers, visits, complaints]);
    inArea = await createLoopTeam(stack.gateway, true);
    elsewhere = await createLoopTeam(stack.gateway, false);
    await projected(stack, [inArea, elsewhere]);
    // Each region's leads go to its market inspector, as an administrator sets it up.
    for (const team of [inArea, elsewhere]) {
      await stack.gateway.request(`mutation($input: RoutingRuleInput!) { setRoutingRule(input: $input) { kind } }`, {
        input: { kind: 'MARKET_LEAD', regionId: team.regionId, ownerRole: 'MARKET_INSPECTOR', assigneeId: team.inspectorId },
      });
    }
    // The manager over both supervisors watches both territories.
    supervisor = await stack.as({ role: 'SUPERVISOR', sub: inArea.supervisorId, terr: [inArea.territoryId, elsewhere.territoryId] });
  });
  afterAll(() => stack?.stop());

  it("opens a market lead per sighting, owned by the territory's inspector, on the kind's deadline in business time", async () => {
    const near = await visitToday(inArea);
    const far = await visitToday(elsewhere);
    await sight(near.accountManager, near.visitId, [
      { product: '中华(硬)', quantity: 5 },
      { product: '云烟(紫)', quantity: 2 },
    ]);
    await sight(far.accountManager, far.visitId, [{ product: '玉溪(软)', quantity: 3 }]);
    const rows = await leadsCount(3);
    expect(rows).toHaveLength(3);
    const teamOf = new Map([inArea, elsewhere].map((team) => [team.territoryId, team]));
    for (const row of rows) {
      const team = teamOf.get(row.territoryId)!;
      expect(row).toMatchObject({ ownerRole: 'MARKET_INSPECTOR', assigneeId: team.inspectorId });
      // A market lead: 8 business hours to the first answer in the company's area, 16 elsewhere.
      const calendar = await calendarForRegion(stack.subgraphs.complaints.database.dataSource.manager, row.regionId);
      expect(businessMinutesBetween(calendar, row.createdAt, row.respondDueAt)).toBe(team === inArea ? 8 * 60 : 16 * 60);
    }
    expect(rows.filter((row) => row.territoryId === inArea.territoryId)).toHaveLength(2);
  });

  it('opens no second lead when the hand-offs are delivered again', async () => {
    const [{ head }] = await sql(`SELECT MAX(position) AS head FROM events.event_log WHERE type = 'visits.market_lead.raised'`);
    // A crash before the cursor moved: complaints reads every visits event again.
    await sql(`UPDATE consumer_cursor SET position = 0 WHERE consumer = 'hand-offs'`);
    await sql('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, '']);
    for (let i = 0; i < 300; i += 1) {
      const [cursor] = await sql(`SELECT position FROM consumer_cursor WHERE consumer = 'hand-offs'`);
      if (BigInt(cursor.position) >= BigInt(head)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [cursor] = await sql(`SELECT position FROM consumer_cursor WHERE consumer = 'hand-offs'`);
    expect(BigInt(cursor.position)).toBeGreaterThanOrEqual(BigInt(head));
    expect(await leads()).toHaveLength(3);
  });

  it('gives the supervisor the sightings grouped by territory and day; closing one moves it from open to closed', async () => {
    const [first] = (await leads()).filter((row) => row.territoryId === inArea.territoryId);
    const inspector = await stack.as({ role: 'MARKET_INSPECTOR', sub: inArea.inspectorId, terr: [inArea.territoryId] });
    const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { status } }`;
    await inspector.request(act, { input: { caseId: first.id, action: 'ACKNOWLEDGE' } });
    await inspector.request(act, {
      input: { caseId: first.id, action: 'RESPOND', message: '已现场查处, 没收5条' },
    });
    await supervisor.request(`mutation($input: CaseActionInput!) { actOnCase(input: $input) { status } }`, {
      input: { caseId: first.id, action: 'OVERRIDE_CLOSE', message: '店主已签收处罚决定', reason: '已依法处理' },
    });
    const { marketLeads } = await supervisor.request<{
      marketLeads: { territory: { id: string; name: string }; day: string; raised: number; open: number; closed: number }[];
    }>(LEADS, { from: today, to: today });
    // One row per territory and day, territories of a day in id order.
    const expected = [
      { territory: { id: inArea.territoryId }, day: today, raised: 2, open: 1, closed: 1 },
      { territory: { id: elsewhere.territoryId }, day: today, raised: 1, open: 1, closed: 0 },
    ].sort((a, b) => (a.territory.id < b.territory.id ? -1 : 1));
    expect(marketLeads.map(({ territory, ...counts }) => ({ territory: { id: territory.id }, ...counts }))).toEqual(expected);
    // The gateway fills the territory from customers.
    expect(marketLeads.find((row) => row.territory.id === inArea.territoryId)?.territory.name).toMatch(/^线路L\d+IN$/);
    const one = await supervisor.request<{ marketLeads: unknown[] }>(LEADS, { from: today, to: today, territoryId: elsewhere.territoryId });
    expect(one.marketLeads).toEqual([expect.objectContaining({ raised: 1 })]);
  });

  it("keeps an account manager to their own territory's leads", async () => {
    const accountManager = await stack.as({ role: 'ACCOUNT_MANAGER', sub: elsewhere.accountManagerId, terr: [elsewhere.territoryId] });
    const { marketLeads } = await accountManager.request<{ marketLeads: { territory: { id: string } }[] }>(LEADS, {
      from: today,
      to: today,
    });
    expect(marketLeads.map((row) => row.territory.id)).toEqual([elsewhere.territoryId]);
    const theirs = await accountManager.request<{ marketLeads: unknown[] }>(LEADS, {
      from: today,
      to: today,
      territoryId: inArea.territoryId,
    });
    expect(theirs.marketLeads).toEqual([]);
  });

  it.each([
    ['a malformed day', { from: '2026-13-01', to: '2026-12-01' }, 'from', 'format'],
    ['to before from', { from: '2026-12-02', to: '2026-12-01' }, 'to', 'after_from'],
    ['more than 92 days', { from: '2026-01-01', to: '2026-04-03' }, 'to', 'max_range'],
  ])('refuses %s, naming the field and rule', async (_case, range, field, rule) => {
    const result = await supervisor.execute(LEADS, range);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
  });
});
