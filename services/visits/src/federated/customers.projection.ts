import type { ConsumerDefinition, DomainEvent } from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { RouteRetailer } from './route-retailer.entity';
import { RouteTerritory } from './route-territory.entity';

const RETAILER_FIELDS = ['territoryId', 'shopName', 'licenceNumber', 'routeSequence', 'latitude', 'longitude', 'status'] as const;

/** Only the fields a payload carries; events of changes carry the changed ones. */
const fieldsOf = (payload: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((field) => payload[field] !== undefined).map((field) => [field, payload[field]]));

async function applyRetailer(manager: EntityManager, event: DomainEvent) {
  const { retailerId } = event.payload as { retailerId: string };
  const values = { ...fieldsOf(event.payload, RETAILER_FIELDS), position: event.position };
  if (event.type === 'customers.retailer.created') {
    await manager.upsert(RouteRetailer, { id: retailerId, ...values }, ['id']);
  } else {
    await manager.update(RouteRetailer, { id: retailerId }, values);
  }
}

async function applyTerritory(manager: EntityManager, event: DomainEvent) {
  const { territoryId, name, regionId, accountManagerId, visitFrequencyPerWeek } = event.payload as {
    territoryId: string;
    name: string;
    regionId: string;
    accountManagerId: string | null;
    visitFrequencyPerWeek: number;
  };
  await manager.upsert(
    RouteTerritory,
    { id: territoryId, name, regionId, accountManagerId, visitFrequencyPerWeek, position: event.position },
    ['id'],
  );
}

/**
 * Keeps route_retailer and route_territory in step with customers. Each event is applied
 * in the transaction that moves the cursor; applying is idempotent (upserts by id), so a
 * rebuild from the start of the log converges on the same rows.
 */
export const customersProjection: ConsumerDefinition = {
  name: 'customers-projection',
  description: "Visits' read-only copy of retailers (route, coordinates, status) and territories (account manager)",
  filter: {
    sources: ['customers'],
    types: [
      'customers.retailer.created',
      'customers.retailer.changed',
      'customers.retailer.status_changed',
      'customers.territory.created',
      'customers.territory.changed',
    ],
  },
  async handle(event, manager) {
    if (event.type.startsWith('customers.retailer.')) await applyRetailer(manager, event);
    else await applyTerritory(manager, event);
  },
  async isEmpty(manager) {
    return (await manager.count(RouteRetailer)) === 0 && (await manager.count(RouteTerritory)) === 0;
  },
};
