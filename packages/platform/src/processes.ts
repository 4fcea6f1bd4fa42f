import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface GatewayProcessOptions {
  /** The folder holding gateway.config.ts (infra/gateway). */
  gatewayDir: string;
  supergraphPath: string;
  port: number;
  /** Extra environment, e.g. `<NAME>_SUBGRAPH_URL` overrides. */
  env?: NodeJS.ProcessEnv;
  /** Where the gateway's own log goes: this process's output, nowhere, or an open file. */
  output?: 'inherit' | 'ignore' | number;
  readyTimeoutMs?: number;
}

export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * V8 flags for every server process (subgraphs and gateway; the Dockerfile sets the same in
 * NODE_OPTIONS). A young generation of 16 MB, V8's default, is full many times over while 20
 * requests for pages of 50 wait on PostgreSQL: their objects survive the scavenges, get
 * copied and promoted, and garbage collection was 29 % of the customers subgraph's CPU on
 * such pages. 64 MB semi-spaces (grown only under load) cut its CPU per page by about 30 %.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];

/** The repository's root (where pnpm-workspace.yaml is), found from anywhere inside it. */
export function findRepositoryRoot(from: string = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
  }
  throw new Error(`no pnpm-workspace.yaml above ${from}`);
}

export const findGatewayDir = () => join(findRepositoryRoot(), 'infra', 'gateway');

/**
 * Polls a URL until it answers 2xx: a service's /readyz, the gateway's /readiness. Gives up
 * early when `child` (the process behind it) exits.
 */
export async function waitForHttpOk(url: string, options: { timeoutMs?: number; child?: ChildProcess; name?: string } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (options.child && options.child.exitCode !== null)
      throw new Error(`${options.name ?? 'process'} exited with code ${options.child.exitCode} before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${options.name ?? url} not ready at ${url} after ${options.timeoutMs ?? 30_000} ms`);
}

/** Stops a child process: SIGTERM (the services drain in-flight requests), SIGKILL after 5 s. */
function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface SubgraphProcessOptions {
  /** The service's folder name under services/ (also its env prefix). */
  name: string;
  port: number;
  databaseUrl: string;
  /** Extra environment: GATEWAY_HMAC_SECRET, JWT keys, LOG_LEVEL, NODE_ENV … */
  env?: NodeJS.ProcessEnv;
  output?: 'inherit' | 'ignore' | number;
  readyTimeoutMs?: number;
}

export interface SubgraphProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Runs a service's built `dist/main.js` as its own process, and resolves once it is ready. */
export async function startSubgraphProcess(options: SubgraphProcessOptions): Promise<SubgraphProcess> {
  const prefix = options.name.toUpperCase();
  const main = join(findRepositoryRoot(), 'services', options.name, 'dist', 'main.js');
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, main], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      ...options.env,
      [`${prefix}_PORT`]: String(options.port),
      [`${prefix}_DATABASE_URL`]: options.databaseUrl,
    },
    stdio: ['ignore', options.output ?? 'inherit', options.output ?? 'inherit'],
  });
  try {
    await waitForHttpOk(`http://127.0.0.1:${options.port}/readyz`, {
      child,
      name: options.name,
      timeoutMs: options.readyTimeoutMs ?? 60_000,
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { url: `http://localhost:${options.port}/graphql`, child, stop: () => stopProcess(child) };
}

/** Runs the Hive Gateway CLI on a supergraph file, and resolves once it answers. */
export async function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  const packageJson = require.resolve('@graphql-hive/gateway/package.json', { paths: [options.gatewayDir] });
  const { bin } = JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> };
  const cli = join(dirname(packageJson), bin['hive-gateway']);
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, cli, 'supergraph', options.supergraphPath, '--port', String(options.port)], {
    cwd: options.gatewayDir,
    env: { ...process.env, GATEWAY_PORT: String(options.port), FORK: '0', ...options.env },
    stdio: ['ignore', options.output ?? 'inherit', options.output ?? 'inherit'],
  });
  const base = `http://localhost:${options.port}`;
  try {
    await waitForHttpOk(`${base}/readiness`, { child, name: 'gateway', timeoutMs: options.readyTimeoutMs });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { url: `${base}/graphql`, child, stop: () => stopProcess(child) };
}
