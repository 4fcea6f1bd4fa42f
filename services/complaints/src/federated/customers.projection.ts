import { projectionConsumer } from '@fieldloop/platform';
import { CaseRegion } from './case-region.entity';
import { CaseRetailer } from './case-retailer.entity';
import { CaseStaff } from './case-staff.entity';
import { CaseTerritory } from './case-territory.entity';

/** Keeps complaints' copies of retailers, territories, regions and staff in step with customers. */
export const customersProjection = projectionConsumer({
  name: 'customers-projection',
  description:
    "Complaints' copy of retailers (territory), territories (region, account manager), regions (in the company's area) and staff (supervisor)",
  source: 'customers',
  copies: [
    {
      entity: CaseRetailer,
      id: 'retailerId',
      fields: ['territoryId', 'shopName'],
      upsertOn: ['customers.retailer.created'],
      updateOn: ['customers.retailer.changed'],
    },
    {
      entity: CaseTerritory,
      id: 'territoryId',
      fields: ['name', 'regionId', 'accountManagerId'],
      upsertOn: ['customers.territory.created', 'customers.territory.changed'],
    },
    { entity: CaseRegion, id: 'regionId', fields: ['name', 'inCompanyArea'], upsertOn: ['customers.region.created'] },
    {
      entity: CaseStaff,
      id: 'staffMemberId',
      fields: ['name', 'role', 'supervisorId', 'active'],
      upsertOn: ['customers.staff.created', 'customers.staff.changed'],
    },
  ],
});
