import { createInlineSigningKeyProvider, defineConfig, extractFromConnectionParams, extractFromHeader } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';

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

/**
 * Abuse limits, checked while validating the document, before anything reaches a subgraph.
 * The deepest query the portal and the tests send is 7 levels; 10 leaves room without
 * allowing the cyclic retailer → territory → accountManager → territories … bombs.
 */
export const LIMITS = { depth: 10, tokens: 2000, aliases: 20, directives: 50, cost: 5000, batch: 10 };

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
  // Access tokens (ES256, issued by customers' signIn) are verified here; their claims reach
  // the subgraphs in extensions.jwt. A missing token is allowed (signIn itself needs none);
  // what each role may do is enforced in the subgraphs. A bad or expired token is refused.
  jwt: process.env.JWT_PUBLIC_KEY
    ? {
        signingKeyProviders: [createInlineSigningKeyProvider(process.env.JWT_PUBLIC_KEY.replace(/\\n/g, '\n'))],
        tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' }), extractFromConnectionParams({ name: 'authorization' })],
        tokenVerification: { algorithms: ['ES256'], issuer: 'fieldloop', audience: 'fieldloop-api' },
        reject: { missingToken: false, invalidToken: true },
        forward: { payload: true },
      }
    : undefined,
  // Subgraphs serve only requests carrying this signature (packages/platform, gateway-signature.ts).
  hmacSignature: process.env.GATEWAY_HMAC_SECRET ? { secret: process.env.GATEWAY_HMAC_SECRET } : undefined,
  graphiql: !production,
  maxDepth: LIMITS.depth,
  maxTokens: LIMITS.tokens,
  blockFieldSuggestions: production,
  batching: { limit: LIMITS.batch },
  plugins: () => [
    maxAliasesPlugin({ n: LIMITS.aliases }),
    maxDirectivesPlugin({ n: LIMITS.directives }),
    costLimitPlugin({ maxCost: LIMITS.cost }),
  ],
  // Log level comes from LOG_LEVEL (trace, debug, info, warn, error or false), read by the CLI.
  maskedErrors: true,
});
