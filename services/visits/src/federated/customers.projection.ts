import { projectionConsumer } from '@fieldloop/platform';
import { RouteRetailer } from './route-retailer.entity';
import { RouteStaff } from './route-staff.entity';
import { RouteTerritory } from './route-territory.entity';

/** Keeps route_retailer, route_territory and route_staff in step with customers. */
export const customersProjection = projectionConsumer({
  name: 'customers-projection',
  description: "Visits' read-only copy of retailers (route, coordinates, status), territories (account manager) and staff (supervisor)",
  source: 'customers',
  copies: [
    {
      entity: RouteRetailer,
      id: 'retailerId',
      fields: ['territoryId', 'shopName', 'licenceNumber', 'routeSequence', 'latitude', 'longitude', 'status'],
      upsertOn: ['customers.retailer.created'],
      updateOn: ['customers.retailer.changed', 'customers.retailer.status_changed'],
    },
    {
      entity: RouteTerritory,
      id: 'territoryId',
      fields: ['name', 'regionId', 'accountManagerId', 'visitFrequencyPerWeek'],
      upsertOn: ['customers.territory.created', 'customers.territory.changed'],
    },
    {
      entity: RouteStaff,
      id: 'staffMemberId',
      fields: ['name', 'role', 'supervisorId', 'active'],
      upsertOn: ['customers.staff.created', 'customers.staff.changed'],
    },
  ],
});
