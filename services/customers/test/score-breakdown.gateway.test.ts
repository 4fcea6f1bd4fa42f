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
    // Typed 5,2,1,5,4,3,2; no orders, so volume 0 scores 1 and growth and attainment are unscored:
    // eight scored, (23 - 8) / 32 × 100 = 46.875 → 47.
    await stack.gateway.request(`mutation($input: AssessContributionInput!) { assessContribution(input: $input) { id } }`, {
      input: {
        retailerId,
        assessedById: team.members[0].id,
        period: '2026-10',
        returnOnInput: 5,
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

  it('explains a contribution total: lines adding up to it, the computed ones with their month, the unscored weighing nothing', async () => {
    const { data } = await stack.gateway.execute<Scores>(RETAILER_SCORES, { id: retailerId });
    const [month] = data!.retailer!.contributionHistory;
    expect(month).toMatchObject({ period: '2026-10', totalScore: 47 });
    expect(month.breakdown.map((line) => [line.code, line.score, line.points, line.source])).toEqual([
      ['RETURN_ON_INPUT', 5, 12.5, 'TYPED'],
      ['TARGET_ATTAINMENT', null, 0, 'COMPUTED'],
      ['MONTHLY_VOLUME', 1, 0, 'COMPUTED'],
      ['GROWTH_RATE', null, 0, 'COMPUTED'],
      ['SHARE_GROWTH', 2, 3.125, 'TYPED'],
      ['PAYMENT_COLLECTION', 1, 0, 'TYPED'],
      ['LOYALTY', 5, 12.5, 'TYPED'],
      ['CREDIBILITY', 4, 9.375, 'TYPED'],
      ['PROMOTION_COOPERATION', 3, 6.25, 'TYPED'],
      ['RETAILER_SUPPORT', 2, 3.125, 'TYPED'],
    ]);
    expect(sum(month.breakdown, (line) => line.points)).toBe(46.875);
    expect(sum(month.breakdown, (line) => line.weight)).toBeCloseTo(1);
    expect(month.breakdown[6]).toMatchObject({ field: 'loyalty', label: 'Loyalty', maxPoints: 12.5, weight: 1 / 8, basis: null });
    expect(month.breakdown[3]).toMatchObject({ maxPoints: 0, weight: 0 });
    expect(month.breakdown[3].basis).toMatch(/^not scored: no orders in \d{4}-\d{2} to compare with$/);
  });

  it('takes no computed indicator from the assessor: an input naming one is refused, naming the field', async () => {
    const result = await stack.gateway.execute(`mutation($input: AssessContributionInput!) { assessContribution(input: $input) { id } }`, {
      input: {
        retailerId,
        period: '2026-11',
        monthlyVolume: 5,
        ...{ returnOnInput: 3, shareGrowth: 3, paymentCollection: 3, loyalty: 3, credibility: 3 },
        ...{ promotionCooperation: 3, retailerSupport: 3 },
      },
    });
    expect(result.errors?.[0].message).toContain('monthlyVolume');
    const { data } = await stack.gateway.execute<Scores>(RETAILER_SCORES, { id: retailerId });
    expect(data!.retailer!.contributionHistory.map((month) => month.period)).toEqual(['2026-10']);
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
