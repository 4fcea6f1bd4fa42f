import { CreditGrade, RetailerStatus, StaffRole } from '@fieldloop/customers';
import { countBy } from '../count-by';
import { SeededRandom } from '../random';
import { assessCredit } from './assessments';
import { type CustomersDemo, type DemoRegion } from './customers-demo';
import { REGIONS, type RegionKey } from './geography';
import { DEFAULT_DEMO_OPTIONS, type DemoOptions } from '../reference';
import { buildRetailers } from './retailers';
import { buildStaff } from './staff';
import { planTerritories } from './territories';

// The whole customers demo from the options, and its summary.

export function generateCustomersDemo(options: Partial<DemoOptions> = {}): CustomersDemo {
  const { seed, retailers: retailerCount, accountManagers } = { ...DEFAULT_DEMO_OPTIONS, ...options };
  if (!Number.isInteger(retailerCount) || retailerCount < 0) throw new Error(`retailers must be a whole number, got ${retailerCount}`);
  // Each part draws from its own stream, so changing the number of retailers leaves
  // regions and the first staff members as they were.
  const root = new SeededRandom(seed);

  const regionRandom = root.fork('regions');
  const regions: DemoRegion[] = REGIONS.map(({ code, name, inCompanyArea }) => ({ id: regionRandom.uuid(), code, name, inCompanyArea }));
  const regionIds = Object.fromEntries(REGIONS.map(({ key }, i) => [key, regions[i].id])) as Record<RegionKey, string>;

  const plans = planTerritories(root.fork('territories'), retailerCount, regionIds);
  const territories = plans.map((plan) => plan.territory);
  const staff = buildStaff(root.fork('staff'), territories, retailerCount, accountManagers);
  const retailers = buildRetailers(root.fork('retailers'), plans, retailerCount);

  const managerOf = new Map(territories.flatMap((t) => (t.accountManagerId ? [[t.id, t.accountManagerId] as const] : [])));
  const creditAssessments = assessCredit(root.fork('credit'), retailers, managerOf);

  return { regions, staff, territories, retailers, creditAssessments };
}

export interface CustomersDemoSummary {
  regions: number;
  territories: number;
  staff: number;
  staffByRole: Record<StaffRole, number>;
  retailers: number;
  retailersByStatus: Record<RetailerStatus, number>;
  retailersByCreditGrade: Record<CreditGrade | 'UNASSESSED', number>;
  creditAssessments: number;
}

export function summarizeDemo(demo: CustomersDemo): CustomersDemoSummary {
  return {
    regions: demo.regions.length,
    territories: demo.territories.length,
    staff: demo.staff.length,
    staffByRole: countBy(
      Object.values(StaffRole),
      demo.staff.map((s) => s.role),
    ),
    retailers: demo.retailers.length,
    retailersByStatus: countBy(
      Object.values(RetailerStatus),
      demo.retailers.map((r) => r.status),
    ),
    retailersByCreditGrade: countBy(
      [...Object.values(CreditGrade), 'UNASSESSED' as const],
      demo.retailers.map((r) => r.creditGrade ?? 'UNASSESSED'),
    ),
    creditAssessments: demo.creditAssessments.length,
  };
}
