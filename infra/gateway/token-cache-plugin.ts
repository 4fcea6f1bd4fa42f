import type { GatewayPlugin } from '@graphql-hive/gateway';
import { LRUCache } from 'lru-cache';

interface Verified {
  payload: { exp?: number } & Record<string, unknown>;
  token: { value: string; prefix?: string };
}

interface JwtServerContext {
  jwt?: Verified;
}

/** The bearer token exactly as the jwt plugin's `extractFromHeader({ prefix: 'Bearer' })` reads it. */
function bearerTokenOf(request: Request): string | undefined {
  const [prefix, token] = (request.headers.get('authorization') ?? '').split(' ').map((part) => part.trim());
  return prefix === 'Bearer' && token ? token : undefined;
}

/**
 * Verifies each access token once: a client sends the same token with every request until
 * it expires, and checking its ES256 signature every time was a tenth of the gateway's CPU.
 *
 * The jwt plugin (the `jwt` option) stays the one that verifies. A token it verified is kept
 * here, keyed by the whole token (header, claims and signature: anything changed is another
 * key and is verified afresh), until its `exp` and no longer; a token without `exp` is not
 * kept. A token found here is handed to the jwt plugin as verified before it looks (it skips
 * a server context that already carries `jwt`). The cache is bounded in entries, least
 * recently used first out. Sessions that end are refused by the subgraphs, as before.
 */
export function tokenCachePlugin({ maxTokens = 10_000 }: { maxTokens?: number } = {}): GatewayPlugin {
  const verified = new LRUCache<string, Verified>({ max: maxTokens });
  const fromCache = new WeakSet<object>();
  return {
    // onRequest runs before any plugin's onRequestParse, where the jwt plugin verifies.
    onRequest({ request, serverContext }) {
      const token = bearerTokenOf(request);
      const hit = token === undefined ? undefined : verified.get(token);
      if (!hit || !serverContext) return;
      if ((hit.payload.exp ?? 0) * 1000 <= Date.now()) {
        verified.delete(token!);
        return;
      }
      (serverContext as JwtServerContext).jwt = hit;
      fromCache.add(serverContext);
    },
    // Runs after the jwt plugin's (built-in plugins come first): what it verified is kept.
    onRequestParse({ request, serverContext }) {
      const jwt = (serverContext as JwtServerContext | undefined)?.jwt;
      if (!jwt || fromCache.has(serverContext as object) || typeof jwt.payload.exp !== 'number') return;
      const token = bearerTokenOf(request);
      if (token !== jwt.token.value) return;
      const ttl = jwt.payload.exp * 1000 - Date.now();
      if (ttl > 0) verified.set(token, { payload: jwt.payload, token: jwt.token }, { ttl });
    },
  };
}
