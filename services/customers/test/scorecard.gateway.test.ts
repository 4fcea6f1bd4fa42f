import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CREATE_RETAILER, createTeam, retailerInput, sqlOf, startStack, type Stack } from '@fieldloop/testkit';
import { customers } from '../src';

/*
 * The market knowledge section of the supervisor's monthly scorecard, through the gateway: a
 * team of three account managers, one of whom lets the customer files go stale and assesses no
 * credit. Files and assessments are made through the gateway; a stale file is one last changed
 * long ago, set in the database as time would have left it.
 */

/** This company month (Asia/Shanghai): the files and assessments made now fall in it. */
const MONTH = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
const GOOD = Object.fromEntries(
  ['localResidence', 'yearsInBusiness', 'salesGrowth', 'arrears', 'supplierConcentration', 'badHabits', 'crossRegionSelling'].map(
    (indicator) => [indicator, 'GOOD'],
  ),
);

const TEAM_QUERY = `query($id: ID!, $month: String!) { staffMember(id: $id) { team { id
  marketKnowledge(month: $month) { month retailers filesUpToDate filesUpToDateShare creditAssessed creditAssessedShare
    outliers { figure code value teamMedian reason } } } } }`;

interface Member {
  id: string;
  marketKnowledge: Record<string, unknown> | null;
}

describe("the market knowledge section of a supervisor's team scorecard", () => {
  let stack: Stack;
  let supervisorId: string;
  let members: { id: string; territoryId: string }[];
  let stranger: { supervisorId: string; accountManagerId: string; territoryId: string };

  beforeAll(async () => {
    stack = await startStack([customers]);
    const team = await createTeam(stack.gateway, 'MK', 3);
    const other = await createTeam(stack.gateway, 'MX', 1);
    [supervisorId, members] = [team.supervisorId, team.members];
    stranger = { supervisorId: other.supervisorId, accountManagerId: other.members[0].id, territoryId: other.members[0].territoryId };
    /** Per member: [retailers, of which assessed, of which with a stale file]. */
    const plan: Array<[number, number, number]> = [
      [4, 0, 3],
      [2, 2, 0],
      [2, 1, 0],
    ];
    for (const [i, [retailers, assessed, stale]] of plan.entries()) {
      for (let n = 0; n < retailers; n += 1) {
        const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
          input: retailerInput(members[i].territoryId),
        });
        if (n < assessed) {
          await stack.gateway.request(`mutation($input: AssessCreditInput!) { assessCredit(input: $input) { id } }`, {
            input: { retailerId: createRetailer.id, assessedById: members[i].id, ...GOOD },
          });
        }
        if (n < stale) {
          await stack.subgraphs.customers.database.dataSource.query(
            `UPDATE retailer SET profile_updated_at = now() - interval '8 months' WHERE id = $1`,
            [createRetailer.id],
          );
        }
      }
    }
  });
  afterAll(() => stack?.stop());

  it("returns every account manager's market knowledge in one query, checked by hand, the careless one flagged", async () => {
    const { data, errors } = await stack.gateway.execute<{ staffMember: { team: Member[] } }>(TEAM_QUERY, {
      id: supervisorId,
      month: MONTH,
    });
    expect(errors).toBeUndefined();
    const byId = new Map(data!.staffMember.team.map((member) => [member.id, member.marketKnowledge]));
    const [careless, thorough, halfway] = members;
    expect(byId.get(careless.id)).toEqual({
      month: MONTH,
      retailers: 4,
      filesUpToDate: 1,
      filesUpToDateShare: 0.25,
      creditAssessed: 0,
      creditAssessedShare: 0,
      outliers: [
        {
          figure: 'filesUpToDateShare',
          code: 'FILES_STALE',
          value: 0.25,
          teamMedian: 1,
          reason: "Kept 25% of the customer files up to date, against the team's median of 100%",
        },
        {
          figure: 'creditAssessedShare',
          code: 'CREDIT_STALE',
          value: 0,
          teamMedian: 0.5,
          reason: "Assessed the credit of 0% of the retailers, against the team's median of 50%",
        },
      ],
    });
    expect(byId.get(thorough.id)).toMatchObject({
      retailers: 2,
      filesUpToDate: 2,
      creditAssessed: 2,
      creditAssessedShare: 1,
      outliers: [],
    });
    expect(byId.get(halfway.id)).toMatchObject({
      retailers: 2,
      filesUpToDate: 2,
      creditAssessed: 1,
      creditAssessedShare: 0.5,
      outliers: [],
    });
  });

  it('reads a team of three in as many statements as a team of one', async () => {
    const statementsFor = async (id: string) =>
      (await sqlOf(stack.subgraphs.customers, stack.gateway, TEAM_QUERY, { id, month: MONTH })).statements.length;
    expect(await statementsFor(supervisorId)).toBe(await statementsFor(stranger.supervisorId));
  });

  it("gives an account manager of another team nothing of this team's section", async () => {
    const outsider = await stack.as({ role: 'ACCOUNT_MANAGER', sub: stranger.accountManagerId, terr: [stranger.territoryId] });
    const { data, errors } = await outsider.execute<{ staffMember: { team: Member[] } }>(TEAM_QUERY, { id: supervisorId, month: MONTH });
    expect(data!.staffMember.team.map((member) => member.marketKnowledge)).toEqual([null, null, null]);
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
  });

  it('refuses a month that is not YYYY-MM, naming the argument', async () => {
    const { errors } = await stack.gateway.execute(TEAM_QUERY, { id: supervisorId, month: 'October' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month', rule: 'format' });
  });
});
