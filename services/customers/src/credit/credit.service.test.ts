import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { insertRegion, insertRetailer, insertStaffMember, insertTerritory, startServiceTest, type ServiceTest } from '@fieldloop/testkit';
import { CreditAssessed, CreditAssessment, CreditGrade, customers, IndicatorLevel, Retailer, StaffRole } from '..';
import { CreditService } from './credit.service';

const { GOOD, MEDIUM, POOR } = IndicatorLevel;
const ALL_GOOD = {
  localResidence: GOOD,
  yearsInBusiness: GOOD,
  salesGrowth: GOOD,
  arrears: GOOD,
  supplierConcentration: GOOD,
  badHabits: GOOD,
  crossRegionSelling: GOOD,
};

describe('CreditService.assess (assessCredit)', () => {
  let test: ServiceTest;
  let accountManager: { id: string };
  let territoryId: string;
  let otherTerritoryId: string;

  beforeAll(async () => {
    test = await startServiceTest(customers);
    const region = await insertRegion(test.dataSource);
    accountManager = await insertStaffMember(test.dataSource);
    territoryId = (await insertTerritory(test.dataSource, region.id, { accountManagerId: accountManager.id })).id;
    otherTerritoryId = (await insertTerritory(test.dataSource, region.id)).id;
  });
  afterAll(() => test.stop());

  /** The account manager, signed in, seeing only their own territory. */
  const asManager = () =>
    new CreditService(test.as({ role: StaffRole.ACCOUNT_MANAGER, subjectId: accountManager.id, territories: [territoryId] }));

  it('records the grade computed from the indicators, makes it the retailer’s, and publishes CreditAssessed', async () => {
    const retailer = await insertRetailer(test.dataSource, territoryId);
    const first = await asManager().assess({ retailerId: retailer.id, ...ALL_GOOD });
    expect(first).toMatchObject({ grade: CreditGrade.A, assessedById: accountManager.id, note: null });

    const second = await asManager().assess({ retailerId: retailer.id, ...ALL_GOOD, arrears: POOR, salesGrowth: MEDIUM, note: '拖欠两次' });
    const stored = await test.dataSource.getRepository(Retailer).findOneByOrFail({ id: retailer.id });
    expect(stored.creditGrade).toBe(second.grade);
    expect(stored.creditAssessedAt).toEqual(second.assessedAt);
    expect(second.grade).not.toBe(CreditGrade.A);
    expect(await test.dataSource.getRepository(CreditAssessment).countBy({ retailerId: retailer.id })).toBe(2);

    const events = (await test.published(CreditAssessed)).filter((event) => event.payload.retailerId === retailer.id);
    expect(events.map((event) => event.payload)).toEqual([
      { retailerId: retailer.id, assessmentId: first.id, grade: 'A', score: first.score, previousGrade: null },
      { retailerId: retailer.id, assessmentId: second.id, grade: second.grade, score: second.score, previousGrade: 'A' },
    ]);
    expect(events[0].refs).toEqual([
      { type: 'Retailer', id: retailer.id },
      { type: 'Territory', id: territoryId },
      { type: 'StaffMember', id: accountManager.id },
    ]);
  });

  it('answers a retailer of another territory as an unknown one, and writes nothing', async () => {
    const elsewhere = await insertRetailer(test.dataSource, otherTerritoryId);
    const before = await test.published();
    await expect(asManager().assess({ retailerId: elsewhere.id, ...ALL_GOOD })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'retailerId', rule: 'exists' },
    });
    expect(await test.dataSource.getRepository(Retailer).findOneByOrFail({ id: elsewhere.id })).toMatchObject({ creditGrade: null });
    expect(await test.dataSource.getRepository(CreditAssessment).countBy({ retailerId: elsewhere.id })).toBe(0);
    expect(await test.published()).toEqual(before);
  });

  it('needs a known assessor when no staff member is signed in', async () => {
    const retailer = await insertRetailer(test.dataSource, territoryId);
    const partner = new CreditService(test.as({ role: 'PARTNER', kind: 'partner', scopes: ['customers:write'] }));
    await expect(partner.assess({ retailerId: retailer.id, ...ALL_GOOD })).rejects.toMatchObject({
      extensions: { field: 'assessedById', rule: 'required' },
    });
    await expect(partner.assess({ retailerId: retailer.id, assessedById: retailer.id, ...ALL_GOOD })).rejects.toMatchObject({
      extensions: { field: 'assessedById', rule: 'exists' },
    });
    const recorded = await partner.assess({ retailerId: retailer.id, assessedById: accountManager.id, ...ALL_GOOD });
    expect(recorded.assessedById).toBe(accountManager.id);
  });
});
