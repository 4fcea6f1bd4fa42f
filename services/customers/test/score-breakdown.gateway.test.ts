import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CREATE_RETAILER, createTeam, retailerInput, startStack, type Stack } from '@fieldloop/testkit';
import { customers } from '../src';

/*
 * Explainable scores through the gateway: a credit assessment and a contribution assessment
 * return one line per indicator whose points add up to the grade's score and the total, worked
 * out by hand below.
 */

const BREAKDOWN = `breakdown(locale: EN) { code field label level score points maxPoints weight source sourceMonth basis }`;
const RETAILER_SCORES = `query($id: ID!) { retailer(id: $id) {
  creditAssessment { score grade ${BREAKDOWN} }
  contributionHistory { period totalScore ${BREAKDOWN} } } }`;

interface Line {
  code: string;
  field: string;
  label: string;
  level: string | null;
  score: number | null;
  points: number;
  maxPoints: number;
  weight: number;
  source: string;
  sourceMonth: string | null;
  basis: string | null;
}
interface Scores {
  retailer: {
    creditAssessment: { score: number; grade: string; breakdown: Line[] };
    contributionHistory: Array<{ period: string; totalScore: number; breakdown: Line[] }>;
  } | null;
}

const sum = (lines: Line[], pick: (line: Line) => number) => lines.reduce((total, line) => total + pick(line), 0);

describe('the breakdown of credit and contribution assessments', () => {
  let stack: Stack;
  let retailerId: string;
  let stranger: { id: string; territoryId: string };

  beforeAll(async () => {
    stack = await startStack([customers]);
    const team = await createTeam(stack.gateway, 'SB', 1);
    stranger = (await createTeam(stack.gateway, 'SX', 1)).members[0];
    const { createRetailer } = await stack.gateway.request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
      input: retailerInput(team.members[0].territoryId),
    });
    retailerId = createRetailer.id;
    // 2 + 1 + 2 + 0 + 2 + 2 + 1 = 10 points: a B by points, capped at C by the poor arrears.
    await stack.gateway.request(`mutation($input: AssessCreditInput!) { assessCredit(input: $input) { id } }`, {
      input: {
        retailerId,
        assessedById: team.members[0].id,
        localResidence: 'GOOD',
        yearsInBusiness: 'MEDIUM',
        salesGrowth: 'GOOD',
        arrears: 'POOR',
        supplierConcentration: 'GOOD',
        badHabits: 'GOOD',
        crossRegionSelling: 'MEDIUM',
      },
    });
    // Scores 5,4,3,3,2,1,5,4,3,2 → (32 - 10) / 40 × 100 = 55.
    await stack.gateway.request(`mutation($input: AssessContributionInput!) { assessContribution(input: $input) { id } }`, {
      input: {
        retailerId,
        assessedById: team.members[0].id,
        period: '2026-10',
        returnOnInput: 5,
        targetAttainment: 4,
        monthlyVolume: 3,
        growthRate: 3,
        shareGrowth: 2,
        paymentCollection: 1,
        loyalty: 5,
        credibility: 4,
        promotionCooperation: 3,
        retailerSupport: 2,
      },
    });
  });
  afterAll(() => stack?.stop());

  it("explains a credit grade: seven lines whose points add up to the score, the knock-out's cap said", async () => {
    const { data, errors } = await stack.gateway.execute<Scores>(RETAILER_SCORES, { id: retailerId });
    expect(errors).toBeUndefined();
    const credit = data!.retailer!.creditAssessment;
    expect(credit).toMatchObject({ score: 10, grade: 'C' });
    expect(credit.breakdown.map((line) => [line.code, line.level, line.points])).toEqual([
      ['LOCAL_RESIDENCE', 'GOOD', 2],
      ['YEARS_IN_BUSINESS', 'MEDIUM', 1],
      ['SALES_GROWTH', 'GOOD', 2],
      ['ARREARS', 'POOR', 0],
      ['SUPPLIER_CONCENTRATION', 'GOOD', 2],
      ['BAD_HABITS', 'GOOD', 2],
      ['CROSS_REGION_SELLING', 'MEDIUM', 1],
    ]);
    expect(sum(credit.breakdown, (line) => line.points)).toBe(credit.score);
    expect(sum(credit.breakdown, (line) => line.maxPoints)).toBe(14);
    expect(sum(credit.breakdown, (line) => line.weight)).toBeCloseTo(1);
    expect(credit.breakdown[3]).toEqual({
      code: 'ARREARS',
      field: 'arrears',
      label: 'Arrears with other suppliers?',
      level: 'POOR',
      score: null,
      points: 0,
      maxPoints: 2,
      weight: 1 / 7,
      source: 'TYPED',
      sourceMonth: null,
      basis: 'serious bad debts (poor here caps the grade at C; with the other knock-out also poor, D)',
    });
    expect(credit.breakdown[1].basis).toBe('1-2 years');
  });

  it('explains a contribution total: ten lines of at most 10 points adding up to it', async () => {
    const { data } = await stack.gateway.execute<Scores>(RETAILER_SCORES, { id: retailerId });
    const [month] = data!.retailer!.contributionHistory;
    expect(month).toMatchObject({ period: '2026-10', totalScore: 55 });
    expect(month.breakdown.map((line) => [line.code, line.score, line.points])).toEqual([
      ['RETURN_ON_INPUT', 5, 10],
      ['TARGET_ATTAINMENT', 4, 7.5],
      ['MONTHLY_VOLUME', 3, 5],
      ['GROWTH_RATE', 3, 5],
      ['SHARE_GROWTH', 2, 2.5],
      ['PAYMENT_COLLECTION', 1, 0],
      ['LOYALTY', 5, 10],
      ['CREDIBILITY', 4, 7.5],
      ['PROMOTION_COOPERATION', 3, 5],
      ['RETAILER_SUPPORT', 2, 2.5],
    ]);
    expect(sum(month.breakdown, (line) => line.points)).toBe(55);
    expect(month.breakdown.every((line) => line.maxPoints === 10 && line.weight === 0.1)).toBe(true);
    expect(month.breakdown[6]).toMatchObject({ field: 'loyalty', label: 'Loyalty' });
  });

  it('words the indicators in Chinese by default', async () => {
    const { data } = await stack.gateway.execute<{ retailer: { creditAssessment: { breakdown: Line[] } } }>(
      `query($id: ID!) { retailer(id: $id) { creditAssessment { breakdown { label basis } } } }`,
      { id: retailerId },
    );
    expect(data!.retailer.creditAssessment.breakdown[3]).toEqual({
      label: '是否拖欠其它企业的货款?',
      basis: '严重不良拖欠(此项为差时信用等级最高为C,与另一否决项同为差时为D)',
    });
  });

  it("gives an account manager of another territory nothing of this retailer's scores", async () => {
    const outsider = await stack.as({ role: 'ACCOUNT_MANAGER', sub: stranger.id, terr: [stranger.territoryId] });
    const { data, errors } = await outsider.execute<Scores>(RETAILER_SCORES, { id: retailerId });
    expect(data?.retailer ?? null).toBeNull();
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
