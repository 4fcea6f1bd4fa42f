import { LegacyLogger, type GatewayPlugin, type Logger } from '@graphql-hive/gateway';
import { requestIdFrom } from '@fieldloop/platform/dist/request-id.js';

interface RequestIdContext {
  requestId?: string;
  log?: Logger;
  logger?: LegacyLogger;
}

/**
 * One request id per client request, in the gateway's log lines, on every subgraph call it
 * makes and back to the client: the client's `x-request-id` when it has the safe shape,
 * otherwise a fresh UUID. This replaces Hive's own (the `requestId` option, turned off),
 * which passed on whatever the client sent.
 */
export const requestIdPlugin: GatewayPlugin = {
  onRequest({ request, serverContext }) {
    const context = serverContext as RequestIdContext | undefined;
    if (!context) return;
    context.requestId = requestIdFrom(request.headers.get('x-request-id'));
    if (context.log) {
      context.log = context.log.child({ requestId: context.requestId });
      context.logger = LegacyLogger.from(context.log);
    }
  },
  onFetch({ context, options, setOptions }) {
    const { requestId } = context as RequestIdContext;
    if (requestId) setOptions({ ...options, headers: { ...options.headers, 'x-request-id': requestId } });
  },
  onResponse({ serverContext, response }) {
    const { requestId } = serverContext as RequestIdContext;
    if (requestId) response.headers.set('x-request-id', requestId);
  },
};
