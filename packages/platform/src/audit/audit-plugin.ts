import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { actorOf } from '../auth/identity';
import type { Context } from '../context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ID_KEY = /(^id$|Ids?$)/;

/**
 * The ids a mutation was about: uuid values under `id` / `…Id` / `…Ids` in its arguments
 * (written inline or passed as variables) and the id of what it returned. Only ids, so no
 * password or personal value is ever kept.
 */
export function targetIdsOf(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, data: unknown): string[] {
  const ids = new Set<string>();
  const visitValue = (value: unknown, key: string, depth: number) => {
    if (depth > 6) return;
    if (typeof value === 'string' && ID_KEY.test(key) && UUID.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach((item) => visitValue(item, key, depth + 1));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([name, item]) => visitValue(item, name, depth + 1));
  };
  const visitNode = (node: ValueNode, key: string, depth: number): void => {
    if (node.kind === Kind.VARIABLE) visitValue(variables?.[node.name.value], key, depth);
    else if (node.kind === Kind.STRING) visitValue(node.value, key, depth);
    else if (node.kind === Kind.LIST) node.values.forEach((item) => visitNode(item, key, depth + 1));
    else if (node.kind === Kind.OBJECT) node.fields.forEach((field) => visitNode(field.value, field.name.value, depth + 1));
  };
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) selection.arguments?.forEach((argument) => visitNode(argument.value, argument.name.value, 0));
  }
  for (const result of Object.values((data ?? {}) as Record<string, unknown>)) {
    if (!result || typeof result !== 'object') continue;
    // The returned object's id, or (for a payload such as { apiKey, secret }) its parts' ids.
    const candidates = 'id' in result ? [result] : Object.values(result);
    for (const candidate of candidates) visitValue((candidate as { id?: unknown } | null)?.id, 'id', 0);
  }
  return [...ids];
}

const rootFieldsOf = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD && selection.name.value !== '__typename' ? [selection.name.value] : []));

/**
 * Records every mutation this subgraph serves in events.audit_log once its response is
 * ready, failed ones included (a refused or invalid attempt is as telling as a success).
 * Written outside the mutation's transaction, after it: an audit write that fails is logged
 * and never turns a done change into an error.
 */
export function auditPlugin(service: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, request, response, contextValue, errors }) {
          if (operation?.operation !== 'mutation') return;
          const data = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
          const identity = contextValue.identity;
          const error = errors?.[0];
          try {
            await contextValue.dataSource.query(
              `INSERT INTO events.audit_log (service, actor, role, operation, target_ids, outcome, error_code, request_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
              [
                service,
                identity ? actorOf(identity) : null,
                identity?.role ?? null,
                rootFieldsOf(operation).join(','),
                targetIdsOf(operation, request.variables, data),
                error ? 'FAILED' : 'OK',
                error ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : null,
                contextValue.requestId,
              ],
            );
          } catch (failure) {
            contextValue.logger.error({ err: failure }, 'could not write the audit record');
          }
        },
      };
    },
  };
}
