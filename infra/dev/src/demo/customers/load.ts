import { OUTBOX_CHANNEL, OutboxEvent } from '@fieldloop/platform';
import { CreditAssessment, Region, Retailer, StaffMember, Territory, hashPassword } from '@fieldloop/customers';
import { insertRows, type DataSource } from '../insert-rows';
import { type CustomersDemo, DEMO_PASSWORD, type DemoStaffMember } from './customers-demo';
import { customersDemoEvents } from './events';

/** Staff grouped so each group's supervisors are in an earlier group: admins, then supervisors, then their teams. */
function staffInReportingOrder(staff: readonly DemoStaffMember[]): DemoStaffMember[][] {
  const groups: DemoStaffMember[][] = [];
  const placed = new Set<string>();
  let remaining = [...staff];
  while (remaining.length > 0) {
    const ready = remaining.filter((member) => member.supervisorId === null || placed.has(member.supervisorId));
    if (ready.length === 0) throw new Error('staff supervisors form a cycle or name someone not in the demo');
    ready.forEach((member) => placed.add(member.id));
    groups.push(ready);
    remaining = remaining.filter((member) => !placed.has(member.id));
  }
  return groups;
}

/**
 * Inserts the demo into the customers schema in one transaction (all or nothing), parents
 * before children, into an empty schema: existing rows with the same codes or licence
 * numbers make it fail and roll back. The demo objects are not modified.
 */
export async function loadCustomersDemo(dataSource: DataSource, demo: CustomersDemo): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await insertRows(manager, Region, demo.regions);
    for (const group of staffInReportingOrder(demo.staff)) await insertRows(manager, StaffMember, group);
    await insertRows(manager, Territory, demo.territories);
    await insertRows(manager, Retailer, demo.retailers);
    await insertRows(manager, CreditAssessment, demo.creditAssessments);
    // Every demo staff member signs in with the same password (README: demo users).
    await manager.query('UPDATE staff_member SET password_hash = $1', [await hashPassword(DEMO_PASSWORD)]);
    await insertRows(manager, OutboxEvent, customersDemoEvents(demo));
    // Delivered at commit: the relay moves the events into the log right away.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, 'customers']);
  });
}
