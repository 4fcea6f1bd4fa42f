import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import { recordInTransaction } from './audit/audit-plugin';
import type { Context } from './context';

const open = new AsyncLocalStorage<{ context: Context; manager: EntityManager }>();

/**
 * `context.transaction(work)`, the one way a request changes data. The first transaction of
 * a mutation also writes its audit record before committing. Work started inside an open one
 * of the same request joins it rather than opening another, so a platform wrapper (an
 * idempotency key) and the service code it wraps commit as one.
 */
export async function runTransaction<T>(context: Context, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const current = open.getStore();
  if (current?.context === context) return work(current.manager);
  let committed: (() => void) | undefined;
  const result = await context.dataSource.transaction(async (manager) => {
    const value = await open.run({ context, manager }, () => work(manager));
    committed = await recordInTransaction(context, manager, value);
    return value;
  });
  committed?.();
  return result;
}
