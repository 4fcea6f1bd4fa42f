import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { customers } from '@fieldloop/customers';
import {
  CREATE_RETAILER,
  createTeam,
  createTerritoryWithManager,
  describePlan,
  indexesIn,
  insertVisit,
  insertVisitPlan,
  retailerInput,
  sqlOf,
  startStack,
  type GraphQLClient,
  type Stack,
} from '@fieldloop/testkit';
import { visits } from '../src';

/*
 * The visits section of the supervisor's monthly scorecard, through the gateway, on a small
 * fixed month: a team of four account managers with four shops each, one of whom (DOMAIN
 * scenario 5) always goes to the same shop and copies his notes. Customers' data is made through
 * the gateway; the month's visits are inserted as they would stand at its end.
 */

const MONTH = '2026-10';
const DAY = '2026-10-12';
const SHOPS_PER_TERRITORY = 4;
// 4 active shops × once a week × 31/7 weeks of October.
const REQUIRED = Math.round(SHOPS_PER_TERRITORY * (31 / 7));

const TEAM_QUERY = `query($id: ID!, $month: String!) { staffMember(id: $id) { team { id name
  visitFigures(month: $month) {
    month planned made verified retailersVisited retailersInTerritory requiredByFrequency
    plannedAttainment frequencyAttainment verifiedShare coverage realRecordShare copiedNoteShare workLogsFiled monthlyReportFiled satisfactionAverage
    outliers { figure code value teamMedian reason }
  } } } }`;

interface Member {
  id: string;
  name: string;
  visitFigures: (Record<string, unknown> & { outliers: { figure: string; code: string }[] }) | null;
}

describe("the visits section of a supervisor's team scorecard", () => {
  let stack: Stack;
  let supervisorId: string;
  let otherTeam: { supervisorId: string; accountManagerId: string; territoryId: string };
  const team: { id: string; territoryId: string; shops: string[] }[] = [];

  const sql = (query: string) => stack.subgraphs.visits.database.dataSource.query(query);
  const until = async (what: string, condition: () => Promise<boolean>) => {
    for (let attempt = 0; !(await condition()); attempt += 1) {
      if (attempt > 300) throw new Error(`the visits projection never saw ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  /** The month's visits of one account manager: [shop index, status, flags, satisfaction]. */
  async function visitsOf(member: (typeof team)[number], rows: Array<[number, string, string[], number | null]>, day = DAY): Promise<void> {
    const dataSource = stack.subgraphs.visits.database.dataSource;
    const plan = await insertVisitPlan(dataSource, member.id, day, { status: 'APPROVED' });
    for (const [shop, status, flags, satisfaction] of rows) {
      const visit = await insertVisit(
        dataSource,
        plan,
        { id: member.shops[shop], territoryId: member.territoryId },
        { status, satisfaction },
      );
      for (const kind of flags) {
        await dataSource
          .getRepository('VisitFlag')
          .insert({ id: randomUUID(), visitId: visit.id, accountManagerId: member.id, kind, value: 1, reason: 'test' });
      }
    }
  }

  beforeAll(async () => {
    stack = await startStack([customers, visits]);
    const made = await createTeam(stack.gateway, 'SC', 4);
    supervisorId = made.supervisorId;
    team.push(...made.members.map((member) => ({ ...member, shops: [] as string[] })));
    for (const member of team) {
      for (let i = 0; i < SHOPS_PER_TERRITORY; i += 1) {
        const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
          input: retailerInput(member.territoryId),
        });
        member.shops.push(createRetailer.id);
      }
    }
    const other = await createTerritoryWithManager(stack.gateway, 'SCX');
    otherTeam = { supervisorId: other.supervisor.id, accountManagerId: other.accountManager.id, territoryId: other.territory.id };
    await until('the retailers', async () => (await sql('SELECT count(*)::int AS n FROM route_retailer'))[0].n === 16);
    await until('the staff', async () => (await sql('SELECT count(*)::int AS n FROM route_staff'))[0].n === 7);

    const [habitual, careless, steady, thorough] = team;
    // Scenario 5: four visits, all to the first shop, three with notes copied from the one before.
    await visitsOf(habitual, [
      [0, 'COMPLETED', [], 4],
      [0, 'COMPLETED', ['COPIED_NOTES'], 4],
      [0, 'COMPLETED', ['COPIED_NOTES'], 5],
      [0, 'COMPLETED', ['COPIED_NOTES'], 3],
    ]);
    // Every shop, one check-in too far away, one visit missed and one cancelled (not planned any more).
    await visitsOf(careless, [
      [0, 'COMPLETED', ['DISTANCE'], 5],
      [1, 'COMPLETED', [], 5],
      [2, 'COMPLETED', [], null],
      [3, 'COMPLETED', [], null],
      [0, 'MISSED', [], null],
      [1, 'CANCELLED', [], null],
    ]);
    for (const member of [steady, thorough]) {
      await visitsOf(
        member,
        [0, 1, 2, 3].map((shop) => [shop, 'COMPLETED', [], null] as [number, string, string[], null]),
      );
    }
    // September's visit is another month's.
    await visitsOf(habitual, [[1, 'COMPLETED', [], 1]], '2026-09-30');
    // Reports: two work logs and the month's report in October; September's are another month's.
    const report = (member: (typeof team)[number], kind: string, period: string) => ({
      id: randomUUID(),
      accountManagerId: member.id,
      kind,
      period,
      text: '今日按计划走访。',
    });
    await stack.subgraphs.visits.database.dataSource
      .getRepository('ReportAnnotation')
      .insert([
        report(careless, 'DAY', '2026-10-12'),
        report(careless, 'DAY', '2026-10-13'),
        report(careless, 'MONTH', MONTH),
        report(habitual, 'DAY', '2026-09-30'),
        report(habitual, 'MONTH', '2026-09'),
      ]);
  });
  afterAll(() => stack?.stop());

  const teamOf = async (client: GraphQLClient, id = supervisorId, month = MONTH) =>
    client.execute<{ staffMember: { team: Member[] } }>(TEAM_QUERY, { id, month });

  it("returns every account manager's figures in one query, each checked by hand", async () => {
    const { data, errors } = await teamOf(stack.gateway);
    expect(errors).toBeUndefined();
    const byId = new Map(data!.staffMember.team.map((member) => [member.id, member.visitFigures]));
    const [habitual, careless, steady] = team;
    expect(byId.get(habitual.id)).toEqual({
      month: MONTH,
      planned: 4,
      made: 4,
      verified: 4,
      retailersVisited: 1,
      retailersInTerritory: 4,
      requiredByFrequency: REQUIRED,
      plannedAttainment: 1,
      frequencyAttainment: Math.round((4 / REQUIRED) * 1000) / 1000,
      verifiedShare: 1,
      coverage: 0.25,
      realRecordShare: 0.25,
      copiedNoteShare: 0.75,
      workLogsFiled: 0,
      monthlyReportFiled: false,
      satisfactionAverage: 4,
      outliers: [
        {
          figure: 'coverage',
          code: 'COVERAGE_LOW',
          value: 0.25,
          teamMedian: 1,
          reason: "Visited 25% of the territory's retailers, under half the team's median of 100%",
        },
        {
          figure: 'copiedNoteShare',
          code: 'COPIED_NOTES_HIGH',
          value: 0.75,
          teamMedian: 0,
          reason: "Notes of 75% of the visits were copied from earlier visits, against the team's median of 0%",
        },
      ],
    });
    expect(byId.get(careless.id)).toEqual({
      month: MONTH,
      planned: 5,
      made: 4,
      verified: 3,
      retailersVisited: 4,
      retailersInTerritory: 4,
      requiredByFrequency: REQUIRED,
      plannedAttainment: 0.8,
      frequencyAttainment: Math.round((4 / REQUIRED) * 1000) / 1000,
      verifiedShare: 0.75,
      coverage: 1,
      realRecordShare: 1,
      copiedNoteShare: 0,
      workLogsFiled: 2,
      monthlyReportFiled: true,
      satisfactionAverage: 5,
      // 75 % verified is under the team's 100 %, but not by the 30 points that make an outlier.
      outliers: [],
    });
    expect(byId.get(steady.id)).toMatchObject({ planned: 4, made: 4, coverage: 1, satisfactionAverage: null, outliers: [] });
  });

  it('reads a team of four in as many statements as a team of one: bounded by entity types, not members', async () => {
    const statementsFor = async (id: string) =>
      (await sqlOf(stack.subgraphs.visits, stack.gateway, TEAM_QUERY, { id, month: MONTH })).statements.length;
    const [four, one] = [await statementsFor(supervisorId), await statementsFor(otherTeam.supervisorId)];
    expect(four).toBe(one);
    expect(four).toBeLessThanOrEqual(6);
  });

  it("reads the team's month of visits by the (account manager, day) index, not a scan of every visit", async () => {
    const { statements } = await sqlOf(stack.subgraphs.visits, stack.gateway, TEAM_QUERY, { id: supervisorId, month: MONTH });
    const grouped = statements.find(({ query }) => /FROM visit v\b/.test(query) && /GROUP BY v.account_manager_id/.test(query))!;
    const [{ indexname }] = await sql(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'visit' AND indexdef LIKE '%(account_manager_id, planned_for)%'`,
    );
    // The test's few rows would be read by a scan whatever the indexes; at city scale they are not.
    const runner = stack.subgraphs.visits.database.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL enable_seqscan = off');
      const [row] = await runner.query(`EXPLAIN (FORMAT JSON) ${grouped.query}`, grouped.parameters);
      const plan = row['QUERY PLAN'][0].Plan;
      expect({ plan: describePlan(plan), indexes: indexesIn(plan) }).toMatchObject({ indexes: expect.arrayContaining([indexname]) });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it("answers a supervisor for their own team and not another team's", async () => {
    const supervisor = await stack.as({ role: 'SUPERVISOR', sub: supervisorId, terr: team.map((member) => member.territoryId) });
    const own = await teamOf(supervisor);
    expect(own.errors).toBeUndefined();
    expect(own.data!.staffMember.team.every((member) => member.visitFigures !== null)).toBe(true);

    const theirs = await teamOf(supervisor, otherTeam.supervisorId);
    expect(theirs.data!.staffMember.team).toEqual([expect.objectContaining({ id: otherTeam.accountManagerId, visitFigures: null })]);
    expect(theirs.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it("answers an account manager for themselves and not for a colleague's territory", async () => {
    const [habitual, careless] = team;
    const accountManager = await stack.as({ role: 'ACCOUNT_MANAGER', sub: habitual.id, terr: [habitual.territoryId] });
    const { data, errors } = await teamOf(accountManager);
    const byId = new Map(data!.staffMember.team.map((member) => [member.id, member.visitFigures]));
    expect(byId.get(habitual.id)).toMatchObject({ made: 4 });
    expect(byId.get(careless.id)).toBeNull();
    expect(errors?.length).toBe(SHOPS_PER_TERRITORY - 1);
  });

  it('gives a caller without visits:read the team without the visits section', async () => {
    const driver = await stack.as({ role: 'DELIVERY_DRIVER', terr: '*' });
    const { data, errors } = await teamOf(driver);
    expect(data!.staffMember.team.map((member) => member.visitFigures)).toEqual([null, null, null, null]);
    expect(new Set(errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  });

  it('refuses a month that is not YYYY-MM, naming the argument', async () => {
    const { errors } = await teamOf(stack.gateway, supervisorId, '2026-13');
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month', rule: 'format' });
  });
});
