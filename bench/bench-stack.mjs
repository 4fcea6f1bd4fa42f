// What both benchmarks stand on: the customers subgraph as its own process behind the real
// gateway, called as an administrator would (a signing key pair for this run, an admin
// access token) with the rate limits lifted (600 queries a minute per caller would stop a
// load test at once; the limiter still runs, so its cost is in the figures).
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';

/**
 * Starts customers and the gateway on `databaseUrl`; pushes their stops onto `cleanups`.
 * Returns the gateway's URL, an admin client, and the headers that client sends.
 */
export async function startCustomersBehindGateway({ platform, testkit, root, databaseUrl, cleanups, subgraphLogLevel = 'warn' }) {
  const secret = randomBytes(32).toString('hex');
  const keys = platform.signingKeysEnv(platform.generateSigningKeys());
  Object.assign(process.env, keys);
  const { token } = await new platform.AccessTokenIssuer().issue({ sub: randomUUID(), kind: 'staff', role: 'ADMIN', name: 'bench', sid: randomUUID(), scp: [], terr: '*' });
  const headers = { authorization: `Bearer ${token}` };
  // BENCH_RATE_LIMIT=0 measures the gateway with the rate limiter off.
  const limit = process.env.BENCH_RATE_LIMIT ?? '1000000000';

  const customersProcess = await platform.startSubgraphProcess({
    name: 'customers',
    port: await testkit.freePort(),
    databaseUrl,
    env: { GATEWAY_HMAC_SECRET: secret, LOG_LEVEL: subgraphLogLevel, NODE_ENV: 'production', ...keys },
  });
  cleanups.push(() => customersProcess.stop());
  const gateway = await platform.startGatewayProcess({
    gatewayDir: platform.findGatewayDir(),
    supergraphPath: join(root, 'infra/gateway/supergraph.graphql'),
    port: await testkit.freePort(),
    env: {
      CUSTOMERS_SUBGRAPH_URL: customersProcess.url,
      GATEWAY_HMAC_SECRET: secret,
      JWT_PUBLIC_KEY: keys.JWT_PUBLIC_KEY,
      RATE_LIMIT_QUERIES_PER_MINUTE: limit,
      RATE_LIMIT_MUTATIONS_PER_MINUTE: limit,
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
    },
    output: 'ignore',
  });
  cleanups.push(() => gateway.stop());
  return { url: gateway.url, client: new testkit.GraphQLClient(gateway.url, headers), headers };
}
