import { projectionConsumer } from '@fieldloop/platform';
import { OrderRetailer } from './order-retailer.entity';
import { OrderStaff } from './order-staff.entity';
import { OrderTerritory } from './order-territory.entity';

/** Keeps order_retailer, order_territory and order_staff in step with customers, as visits keeps its route copy. */
export const customersProjection = projectionConsumer({
  name: 'customers-projection',
  description:
    "Orders' read-only copy of retailers (status, territory, tier), territories (account manager) and staff (role, supervisor, active)",
  source: 'customers',
  copies: [
    {
      entity: OrderRetailer,
      id: 'retailerId',
      fields: ['territoryId', 'shopName', 'status', 'tier'],
      upsertOn: ['customers.retailer.created'],
      updateOn: ['customers.retailer.changed', 'customers.retailer.status_changed'],
    },
    {
      entity: OrderTerritory,
      id: 'territoryId',
      fields: ['name', 'regionId', 'accountManagerId'],
      upsertOn: ['customers.territory.created', 'customers.territory.changed'],
    },
    {
      entity: OrderStaff,
      id: 'staffMemberId',
      fields: ['role', 'supervisorId', 'active'],
      upsertOn: ['customers.staff.created', 'customers.staff.changed'],
    },
  ],
});
