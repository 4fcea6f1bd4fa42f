import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { insertRegion, insertRetailer, insertStaffMember, insertTerritory, startServiceTest, type ServiceTest } from '@fieldloop/testkit';
import {
  CONTRIBUTION_INDICATORS,
  ContributionAssessed,
  ContributionAssessment,
  customers,
  isComputedIndicator,
  StaffRole,
  type TypedContributionIndicator,
} from '..';
import { ContributionService } from './contribution.service';

/** The seven typed indicators, all given one score. */
const scores = (score: number) =>
  Object.fromEntries(CONTRIBUTION_INDICATORS.filter((name) => !isComputedIndicator(name)).map((name) => [name, score])) as Record<
    TypedContributionIndicator,
    number
  >;

describe('ContributionService.assess (assessContribution)', () => {
  let test: ServiceTest;
  let service: ContributionService;
  let accountManagerId: string;
  let territoryId: string;

  beforeAll(async () => {
    test = await startServiceTest(customers);
    const region = await insertRegion(test.dataSource);
    accountManagerId = (await insertStaffMember(test.dataSource)).id;
    territoryId = (await insertTerritory(test.dataSource, region.id, { accountManagerId })).id;
    service = new ContributionService(
      test.as({ role: StaffRole.ACCOUNT_MANAGER, subjectId: accountManagerId, territories: [territoryId] }),
    );
  });
  afterAll(() => test.stop());

  it('scores a month and publishes ContributionAssessed with the total', async () => {
    const retailer = await insertRetailer(test.dataSource, territoryId);
    const saved = await service.assess({ retailerId: retailer.id, period: '2026-10', ...scores(5) });
    // No orders seen: volume 0 scores 1, growth and attainment unscored; (7 × 5 + 1 - 8) / 32 = 87.5 → 88.
    expect(saved).toMatchObject({ period: '2026-10', totalScore: 88, assessedById: accountManagerId });
    expect(saved).toMatchObject({ monthlyVolume: 1, growthRate: null, targetAttainment: null, orderedCartons: 0, quotaCartons: null });
    const [event] = await test.published(ContributionAssessed);
    expect(event.payload).toEqual({ retailerId: retailer.id, period: '2026-10', totalScore: 88 });
  });

  it('keeps one assessment per retailer and month: assessing the month again replaces it', async () => {
    const retailer = await insertRetailer(test.dataSource, territoryId);
    const first = await service.assess({ retailerId: retailer.id, period: '2026-09', ...scores(2) });
    const again = await service.assess({ retailerId: retailer.id, period: '2026-09', ...scores(4) });
    expect(again.id).toBe(first.id);
    const rows = await test.dataSource.getRepository(ContributionAssessment).findBy({ retailerId: retailer.id });
    // (7 × 4 + 1 - 8) / 32 = 65.6 → 66.
    expect(rows.map((row) => [row.period, row.totalScore])).toEqual([['2026-09', 66]]);
    await service.assess({ retailerId: retailer.id, period: '2026-10', ...scores(1) });
    expect(await test.dataSource.getRepository(ContributionAssessment).countBy({ retailerId: retailer.id })).toBe(2);
  });

  it('refuses an unknown retailer, writing nothing', async () => {
    const before = await test.published();
    await expect(service.assess({ retailerId: accountManagerId, period: '2026-10', ...scores(3) })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'retailerId', rule: 'exists' },
    });
    expect(await test.published()).toEqual(before);
  });
});
