import { createPublicKey } from 'node:crypto';
import { defineConfig, extractFromHeader, type GatewayPlugin } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { corsOrigins, corsPolicy } from './cors-origins';
import { countingPlans, planCacheStatsEnabled, planCacheStatsPlugin } from './plan-cache-stats';
import { rateLimitPlugin } from './rate-limit-plugin';
import { REQUEST_BOUNDS, requestBoundsPlugin } from './request-bounds-plugin';
import { requestIdPlugin } from './request-id-plugin';
import { tokenCachePlugin } from './token-cache-plugin';
import { upstreamSignaturePlugin } from './upstream-signature-plugin';
import { maskError } from './error-contract';

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

function publicKeyProvider(pem: string) {
  const key = createPublicKey(pem.replace(/\\n/g, '\n'));
  // jsonwebtoken takes a KeyObject; the plugin's type says string only.
  return () => key as unknown as string;
}

/**
 * Abuse limits, checked while validating the document, before anything reaches a subgraph.
 * The deepest query the portal and the tests send is 7 levels; 10 leaves room without
 * allowing the cyclic retailer → territory → accountManager → territories … bombs.
 */
export const LIMITS = {
  depth: 10,
  tokens: 2000,
  aliases: 20,
  directives: 50,
  cost: 5000,
  batch: 10,
  requestBytes: REQUEST_BOUNDS.bodyBytes,
};

interface GatewayContext {
  jwt?: { payload?: { kind?: string } };
  request?: Request;
}

/**
 * Whether the bearer token is a partner's. Read without verifying: it only ever turns
 * introspection off, and the jwt plugin refuses a token that does not verify anyway.
 */
function isPartnerRequest(context: GatewayContext): boolean {
  if (context.jwt?.payload) return context.jwt.payload.kind === 'partner';
  const token = context.request?.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
  try {
    return JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString()).kind === 'partner';
  } catch {
    return false;
  }
}

/**
 * graphql-ws clients send `{ authorization: 'Bearer <token>' }` in connection_init, as they
 * would the header; the bare token is accepted too.
 */
function fromConnectionParams({ serverContext }: { serverContext?: unknown }) {
  const value = (serverContext as { connectionParams?: { authorization?: unknown } } | undefined)?.connectionParams?.authorization;
  if (typeof value !== 'string') return undefined;
  return { prefix: undefined, token: value.replace(/^Bearer\s+/i, '') };
}

/** Partners get the schema from the docs, not by introspection, in production. */
const partnerIntrospection: GatewayPlugin = {
  onValidate({ context, addValidationRule }) {
    if (production && isPartnerRequest(context as GatewayContext)) addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

export const gatewayConfig = defineConfig({
  supergraph: process.env.SUPERGRAPH_PATH ?? './supergraph.graphql',
  port: Number(process.env.GATEWAY_PORT ?? 4000),
  host: process.env.GATEWAY_HOST ?? '0.0.0.0',
  // The whole request (headers and body) within this; the headers within less (request-bounds-plugin.ts).
  requestTimeout: REQUEST_BOUNDS.requestTimeoutMs,
  cors: corsPolicy(corsOrigins()),
  // The Rust query planner: about twice the throughput of the JS planner on joins.
  unifiedGraphHandler: planCacheStatsEnabled ? countingPlans(unifiedGraphHandler) : unifiedGraphHandler,
  transportEntries: {
    // Subscriptions go to subgraphs over graphql-ws; over HTTP, Apollo's CSRF guard refuses them.
    '*': { options: { subscriptions: { kind: 'ws', location: '/graphql' } } },
    ...locationOverrides,
  },
  // Request ids come from requestIdPlugin, which checks the client's.
  requestId: false,
  // Access tokens (ES256, issued by customers' signIn) are verified here; their claims reach
  // the subgraphs in extensions.jwt. A missing token is allowed (signIn itself needs none);
  // what each role may do is enforced in the subgraphs. A bad or expired token is refused.
  jwt: process.env.JWT_PUBLIC_KEY
    ? {
        // A parsed key, not the PEM text (createInlineSigningKeyProvider): jsonwebtoken would
        // parse the PEM on every request, a third of the gateway's time per request here.
        signingKeyProviders: [publicKeyProvider(process.env.JWT_PUBLIC_KEY)],
        tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' }), fromConnectionParams],
        tokenVerification: { algorithms: ['ES256'], issuer: 'fieldloop', audience: 'fieldloop-api' },
        reject: { missingToken: false, invalidToken: true },
        forward: { payload: true },
      }
    : undefined,
  graphiql: !production,
  maxDepth: LIMITS.depth,
  maxTokens: LIMITS.tokens,
  blockFieldSuggestions: production,
  batching: { limit: LIMITS.batch },
  plugins: () => [
    ...(planCacheStatsEnabled ? [planCacheStatsPlugin] : []),
    // In this order: the body is bounded before anything reads it, and the request id is
    // attached to the request that goes on (the bounds may replace it).
    requestBoundsPlugin,
    requestIdPlugin,
    tokenCachePlugin(),
    rateLimitPlugin(),
    // Subgraphs serve only requests carrying this signature (packages/platform, gateway-signature.ts).
    ...(process.env.GATEWAY_HMAC_SECRET ? [upstreamSignaturePlugin(process.env.GATEWAY_HMAC_SECRET)] : []),
    partnerIntrospection,
    maxAliasesPlugin({ n: LIMITS.aliases }),
    maxDirectivesPlugin({ n: LIMITS.directives }),
    costLimitPlugin({ maxCost: LIMITS.cost }),
  ],
  // Log level comes from LOG_LEVEL (trace, debug, info, warn, error or false), read by the CLI.
  // What reaches clients, coded or masked: docs/errors.md, kept by error-contract.ts.
  maskedErrors: { maskError },
});
