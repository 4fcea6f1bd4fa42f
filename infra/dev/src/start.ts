import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  ConfigError,
  generateSigningKeys,
  signingKeysEnv,
  loadConfig,
  port,
  postgresUrl,
  type SubgraphDefinition,
} from '@fieldloop/platform';
import {
  findGatewayDir,
  findRepositoryRoot,
  startEmbeddedPostgres,
  startGatewayProcess,
  startSubgraphProcess,
  type GatewayProcess,
} from '@fieldloop/platform/tooling';
import { SUBGRAPHS, SUPERGRAPH_PATH } from '@fieldloop/gateway';
import { startPortalServer } from '@fieldloop/portal-server';
import { ensureDatabase, prepareDatabase } from './prepare';
import { startDemoSimulation } from './simulate';

const DATA_DIR = join(findRepositoryRoot(), '.data');

const configSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_POSTGRES_PORT: port(5433),
  GATEWAY_PORT: port(4000),
  PORTAL_PORT: port(5173),
  FIELDLOOP_DEMO_RETAILERS: z.coerce.number().int().min(0).max(200_000).default(2000),
  FIELDLOOP_DEMO_SEED: z.coerce.number().int().default(20261123),
  LOG_LEVEL: z.string().default('info'),
});

const subgraphPort = (definition: SubgraphDefinition) =>
  Number(process.env[`${definition.name.toUpperCase()}_PORT`] ?? definition.defaultPort);

/**
 * `npm start`: PostgreSQL (DATABASE_URL, else embedded under .data/), migrations, demo data
 * when empty, every subgraph as its own process, the gateway in front, and the built portal.
 *   --retailers N   demo size (default 2000; FIELDLOOP_DEMO_RETAILERS)
 *   --seed N        demo seed (same seed, same company; FIELDLOOP_DEMO_SEED)
 *   --no-demo       start empty
 *   --no-simulate   keep the demo field still (FIELDLOOP_SIMULATE=0); else simulated staff work through the gateway
 */
async function main() {
  const { values: flags } = parseArgs({
    options: {
      retailers: { type: 'string' },
      seed: { type: 'string' },
      'no-demo': { type: 'boolean' },
      'no-simulate': { type: 'boolean' },
    },
  });
  const config = loadConfig(configSchema, {
    ...process.env,
    ...(flags.retailers ? { FIELDLOOP_DEMO_RETAILERS: flags.retailers } : {}),
    ...(flags.seed ? { FIELDLOOP_DEMO_SEED: flags.seed } : {}),
  });
  const cleanups: Array<() => Promise<void>> = [];
  const shutdown = async (code: number) => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  // Should this process exit before the shutdown above reaches the services (an error in a
  // cleanup, a process.exit elsewhere), whatever is still running is told to stop, so no
  // service outlives the start command (the embedded PostgreSQL stops by itself then).
  const children: ChildProcess[] = [];
  process.once('exit', () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM')));

  try {
    let serverUrl = config.DATABASE_URL;
    if (!serverUrl) {
      const embedded = await startEmbeddedPostgres({
        dataDir: join(DATA_DIR, 'postgres'),
        port: config.EMBEDDED_POSTGRES_PORT,
        persistent: true,
      });
      cleanups.push(() => embedded.stop());
      serverUrl = await ensureDatabase(embedded.url, 'fieldloop');
    }
    const databaseUrl = serverUrl;
    const demo =
      flags['no-demo'] || config.FIELDLOOP_DEMO_RETAILERS === 0
        ? undefined
        : { seed: config.FIELDLOOP_DEMO_SEED, retailers: config.FIELDLOOP_DEMO_RETAILERS };
    const result = await prepareDatabase(databaseUrl, SUBGRAPHS, demo);

    // A fresh secret each start: the gateway signs every subgraph request with it and the
    // subgraphs refuse anything unsigned, so nothing but the gateway can call them.
    const gatewaySecret = process.env.GATEWAY_HMAC_SECRET ?? randomBytes(32).toString('hex');
    // Likewise a fresh token-signing key pair (sign in again after a restart), unless given.
    const keys = process.env.JWT_PRIVATE_KEY
      ? { JWT_PRIVATE_KEY: process.env.JWT_PRIVATE_KEY, JWT_PUBLIC_KEY: process.env.JWT_PUBLIC_KEY, JWT_KEY_ID: process.env.JWT_KEY_ID }
      : signingKeysEnv(generateSigningKeys());
    mkdirSync(join(DATA_DIR, 'logs'), { recursive: true });
    const logFile = (name: string) => openSync(join(DATA_DIR, 'logs', `${name}.log`), 'a');
    const subgraphUrls: Record<string, string> = {};
    for (const definition of SUBGRAPHS) {
      const subgraph = await startSubgraphProcess({
        name: definition.name,
        port: subgraphPort(definition),
        databaseUrl,
        env: { LOG_LEVEL: config.LOG_LEVEL, GATEWAY_HMAC_SECRET: gatewaySecret, ...keys },
        output: logFile(definition.name),
      }).catch((error: Error) => {
        throw new Error(`${error.message}; see ${join(DATA_DIR, 'logs', `${definition.name}.log`)}`);
      });
      cleanups.push(() => subgraph.stop());
      children.push(subgraph.child);
      subgraphUrls[definition.name] = subgraph.url;
    }

    const gateway: GatewayProcess = await startGatewayProcess({
      gatewayDir: findGatewayDir(),
      supergraphPath: SUPERGRAPH_PATH,
      port: config.GATEWAY_PORT,
      env: {
        ...Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_SUBGRAPH_URL`, url])),
        GATEWAY_HMAC_SECRET: gatewaySecret,
        JWT_PUBLIC_KEY: keys.JWT_PUBLIC_KEY,
      },
      output: logFile('gateway'),
    });
    cleanups.push(() => gateway.stop());
    children.push(gateway.child);

    // The shell on PORTAL_PORT, each remote on its own port; the browser finds the gateway on
    // GATEWAY_PORT of whatever host name it used to reach the portal.
    const portal = await startPortalServer({ gatewayPort: config.GATEWAY_PORT, ports: { shell: config.PORTAL_PORT } });
    cleanups.push(() => portal.stop());

    const simulation =
      demo && !flags['no-simulate'] && process.env.FIELDLOOP_SIMULATE !== '0'
        ? await startDemoSimulation(gateway.url, demo, join(DATA_DIR, 'logs', 'simulator.log'))
        : undefined;
    if (typeof simulation === 'object') cleanups.push(() => simulation.stop());

    const lines = [
      '',
      'FieldLoop is running',
      `  ${'Supervisor portal (xu.xue / fieldloop-demo):'.padEnd(50)}${portal.url}`,
      ...Object.values(portal.apps)
        .filter((app) => app.name !== 'shell')
        .map((app) => `  ${`  its ${app.name} remote:`.padEnd(50)}${app.url}`),
      `  GraphQL gateway (queries, mutations, graphql-ws):  ${gateway.url}`,
      ...Object.entries(subgraphUrls).map(([name, url]) => `  ${`${name} subgraph:`.padEnd(50)}${url}`),
      `  PostgreSQL:                                        ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}${config.DATABASE_URL ? '' : ' (embedded, data in .data/postgres)'}`,
      `  Logs:                                              ${join(DATA_DIR, 'logs')}`,
      result.told.length > 0
        ? `  Demo company loaded: ${result.told.join(', ')}`
        : `  Existing data kept (the demo company loads only into an empty database)${Object.entries(result.daysAdded)
            .map(([service, days]) => `; the demo's ${service} brought up to today (${days} days)`)
            .join('')}`,
      typeof simulation === 'object'
        ? `  Field simulator (--no-simulate to keep it still): ${simulation.cast.length} staff at work; log in ${join(DATA_DIR, 'logs', 'simulator.log')}`
        : `  Field simulator: ${simulation ? `not started (${simulation})` : 'off'}`,
      '',
      'Try (every operation but sign-in needs the token):',
      `  TOKEN=$(curl -s ${gateway.url} -H 'content-type: application/json' \\`,
      `    -d '{"query":"mutation { signIn(input: { username: \\"xu.xue\\", password: \\"fieldloop-demo\\" }) { accessToken } }"}' | sed 's/.*"accessToken":"\\([^"]*\\)".*/\\1/')`,
      `  curl -s ${gateway.url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
      `    -d '{"query":"{ retailers(first: 3) { totalCount edges { node { shopName territory { name } accountManager { name } } } } }"}'`,
      'Press Ctrl+C to stop.',
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } catch (error) {
    process.stderr.write(
      `\nFieldLoop failed to start: ${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await shutdown(1);
  }
}

void main();
