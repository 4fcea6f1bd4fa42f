// Benchmarks call the gateway as an administrator would: a signing key pair for this run, an
// admin access token, and rate limits lifted (the default 600 queries a minute per caller
// would stop a load test at once; the limiter still runs, so its cost is in the figures).
import { randomUUID } from 'node:crypto';

export async function benchAccess(platform) {
  const keys = platform.signingKeysEnv(platform.generateSigningKeys());
  Object.assign(process.env, keys);
  const { token } = await new platform.AccessTokenIssuer().issue({ sub: randomUUID(), kind: 'staff', role: 'ADMIN', name: 'bench', sid: randomUUID(), scp: [], terr: '*' });
  return {
    subgraphEnv: keys,
    // BENCH_RATE_LIMIT=0 measures the gateway with the rate limiter off.
    gatewayEnv: { JWT_PUBLIC_KEY: keys.JWT_PUBLIC_KEY, RATE_LIMIT_QUERIES_PER_MINUTE: process.env.BENCH_RATE_LIMIT ?? '1000000000', RATE_LIMIT_MUTATIONS_PER_MINUTE: process.env.BENCH_RATE_LIMIT ?? '1000000000' },
    headers: { authorization: `Bearer ${token}` },
  };
}
