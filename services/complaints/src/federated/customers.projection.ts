import type { ConsumerDefinition, DomainEvent } from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { CaseRegion } from './case-region.entity';
import { CaseRetailer } from './case-retailer.entity';
import { CaseStaff } from './case-staff.entity';
import { CaseTerritory } from './case-territory.entity';

/** Only the fields a payload carries; events of changes carry the changed ones. */
const fieldsOf = (payload: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((field) => payload[field] !== undefined).map((field) => [field, payload[field]]));

async function apply(event: DomainEvent, manager: EntityManager): Promise<void> {
  const payload = event.payload as Record<string, unknown> & {
    retailerId: string;
    territoryId: string;
    regionId: string;
    staffMemberId: string;
  };
  const position = event.position;
  switch (event.type) {
    case 'customers.retailer.created':
      await manager.upsert(CaseRetailer, { id: payload.retailerId, ...fieldsOf(payload, ['territoryId', 'shopName']), position }, ['id']);
      return;
    case 'customers.retailer.changed':
      await manager.update(CaseRetailer, { id: payload.retailerId }, { ...fieldsOf(payload, ['territoryId', 'shopName']), position });
      return;
    case 'customers.territory.created':
    case 'customers.territory.changed':
      await manager.upsert(
        CaseTerritory,
        { id: payload.territoryId, ...fieldsOf(payload, ['name', 'regionId', 'accountManagerId']), position },
        ['id'],
      );
      return;
    case 'customers.region.created':
      await manager.upsert(CaseRegion, { id: payload.regionId, ...fieldsOf(payload, ['name', 'inCompanyArea']), position }, ['id']);
      return;
    case 'customers.staff.created':
    case 'customers.staff.changed':
      await manager.upsert(
        CaseStaff,
        { id: payload.staffMemberId, ...fieldsOf(payload, ['name', 'role', 'supervisorId', 'active']), position },
        ['id'],
      );
      return;
  }
}

/**
 * Keeps complaints' copies of retailers, territories, regions and staff in step with customers,
 * each event in the transaction that moves the cursor; upserts by id, so a replay converges.
 */
export const customersProjection: ConsumerDefinition = {
  name: 'customers-projection',
  description:
    "Complaints' copy of retailers (territory), territories (region, account manager), regions (in the company's area) and staff (supervisor)",
  filter: {
    sources: ['customers'],
    types: [
      'customers.retailer.created',
      'customers.retailer.changed',
      'customers.territory.created',
      'customers.territory.changed',
      'customers.region.created',
      'customers.staff.created',
      'customers.staff.changed',
    ],
  },
  handle: apply,
  async isEmpty(manager) {
    return (await manager.count(CaseTerritory)) === 0 && (await manager.count(CaseStaff)) === 0;
  },
};
