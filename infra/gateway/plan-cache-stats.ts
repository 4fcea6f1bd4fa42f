import type { GatewayPlugin, UnifiedGraphHandler } from '@graphql-hive/gateway';
import type { DocumentNode } from 'graphql';

/**
 * How often the query planner's cache serves a request, for benchmarks
 * (GATEWAY_PLAN_CACHE_STATS=true, then `GET /plan-cache-stats`). The planner caches a plan
 * per document object and operation name; a plugin that hands it a rebuilt document makes
 * every request a miss. Counted here the same way, around the planner's executor.
 */
export const planCacheStatsEnabled = process.env.GATEWAY_PLAN_CACHE_STATS === 'true';

const counts = { hits: 0, misses: 0 };
const seen = new WeakMap<DocumentNode, Set<string>>();

export function countingPlans(handler: UnifiedGraphHandler): UnifiedGraphHandler {
  return async (options) => {
    const result = await handler(options);
    const { executor } = result;
    if (!executor) return result;
    return {
      ...result,
      executor(request) {
        let operations = seen.get(request.document);
        if (!operations) seen.set(request.document, (operations = new Set()));
        const key = request.operationName ?? '';
        if (operations.has(key)) counts.hits += 1;
        else {
          counts.misses += 1;
          operations.add(key);
        }
        return executor(request);
      },
    };
  };
}

export const planCacheStatsPlugin: GatewayPlugin = {
  onRequest({ url, endResponse, fetchAPI }) {
    if (url.pathname === '/plan-cache-stats') endResponse(fetchAPI.Response.json(counts));
  },
};
