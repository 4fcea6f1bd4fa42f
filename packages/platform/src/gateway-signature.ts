import { createHmac, timingSafeEqual } from 'node:crypto';
import stableStringify from 'json-stable-stringify';

/** Where the gateway puts its signature of a subgraph call (infra/gateway/upstream-signature-plugin.ts). */
export const SIGNATURE_EXTENSION = 'hmac-signature';

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  extensions?: Record<string, unknown> | null;
}

/**
 * What the gateway signs (infra/gateway/upstream-signature-plugin.ts): the stable JSON of the query and
 * its (non-empty) variables, then the forwarded identity, so neither can be swapped.
 */
function signedContent(body: GraphQLRequestBody): string {
  const variables =
    body.variables && typeof body.variables === 'object' && Object.keys(body.variables).length > 0 ? body.variables : undefined;
  const identity = (body.extensions?.jwt as { payload?: unknown } | undefined)?.payload;
  return (stableStringify({ query: body.query, variables }) ?? '') + (identity ? `\n${JSON.stringify(identity)}` : '');
}

export function gatewaySignature(secret: string, body: GraphQLRequestBody): string {
  return createHmac('sha256', secret).update(signedContent(body)).digest('base64');
}

/** True when the request carries the gateway's signature of exactly this query and variables. */
export function isSignedByGateway(secret: string, body: GraphQLRequestBody): boolean {
  const given = body.extensions?.[SIGNATURE_EXTENSION];
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(gatewaySignature(secret, body));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
