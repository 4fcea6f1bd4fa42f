import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { customers } from '@fieldloop/customers';
import { visits } from '@fieldloop/visits';
import { createTeam, sqlOf, startStack, type Stack } from '@fieldloop/testkit';
import { complaints } from '../src';

/*
 * The loop section of the supervisor's monthly scorecard, through the gateway, on a small fixed
 * October: a team of three account managers, one of whom answers every case late. Customers'
 * data is made through the gateway; the month's cases are inserted as they stand at its end.
 */

const MONTH = '2026-10';
/** A moment of October in Kunming (UTC+8). */
const october = (day: number, hour = 10) =>
  new Date(`2026-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`);

const TEAM_QUERY = `query($id: ID!, $month: String!) { staffMember(id: $id) { team { id
  loopFigures(month: $month) {
    raised answered answeredWithinDeadlineShare escalations averageSatisfaction marketLeadsRaised marketLeadsClosed
    outliers { figure code value teamMedian reason }
  } } } }`;

interface Member {
  id: string;
  loopFigures: Record<string, unknown> | null;
}

describe("the loop section of a supervisor's team scorecard", () => {
  let stack: Stack;
  let supervisorId: string;
  let loneSupervisorId: string;
  let members: { id: string; territoryId: string }[];

  /** A case in a territory of the team, with what differs from an open complaint. */
  async function insertCase(territoryId: string, overrides: Record<string, unknown>): Promise<string> {
    const id = randomUUID();
    await stack.subgraphs.complaints.database.dataSource.getRepository('Case').insert({
      id,
      kind: 'COMPLAINT',
      category: 'PRODUCT_QUALITY',
      source: 'RETAILER',
      channel: 'PHONE',
      title: '卷烟受潮',
      description: '上周到货的两条受潮',
      territoryId,
      ownerRole: 'ACCOUNT_MANAGER',
      respondDueAt: october(31),
      resolveDueAt: october(31),
      respondBudgetMinutes: 240,
      resolveBudgetMinutes: 2880,
      createdAt: october(1),
      ...overrides,
    });
    return id;
  }

  beforeAll(async () => {
    stack = await startStack([customers, visits, complaints]);
    const team = await createTeam(stack.gateway, 'LS', 3);
    loneSupervisorId = (await createTeam(stack.gateway, 'LX', 1)).supervisorId;
    [supervisorId, members] = [team.supervisorId, team.members];
    const sql = stack.subgraphs.complaints.database.dataSource;
    for (let i = 0; (await sql.query('SELECT count(*)::int AS n FROM case_staff'))[0].n < 6; i += 1) {
      if (i > 300) throw new Error('complaints never projected the staff');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const [late, prompt, quiet] = members;
    const answered = (assigneeId: string, day: number, breached: boolean) => ({
      assigneeId,
      status: 'RESPONDED',
      firstAnsweredAt: october(day),
      answeredAt: october(day),
      respondBreachedAt: breached ? october(day, 9) : null,
    });
    // Four answered, all after the deadline; two of them closed, rated 2 and 3; one escalated.
    const escalated = await insertCase(late.territoryId, answered(late.id, 3, true));
    await insertCase(late.territoryId, answered(late.id, 5, true));
    await insertCase(late.territoryId, { ...answered(late.id, 6, true), status: 'CLOSED', closedAt: october(8), satisfaction: 2 });
    await insertCase(late.territoryId, { ...answered(late.id, 7, true), status: 'CLOSED', closedAt: october(9), satisfaction: 3 });
    await sql.getRepository('Escalation').insert([
      {
        id: randomUUID(),
        caseId: escalated,
        round: 0,
        clock: 'RESPOND',
        level: 0,
        escalatedToId: null,
        dueAt: october(2),
        firedAt: october(2),
      },
      {
        id: randomUUID(),
        caseId: escalated,
        round: 0,
        clock: 'RESPOND',
        level: 1,
        escalatedToId: supervisorId,
        dueAt: october(3),
        firedAt: october(3),
      },
    ]);
    // They raised a market lead (followed up and closed) and a complaint of their own.
    await insertCase(late.territoryId, {
      kind: 'MARKET_LEAD',
      category: 'OTHER',
      source: 'STAFF',
      reporterId: late.id,
      ownerRole: 'MARKET_INSPECTOR',
      status: 'CLOSED',
      closedAt: october(20),
    });
    await insertCase(late.territoryId, { reporterId: late.id, source: 'STAFF', createdAt: october(21) });
    // September's case is another month's.
    await insertCase(late.territoryId, {
      ...answered(late.id, 3, false),
      createdAt: new Date('2026-09-02T10:00:00+08:00'),
      firstAnsweredAt: new Date('2026-09-03T10:00:00+08:00'),
    });

    await insertCase(prompt.territoryId, answered(prompt.id, 4, false));
    await insertCase(prompt.territoryId, { ...answered(prompt.id, 10, false), status: 'CLOSED', closedAt: october(11), satisfaction: 5 });
    await insertCase(quiet.territoryId, answered(quiet.id, 12, false));
    await insertCase(quiet.territoryId, {
      kind: 'MARKET_LEAD',
      category: 'OTHER',
      source: 'STAFF',
      reporterId: quiet.id,
      ownerRole: 'MARKET_INSPECTOR',
    });
  });
  afterAll(() => stack?.stop());

  it("returns every account manager's loop figures in one query, each checked by hand, the late one flagged", async () => {
    const { data, errors } = await stack.gateway.execute<{ staffMember: { team: Member[] } }>(TEAM_QUERY, {
      id: supervisorId,
      month: MONTH,
    });
    expect(errors).toBeUndefined();
    const byId = new Map(data!.staffMember.team.map((member) => [member.id, member.loopFigures]));
    const [late, prompt, quiet] = members;
    expect(byId.get(late.id)).toEqual({
      raised: 2,
      answered: 4,
      answeredWithinDeadlineShare: 0,
      escalations: 1,
      averageSatisfaction: 2.5,
      marketLeadsRaised: 1,
      marketLeadsClosed: 1,
      outliers: [
        {
          figure: 'answeredWithinDeadlineShare',
          code: 'LATE_ANSWERS',
          value: 0,
          teamMedian: 1,
          reason: "Answered 0% of the cases within the deadline, against the team's median of 100%",
        },
      ],
    });
    expect(byId.get(prompt.id)).toEqual({
      raised: 0,
      answered: 2,
      answeredWithinDeadlineShare: 1,
      escalations: 0,
      averageSatisfaction: 5,
      marketLeadsRaised: 0,
      marketLeadsClosed: 0,
      outliers: [],
    });
    expect(byId.get(quiet.id)).toEqual({
      raised: 1,
      answered: 1,
      answeredWithinDeadlineShare: 1,
      escalations: 0,
      averageSatisfaction: null,
      marketLeadsRaised: 1,
      marketLeadsClosed: 0,
      outliers: [],
    });
  });

  it('reads a team of three in as many statements as a team of one', async () => {
    const statementsFor = async (id: string) =>
      (await sqlOf(stack.subgraphs.complaints, stack.gateway, TEAM_QUERY, { id, month: MONTH })).statements.length;
    expect(await statementsFor(supervisorId)).toBe(await statementsFor(loneSupervisorId));
  });

  it("counts only the cases in a supervisor's territories for another team's supervisor", async () => {
    const stranger = await stack.as({ role: 'SUPERVISOR', sub: loneSupervisorId, terr: [randomUUID()] });
    const { data } = await stranger.execute<{ staffMember: { team: Member[] } }>(TEAM_QUERY, { id: supervisorId, month: MONTH });
    expect(data!.staffMember.team.map((member) => member.loopFigures?.answered)).toEqual([0, 0, 0]);
  });

  it('refuses a month that is not YYYY-MM, naming the argument', async () => {
    const { errors } = await stack.gateway.execute(TEAM_QUERY, { id: supervisorId, month: '2026-1' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month', rule: 'format' });
  });
});
