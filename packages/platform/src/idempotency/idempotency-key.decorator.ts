import { createHash } from 'node:crypto';
import stableStringify from 'json-stable-stringify';
import { createParameterDecorator } from 'type-graphql';
import type { EntityTarget } from 'typeorm';
import { actorOf } from '../auth/identity';
import type { Context } from '../context';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import { IDEMPOTENCY_RETENTION_DAYS } from './expire-idempotency-keys.job';

const KEY_SHAPE = /^[A-Za-z0-9_\-:.]{8,128}$/;

/**
 * Runs a create once per idempotency key: `idempotent(VisitPlan, () => service.create(input))`.
 * Without a key it simply runs.
 */
export type Idempotent = <T extends { id: string }>(entity: EntityTarget<T>, create: () => Promise<T>) => Promise<T>;

const runOnce: Idempotent = (_entity, create) => create();

/**
 * Declares the mutation's optional `idempotencyKey` argument and hands the resolver an
 * `Idempotent` for it. The first request with a key claims it and runs the create in the same
 * transaction (the service's own `context.transaction` joins it); a later one with the same
 * key and the same arguments answers with what the first made, as it is now; with other
 * arguments it is a CONFLICT naming `idempotencyKey`. A concurrent second request waits on
 * the claim's unique key until the first commits (then replays) or rolls back (then runs).
 */
export function IdempotencyKey() {
  return createParameterDecorator<Context>(
    ({ args, context, info }): Idempotent => {
      const { idempotencyKey: key, ...request } = args as { idempotencyKey?: unknown };
      if (key === undefined || key === null) return runOnce;
      if (typeof key !== 'string' || !KEY_SHAPE.test(key)) {
        throw InvalidInputError.of(
          'idempotencyKey',
          'matches',
          'idempotencyKey must be 8 to 128 letters, digits or _ - : . (a UUID will do)',
        );
      }
      const subject = actorOf(context.access.signedIn);
      const operation = info.fieldName;
      const fingerprint = createHash('sha256')
        .update(stableStringify({ operation, request }) ?? '')
        .digest('hex');
      return (entity, create) =>
        context.transaction(async (manager) => {
          const claimed: unknown[] = await manager.query(
            'INSERT INTO idempotency_key (subject, key, operation, fingerprint) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key',
            [subject, key, operation, fingerprint],
          );
          if (claimed.length) {
            const created = await create();
            await manager.query('UPDATE idempotency_key SET result_id = $3 WHERE subject = $1 AND key = $2', [subject, key, created.id]);
            return created;
          }
          const [used]: { operation: string; fingerprint: string; resultId: string | null }[] = await manager.query(
            'SELECT operation, fingerprint, result_id AS "resultId" FROM idempotency_key WHERE subject = $1 AND key = $2',
            [subject, key],
          );
          if (used.fingerprint !== fingerprint) {
            throw new ConflictError(
              `idempotencyKey ${key} was used with another request (${used.operation}) in the last ${IDEMPOTENCY_RETENTION_DAYS} days: use a new key for a new request`,
              {
                field: 'idempotencyKey',
                rule: 'same_request',
              },
            );
          }
          const replayed = used.resultId ? await manager.findOneBy(entity, { id: used.resultId } as never) : null;
          if (!replayed) throw new NotFoundError(manager.connection.getMetadata(entity).name, used.resultId ?? key);
          return replayed;
        });
    },
    {
      arg: {
        name: 'idempotencyKey',
        typeFunc: () => String,
        options: {
          nullable: true,
          description: `Send the same key (8-128 of A-Z a-z 0-9 _ - : ., e.g. a UUID) when retrying: the request is done once and a retry answers with its result, for ${IDEMPOTENCY_RETENTION_DAYS} days`,
        },
      },
    },
  );
}
