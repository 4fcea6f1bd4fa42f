import { publishEvent } from '@fieldloop/platform';
import type { Stack } from '@fieldloop/testkit';
import { RetailerChanged } from '../src';

/** The log's last position once everything already committed has been relayed. */
export async function relayedHead(stack: Stack): Promise<string> {
  await stack.subgraphs.customers.relay.kick();
  const [{ head }] = await stack.subgraphs.customers.database.dataSource.query(
    'SELECT COALESCE(MAX(position), 0) AS head FROM events.event_log',
  );
  return String(head);
}

/**
 * Publishes `count` real events through the outbox, `perTransaction` at a time, as a busy
 * service would; event i is told apart by `${label}#${i}` in its changedFields.
 */
export async function publishRetailerChanges(
  stack: Stack,
  ids: { retailerId: string; territoryId: string },
  count: number,
  label: string,
  perTransaction = 100,
): Promise<void> {
  const { retailerId, territoryId } = ids;
  for (let done = 0; done < count; done += perTransaction) {
    await stack.subgraphs.customers.database.dataSource.transaction(async (manager) => {
      for (let i = done; i < Math.min(count, done + perTransaction); i += 1) {
        await publishEvent(manager, RetailerChanged, {
          refs: [
            { type: 'Retailer', id: retailerId },
            { type: 'Territory', id: territoryId },
          ],
          payload: { retailerId, territoryId, tier: (i % 30) + 1, changedFields: ['tier', `${label}#${i}`] },
        });
      }
    });
  }
}

/** The labels publishRetailerChanges gives `count` events. */
export const labels = (label: string, count: number, from = 0) => Array.from({ length: count }, (_, i) => `${label}#${from + i}`);
