import type { ConsumerDefinition, DomainEvent } from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { OrderRetailer } from './order-retailer.entity';
import { OrderTerritory } from './order-territory.entity';

const RETAILER_FIELDS = ['territoryId', 'shopName', 'status', 'tier'] as const;

/** Only the fields a payload carries; events of changes carry the changed ones. */
const fieldsOf = (payload: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((field) => payload[field] !== undefined).map((field) => [field, payload[field]]));

async function applyRetailer(manager: EntityManager, event: DomainEvent) {
  const { retailerId } = event.payload as { retailerId: string };
  const values = { ...fieldsOf(event.payload, RETAILER_FIELDS), position: event.position };
  if (event.type === 'customers.retailer.created') {
    await manager.upsert(OrderRetailer, { id: retailerId, ...values }, ['id']);
  } else {
    await manager.update(OrderRetailer, { id: retailerId }, values);
  }
}

async function applyTerritory(manager: EntityManager, event: DomainEvent) {
  const { territoryId, name, regionId, accountManagerId } = event.payload as {
    territoryId: string;
    name: string;
    regionId: string;
    accountManagerId: string | null;
  };
  await manager.upsert(OrderTerritory, { id: territoryId, name, regionId, accountManagerId, position: event.position }, ['id']);
}

/**
 * Keeps order_retailer and order_territory in step with customers, as visits keeps its route
 * copy. Each event is applied in the transaction that moves the cursor; upserts by id make a
 * replay from the start of the log converge on the same rows.
 */
export const customersProjection: ConsumerDefinition = {
  name: 'customers-projection',
  description: "Orders' read-only copy of retailers (status, territory, tier) and territories (account manager)",
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
    return (await manager.count(OrderRetailer)) === 0 && (await manager.count(OrderTerritory)) === 0;
  },
};
