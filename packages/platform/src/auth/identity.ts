import type { GraphQLRequestBody } from '../gateway-signature';

/** The territories an identity may see: every one ('*'), or these ids. */
export type TerritoryScope = '*' | string[];

/** Who is asking: the claims of the access token the gateway verified and forwarded. */
export interface Identity {
  /** A staff member signed in with a password, or a partner system with an API key. */
  kind: 'staff' | 'partner';
  /** The staff member's id, or the API key's id. */
  subjectId: string;
  /** A staff role, or PARTNER. */
  role: string;
  name: string;
  /** The sign-in (or API key) the token belongs to; ending it ends the token everywhere. */
  sessionId: string;
  /** What a partner key may do (e.g. `visits:read`); staff get theirs from their role. */
  scopes: string[];
  territories: TerritoryScope;
}

/** The private claims of an access token, beside the registered ones (iss, aud, exp, …). */
export interface AccessTokenClaims {
  sub: string;
  kind: Identity['kind'];
  role: string;
  name: string;
  sid: string;
  scp: string[];
  terr: TerritoryScope;
}

export const PARTNER_ROLE = 'PARTNER';

/** What events record as their actor: a staff member's id, or `apikey:<id>` for a partner. */
export const actorOf = (identity: Identity): string => (identity.kind === 'staff' ? identity.subjectId : `apikey:${identity.subjectId}`);

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The identity in a subgraph request: Hive Gateway's jwt plugin forwards the verified payload
 * in `extensions.jwt.payload`. Only meaningful on a gateway-signed request, which is the only
 * kind a subgraph serves when GATEWAY_HMAC_SECRET is set. Anything malformed is no identity.
 */
export function identityOf(body: GraphQLRequestBody | undefined): Identity | undefined {
  const payload = (body?.extensions?.jwt as { payload?: Partial<Record<keyof AccessTokenClaims, unknown>> } | undefined)?.payload;
  if (!payload || typeof payload.sub !== 'string' || typeof payload.role !== 'string' || typeof payload.sid !== 'string') return undefined;
  if (payload.kind !== 'staff' && payload.kind !== 'partner') return undefined;
  if (payload.terr !== '*' && !isStringArray(payload.terr)) return undefined;
  return {
    kind: payload.kind,
    subjectId: payload.sub,
    role: payload.role,
    name: typeof payload.name === 'string' ? payload.name : '',
    sessionId: payload.sid,
    scopes: isStringArray(payload.scp) ? payload.scp : [],
    territories: payload.terr,
  };
}
