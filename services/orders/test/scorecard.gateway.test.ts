import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { customers } from '@fieldloop/customers';
import { createTeam, createTerritoryWithManager, sqlOf, startStack, type GraphQLClient, type Stack } from '@fieldloop/testkit';
import { orders } from '../src';

/*
 * The sales section's outliers on the supervisor's monthly scorecard, through the gateway: a team
 * of four account managers whose month (and the same month last year) stands in the sales facts
 * as confirms and deliveries leave it. One of them delivered 40 of 100 confirmed cartons wrong and
 * sold less than last year while the others sold as much or more.
 */

const MONTH = '2026-10';
const LAST_YEAR = '2025-10';

const TEAM_QUERY = `query($id: ID!, $month: String!, $lastYear: String!) { staffMember(id: $id) { team { id
  salesFigures(month: $month) { volumeCartons confirmedCartons fulfilledCartons fulfilmentRate outliers { figure code value teamMedian reason } }
  lastYear: salesFigures(month: $lastYear) { volumeCartons }
} } }`;
const TERRITORY_QUERY = `query($id: ID!, $month: String!) { territory(id: $id) { salesFigures(month: $month) { volumeCartons outliers { code } } } }`;

interface Member {
  id: string;
  salesFigures: (Record<string, unknown> & { outliers: { figure: string; code: string }[] }) | null;
}

describe("the sales outliers of a supervisor's team scorecard", () => {
  let stack: Stack;
  let supervisorId: string;
  let otherSupervisorId: string;
  let team: { id: string; territoryId: string }[];

  const sql = (query: string, parameters: unknown[] = []) => stack.subgraphs.orders.database.dataSource.query(query, parameters);
  const until = async (what: string, condition: () => Promise<boolean>) => {
    for (let attempt = 0; !(await condition()); attempt += 1) {
      if (attempt > 300) throw new Error(`the orders projection never saw ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  /** One retailer's month of one product, as confirms and deliveries leave it in sales_fact. */
  const fact = (member: { id: string; territoryId: string }, month: string, confirmed: number, accepted: number, fulfilled: number) =>
    sql(
      `INSERT INTO sales_fact (month, retailer_id, product_id, territory_id, account_manager_id, key_brand, new_brand,
                               confirmed_cartons, accepted_cartons, fulfilled_cartons, amount_fen, margin_fen)
       VALUES ($1, $2, $3, $4, $5, false, false, $6, $7, $8, $7 * 10000, $7 * 1000)`,
      [month, randomUUID(), randomUUID(), member.territoryId, member.id, confirmed, accepted, fulfilled],
    );

  beforeAll(async () => {
    stack = await startStack([customers, orders]);
    const made = await createTeam(stack.gateway, 'SO', 4);
    supervisorId = made.supervisorId;
    team = made.members;
    const other = await createTerritoryWithManager(stack.gateway, 'SOX');
    otherSupervisorId = other.supervisor.id;
    await until('the territories', async () => (await sql('SELECT count(*)::int AS n FROM order_territory'))[0].n === 5);
    await until(
      'the supervisors',
      async () => (await sql('SELECT count(*)::int AS n FROM order_staff WHERE supervisor_id IS NOT NULL'))[0].n === 5,
    );

    const [careless, good, fair, growing] = team;
    // 40 of the 100 confirmed cartons came back: 60 % 履约率, and 60 against last year's 100.
    await fact(careless, MONTH, 100, 60, 60);
    await fact(careless, LAST_YEAR, 100, 100, 100);
    await fact(good, MONTH, 100, 100, 95);
    await fact(good, LAST_YEAR, 95, 95, 95);
    await fact(fair, MONTH, 60, 60, 55);
    await fact(fair, MONTH, 40, 40, 35);
    await fact(fair, LAST_YEAR, 100, 100, 100);
    await fact(growing, MONTH, 100, 100, 100);
    await fact(growing, LAST_YEAR, 80, 80, 80);
  });
  afterAll(() => stack?.stop());

  const teamOf = (client: GraphQLClient, id = supervisorId) =>
    client.execute<{ staffMember: { team: Member[] } }>(TEAM_QUERY, { id, month: MONTH, lastYear: LAST_YEAR });

  it("flags the account manager whose 履约率 and volume on last year stand out from the team's, checked by hand", async () => {
    const { data, errors } = await teamOf(stack.gateway);
    expect(errors).toBeUndefined();
    const byId = new Map(data!.staffMember.team.map((member) => [member.id, member.salesFigures]));
    const [careless, good, fair, growing] = team;
    // 履约率 0.6, 0.95, 0.9, 1: median 0.925. Change on last year −0.4, 100/95 − 1, 0, 0.25: median (0 + 0.0526) / 2.
    expect(byId.get(careless.id)).toEqual({
      volumeCartons: 60,
      confirmedCartons: 100,
      fulfilledCartons: 60,
      fulfilmentRate: 0.6,
      outliers: [
        {
          figure: 'fulfilmentRate',
          code: 'FULFILMENT_LOW',
          value: 0.6,
          teamMedian: 0.925,
          reason: "Delivered 60% of the confirmed cartons as confirmed, against the team's median of 93%",
        },
        {
          figure: 'volumeChange',
          code: 'VOLUME_DROP',
          value: -0.4,
          teamMedian: 0.0263,
          reason: "Volume changed by -40% on the same month last year, against the team's median of 3%",
        },
      ],
    });
    expect(byId.get(good.id)).toMatchObject({ fulfilmentRate: 0.95, outliers: [] });
    expect(byId.get(fair.id)).toMatchObject({ volumeCartons: 100, fulfilmentRate: 0.9, outliers: [] });
    expect(byId.get(growing.id)).toMatchObject({ fulfilmentRate: 1, outliers: [] });
  });

  it('reads a team of four in as many statements as a team of one: bounded by batches, not members', async () => {
    const statementsFor = async (id: string) =>
      (await sqlOf(stack.subgraphs.orders, stack.gateway, TEAM_QUERY, { id, month: MONTH, lastYear: LAST_YEAR })).statements.length;
    const [four, one] = [await statementsFor(supervisorId), await statementsFor(otherSupervisorId)];
    expect(four).toBe(one);
    expect(four).toBeLessThanOrEqual(8);
  });

  it('flags nothing on a territory: only an account manager has a team', async () => {
    const { territory } = await stack.gateway.request<{ territory: { salesFigures: { volumeCartons: number; outliers: unknown[] } } }>(
      TERRITORY_QUERY,
      { id: team[0].territoryId, month: MONTH },
    );
    expect(territory.salesFigures).toEqual({ volumeCartons: 60, outliers: [] });
  });

  it('gives a caller without orders:read the team without the sales section', async () => {
    const inspector = await stack.as({ role: 'MARKET_INSPECTOR', terr: '*' });
    const { data, errors } = await teamOf(inspector);
    expect(data!.staffMember.team.map((member) => member.salesFigures)).toEqual([null, null, null, null]);
    expect(new Set(errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  });
});
