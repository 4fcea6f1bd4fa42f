import { projectionConsumer } from '@fieldloop/platform';
import { OrderRetailer } from './order-retailer.entity';
import { OrderTerritory } from './order-territory.entity';

/** Keeps order_retailer and order_territory in step with customers, as visits keeps its route copy. */
export const customersProjection = projectionConsumer({
  name: 'customers-projection',
  description: "Orders' read-only copy of retailers (status, territory, tier) and territories (account manager)",
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
  ],
});
