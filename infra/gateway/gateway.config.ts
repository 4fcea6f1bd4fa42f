import { defineConfig } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

/*
 * The gateway's run-time settings. The supergraph file names each subgraph's default URL;
 * `<NAME>_SUBGRAPH_URL` (e.g. CUSTOMERS_SUBGRAPH_URL) moves one without recomposing.
 */
const locationOverrides = Object.fromEntries(
  Object.entries(process.env)
    .filter(([key, value]) => key.endsWith('_SUBGRAPH_URL') && value)
    .map(([key, value]) => [key.slice(0, -'_SUBGRAPH_URL'.length).toLowerCase(), { location: value }]),
);

const production = process.env.NODE_ENV === 'production';

export const gatewayConfig = defineConfig({
  supergraph: process.env.SUPERGRAPH_PATH ?? './supergraph.graphql',
  port: Number(process.env.GATEWAY_PORT ?? 4000),
  host: process.env.GATEWAY_HOST ?? '0.0.0.0',
  // The Rust query planner: about twice the throughput of the JS planner on joins.
  unifiedGraphHandler,
  transportEntries: {
    // Subscriptions go to subgraphs over graphql-ws; over HTTP, Apollo's CSRF guard refuses them.
    '*': { options: { subscriptions: { kind: 'ws', location: '/graphql' } } },
    ...locationOverrides,
  },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const requestId = request.headers.get('x-request-id');
      return requestId ? { 'x-request-id': requestId } : {};
    },
  },
  graphiql: !production,
  // Log level comes from LOG_LEVEL (trace, debug, info, warn, error or false), read by the CLI.
  maskedErrors: true,
});
