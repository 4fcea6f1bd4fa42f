import {
  type ContributionAssessment,
  type CreditAssessment,
  type Region,
  type Retailer,
  type StaffMember,
  type Territory,
} from '@fieldloop/customers';

// The demo company as rows, the shape every part of the customers demo fills.

/** The password of every demo staff member. */
export const DEMO_PASSWORD = 'fieldloop-demo';

// Rows as inserted; createdAt/updatedAt are left to the database defaults.
export type DemoRegion = Pick<Region, 'id' | 'code' | 'name' | 'inCompanyArea'>;
export type DemoStaffMember = Pick<
  StaffMember,
  'id' | 'employeeNumber' | 'username' | 'name' | 'role' | 'phone' | 'supervisorId' | 'regionId' | 'active'
>;
export type DemoTerritory = Pick<Territory, 'id' | 'code' | 'name' | 'regionId' | 'accountManagerId' | 'visitFrequencyPerWeek'>;
export type DemoRetailer = Omit<Retailer, 'territoryRelation' | 'createdAt' | 'updatedAt'>;
export type DemoCreditAssessment = Omit<CreditAssessment, 'retailerRelation' | 'assessedByRelation'>;
export type DemoContributionAssessment = Omit<ContributionAssessment, 'retailerRelation' | 'assessedByRelation'>;

export interface CustomersDemo {
  regions: DemoRegion[];
  staff: DemoStaffMember[];
  territories: DemoTerritory[];
  retailers: DemoRetailer[];
  creditAssessments: DemoCreditAssessment[];
}
