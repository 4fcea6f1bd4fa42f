import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AccessTokenIssuer,
  createLogger,
  gatewaySignature,
  generateSigningKeys,
  signingKeysEnv,
  SIGNATURE_EXTENSION,
  startSubgraph,
  type AccessTokenClaims,
  type RunningSubgraph,
  type StartOptions,
  type SubgraphDefinition,
} from '@fieldloop/platform';
import { composeSupergraph, findGatewayDir, startGatewayProcess, type GatewayProcess } from '@fieldloop/platform/tooling';
import { freePort } from './free-port';
import { GraphQLClient } from './graphql-client';
import type { LogCapture } from './log-capture';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface Stack {
  /** The gateway as an administrator sees it (every permission, every territory). */
  gateway: GraphQLClient;
  /** The gateway with no access token, as before sign-in. */
  anonymous: GraphQLClient;
  /** The gateway with a token for these claims (the rest filled like a staff sign-in). */
  as(claims: TestClaims): Promise<GraphQLClient>;
  /** The secret the gateway signs subgraph requests with (to start another subgraph instance). */
  gatewaySecret: string;
  subgraphs: Record<string, RunningSubgraph>;
  database: TestDatabase;
  /** A client that talks to one subgraph directly, bypassing the gateway (and so unsigned). */
  direct(name: string): GraphQLClient;
  /** A client that talks to one subgraph directly as the gateway does: signed, with these claims. */
  asGateway(name: string, claims: AccessTokenClaims): GraphQLClient;
  stop(): Promise<void>;
}

export type TestClaims = Partial<AccessTokenClaims> & Pick<AccessTokenClaims, 'role'>;

/** Whole access-token claims from the ones a test cares about, the rest filled like a staff sign-in. */
export function staffClaims(claims: TestClaims): AccessTokenClaims {
  return { sub: randomUUID(), kind: 'staff', name: `test ${claims.role}`, sid: randomUUID(), scp: [], terr: '*', ...claims };
}

/**
 * The system as a partner meets it: the given subgraphs on a fresh database, composed into
 * a supergraph, behind a real Hive Gateway process.
 */
export interface StackOptions {
  gatewayEnv?: NodeJS.ProcessEnv;
  /** Where the subgraphs log, from info up (otherwise stdout, from LOG_LEVEL or warn). */
  logs?: LogCapture;
  subgraphOptions?: Pick<StartOptions, 'streamLimits'>;
}

export async function startStack(definitions: SubgraphDefinition[], options: StackOptions = {}): Promise<Stack> {
  const database = await createTestDatabase();
  const gatewaySecret = randomBytes(32).toString('hex');
  // customers signs access tokens with the private key (read from the environment, and the
  // subgraphs run in this process); the gateway verifies them with the public one.
  const keys = generateSigningKeys();
  Object.assign(process.env, signingKeysEnv(keys));
  const subgraphs: Record<string, RunningSubgraph> = {};
  let gateway: GatewayProcess | undefined;
  const workDir = mkdtempSync(join(tmpdir(), 'fieldloop-stack-'));
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
    await database.drop();
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    for (const definition of definitions) {
      subgraphs[definition.name] = await startSubgraph(definition, {
        port: 0,
        databaseUrl: database.url,
        logger: options.logs
          ? createLogger(definition.name, 'info', options.logs)
          : createLogger(definition.name, process.env.LOG_LEVEL ?? 'warn'),
        gatewaySecret,
        ...options.subgraphOptions,
      });
    }
    const supergraphPath = join(workDir, 'supergraph.graphql');
    writeFileSync(supergraphPath, await composeSupergraph(definitions, (definition) => subgraphs[definition.name].url));
    gateway = await startGatewayProcess({
      gatewayDir: findGatewayDir(),
      supergraphPath,
      port: await freePort(),
      env: {
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
        NODE_ENV: 'test',
        GATEWAY_HMAC_SECRET: gatewaySecret,
        JWT_PUBLIC_KEY: keys.publicKeyPem,
        // Every test signs in from 127.0.0.1; the limit itself is tested where it is set lower.
        RATE_LIMIT_SIGN_INS_PER_MINUTE: '1000',
        ...options.gatewayEnv,
      },
      output: process.env.LOG_LEVEL ? 'inherit' : 'ignore',
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const issuer = new AccessTokenIssuer();
  const tokenFor = async (claims: TestClaims) => (await issuer.issue(staffClaims(claims))).token;
  const gatewayUrl = gateway.url;
  const as = async (claims: TestClaims) => new GraphQLClient(gatewayUrl, { authorization: `Bearer ${await tokenFor(claims)}` });
  return {
    gateway: await as({ role: 'ADMIN', name: 'Test administrator' }),
    anonymous: new GraphQLClient(gatewayUrl),
    as,
    gatewaySecret,
    subgraphs,
    database,
    direct: (name) => new GraphQLClient(subgraphs[name].url),
    asGateway: (name, claims) =>
      new GraphQLClient(subgraphs[name].url, {}, (body) => {
        const forwarded = { ...body, extensions: { jwt: { payload: claims } } };
        return { ...forwarded, extensions: { ...forwarded.extensions, [SIGNATURE_EXTENSION]: gatewaySignature(gatewaySecret, forwarded) } };
      }),
    stop,
  };
}
