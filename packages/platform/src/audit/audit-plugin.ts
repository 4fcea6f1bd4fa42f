import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode, type ValueNode } from 'graphql';
import type { EntityManager } from 'typeorm';
import { actorOf } from '../auth/identity';
import type { Context } from '../context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ID_KEY = /(^id$|Ids?$)/;

/** uuid values under `id` / `…Id` / `…Ids`, at any depth of a plain value. */
function collectIds(value: unknown, key: string, depth: number, ids: Set<string>): void {
  if (depth > 6) return;
  if (typeof value === 'string' && ID_KEY.test(key) && UUID.test(value)) ids.add(value);
  else if (Array.isArray(value)) value.forEach((item) => collectIds(item, key, depth + 1, ids));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([name, item]) => collectIds(item, name, depth + 1, ids));
}

/** The ids a mutation's arguments name, written inline or passed as variables. */
function argumentIdsOf(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): Set<string> {
  const ids = new Set<string>();
  const visitNode = (node: ValueNode, key: string, depth: number): void => {
    if (node.kind === Kind.VARIABLE) collectIds(variables?.[node.name.value], key, depth, ids);
    else if (node.kind === Kind.STRING) collectIds(node.value, key, depth, ids);
    else if (node.kind === Kind.LIST) node.values.forEach((item) => visitNode(item, key, depth + 1));
    else if (node.kind === Kind.OBJECT) node.fields.forEach((field) => visitNode(field.value, field.name.value, depth + 1));
  };
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) selection.arguments?.forEach((argument) => visitNode(argument.value, argument.name.value, 0));
  }
  return ids;
}

/** The id of what a mutation returned, or (for a payload such as { apiKey, secret }) its parts' ids. */
function addResultIds(result: unknown, ids: Set<string>): void {
  if (!result || typeof result !== 'object') return;
  const candidates = 'id' in result ? [result] : Object.values(result);
  for (const candidate of candidates) collectIds((candidate as { id?: unknown } | null)?.id, 'id', 0, ids);
}

/**
 * The ids a mutation was about: those its arguments name and the id of what it returned.
 * Only ids, so no password or personal value is ever kept.
 */
export function targetIdsOf(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, data: unknown): string[] {
  const ids = argumentIdsOf(operation, variables);
  for (const result of Object.values((data ?? {}) as Record<string, unknown>)) addResultIds(result, ids);
  return [...ids];
}

const rootFieldsOf = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD && selection.name.value !== '__typename' ? [selection.name.value] : [],
  );

/** The mutation a request is serving, until its record is written; then where the record is. */
interface PendingRecord {
  service: string;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  position?: string;
}

const pending = new WeakMap<Context, PendingRecord>();

const INSERT_RECORD = `INSERT INTO events.audit_log (service, actor, role, operation, target_ids, outcome, error_code, request_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING position`;

const recordValues = (record: PendingRecord, context: Context, targetIds: string[], errorCode: string | null) => [
  record.service,
  context.identity ? actorOf(context.identity) : null,
  context.identity?.role ?? null,
  rootFieldsOf(record.operation).join(','),
  targetIds,
  errorCode ? 'FAILED' : 'OK',
  errorCode,
  context.requestId,
];

/**
 * Writes the request's audit record inside the transaction about to commit (the request's
 * first), so a change and its record commit or roll back together. Returns what to call
 * once it has committed; nothing when the request is no mutation or is recorded already.
 */
export async function recordInTransaction(context: Context, manager: EntityManager, result: unknown): Promise<(() => void) | undefined> {
  const record = pending.get(context);
  if (!record || record.position) return undefined;
  const ids = argumentIdsOf(record.operation, record.variables);
  addResultIds(result, ids);
  const [{ position }] = await manager.query(INSERT_RECORD, recordValues(record, context, [...ids], null));
  return () => (record.position = String(position));
}

/**
 * The audit trail of every mutation this subgraph serves, in events.audit_log. A mutation
 * that changes anything does it in `context.transaction`, which writes its record before it
 * commits (recordInTransaction): no committed change without its record, no record of a
 * success that rolled back. Everything else is recorded here once the response is ready:
 * refused and invalid attempts (as telling as a success), mutations that wrote nothing, and
 * a recorded one that failed after its commit (its record turns FAILED). A write here that
 * fails is logged and never turns a done change into an error.
 */
export function auditPlugin(service: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (operation?.operation === 'mutation') pending.set(contextValue, { service, operation, variables: request.variables });
        },
        async willSendResponse({ operation, request, response, contextValue, errors }) {
          if (operation?.operation !== 'mutation') return;
          const record: PendingRecord = pending.get(contextValue) ?? { service, operation, variables: request.variables };
          const data = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
          const error = errors?.[0];
          const errorCode = error ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : null;
          try {
            if (!record.position) {
              await contextValue.dataSource.query(
                INSERT_RECORD,
                recordValues(record, contextValue, targetIdsOf(operation, request.variables, data), errorCode),
              );
            } else if (errorCode) {
              await contextValue.dataSource.query(`UPDATE events.audit_log SET outcome = 'FAILED', error_code = $2 WHERE position = $1`, [
                record.position,
                errorCode,
              ]);
            }
          } catch (failure) {
            contextValue.logger.error({ err: failure }, 'could not write the audit record');
          }
        },
      };
    },
  };
}
