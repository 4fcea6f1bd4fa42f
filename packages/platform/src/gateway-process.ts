import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface GatewayProcessOptions {
  /** The folder holding gateway.config.ts (infra/gateway). */
  gatewayDir: string;
  supergraphPath: string;
  port: number;
  /** Extra environment, e.g. `<NAME>_SUBGRAPH_URL` overrides. */
  env?: NodeJS.ProcessEnv;
  /** Where the gateway's own log goes; defaults to this process's output. */
  stdio?: 'inherit' | 'ignore' | 'pipe';
  readyTimeoutMs?: number;
}

export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** infra/gateway, found from anywhere inside the repository. */
export function findGatewayDir(from: string = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return join(dir, 'infra', 'gateway');
  }
  throw new Error(`no pnpm-workspace.yaml above ${from}`);
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gateway exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gateway not ready at ${url} after ${timeoutMs} ms`);
}

/** Runs the Hive Gateway CLI on a supergraph file, and resolves once it answers. */
export async function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  const packageJson = require.resolve('@graphql-hive/gateway/package.json', { paths: [options.gatewayDir] });
  const bin = join(dirname(packageJson), (require(packageJson) as { bin: Record<string, string> }).bin['hive-gateway']);
  const child = spawn(process.execPath, [bin, 'supergraph', options.supergraphPath, '--port', String(options.port)], {
    cwd: options.gatewayDir,
    env: { ...process.env, GATEWAY_PORT: String(options.port), FORK: '0', ...options.env },
    stdio: options.stdio ?? 'inherit',
  });
  const base = `http://localhost:${options.port}`;
  try {
    await waitUntilReady(`${base}/readiness`, child, options.readyTimeoutMs ?? 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { url: `${base}/graphql`, child, stop };
}
