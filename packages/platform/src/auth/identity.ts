import type { GraphQLRequestBody } from '../gateway-signature';

/** Who is asking: the claims of the access token the gateway verified and forwarded. */
export interface Identity {
  staffMemberId: string;
  role: string;
  name: string;
}

export interface AccessTokenClaims {
  sub: string;
  role: string;
  name: string;
}

/**
 * The identity in a subgraph request: Hive Gateway's jwt plugin forwards the verified payload
 * in `extensions.jwt.payload`. Only meaningful on a gateway-signed request, which is the only
 * kind a subgraph serves when GATEWAY_HMAC_SECRET is set.
 */
export function identityOf(body: GraphQLRequestBody | undefined): Identity | undefined {
  const payload = (body?.extensions?.jwt as { payload?: Partial<AccessTokenClaims> } | undefined)?.payload;
  if (!payload || typeof payload.sub !== 'string' || typeof payload.role !== 'string') return undefined;
  return { staffMemberId: payload.sub, role: payload.role, name: payload.name ?? '' };
}
