import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

/*
 * Serves the built portal: the shell on one port (5173) and each remote on its own (its
 * package.json's `fieldloop.port`), as they would be deployed by separate teams, and the
 * shell's runtime-config.json telling the browser where the gateway and the remotes are.
 */

export interface PortalApp {
  /** `shell`, or a remote's name (`customers`, `visits`, …): the folder under portal/. */
  name: string;
  port: number;
  distDir: string;
}

export interface PortalServerOptions {
  /** The gateway's GraphQL URL the browser should use; default: port `gatewayPort` on the host the browser asked. */
  gatewayUrl?: string;
  gatewayPort?: number;
  /** Port per app name (0 for any free port); default: each app's own. */
  ports?: Record<string, number>;
  host?: string;
  /** Default: the portal folder this package lives in. */
  portalDir?: string;
}

export interface RunningApp {
  name: string;
  url: string;
  stop(): Promise<void>;
}

export interface RunningPortal {
  /** The shell's URL: the portal's address. */
  url: string;
  apps: Record<string, RunningApp>;
  stop(): Promise<void>;
}

const DEFAULT_PORTAL_DIR = resolve(__dirname, '..', '..');

/** Every built app under portal/: a folder whose package.json names its `fieldloop.portalApp` and port. */
export function findPortalApps(portalDir = DEFAULT_PORTAL_DIR): PortalApp[] {
  return readdirSync(portalDir, { withFileTypes: true }).flatMap((entry) => {
    const manifestPath = join(portalDir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) return [];
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { fieldloop?: { portalApp?: string; port?: number } };
    const { portalApp, port } = manifest.fieldloop ?? {};
    return portalApp && port ? [{ name: portalApp, port, distDir: join(portalDir, entry.name, 'dist') }] : [];
  });
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePort((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    server.close(() => resolveClose());
    server.closeAllConnections();
  });
}

/** The host name the browser used to reach us, so the URLs we hand back work from its side. */
function requestHost(request: IncomingMessage): string {
  const host = request.headers.host ?? 'localhost';
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
}

export async function startPortalServer(options: PortalServerOptions = {}): Promise<RunningPortal> {
  const host = options.host ?? '0.0.0.0';
  const apps = findPortalApps(options.portalDir);
  const missing = apps.filter((app) => !existsSync(join(app.distDir, 'index.html')) && !existsSync(join(app.distDir, 'remoteEntry.js')));
  if (!apps.some((app) => app.name === 'shell') || missing.length > 0) {
    throw new Error(`the portal is not built (${missing.map((app) => app.name).join(', ') || 'shell'}): run \`pnpm run build\` first`);
  }
  const running: Record<string, RunningApp> = {};
  const ports: Record<string, number> = {};
  const servers: Server[] = [];

  const stop = async () => {
    await Promise.all(servers.map(close));
  };
  try {
    // Remotes first: the shell's runtime config needs their ports.
    for (const app of apps.filter((candidate) => candidate.name !== 'shell')) {
      const files = sirv(app.distDir, {
        dev: false,
        etag: true,
        // The build writes .br and .gz beside each file (scripts/build-portal.mjs).
        brotli: true,
        gzip: true,
        // Hashed chunk names never change content; remoteEntry.js must be re-read after a deploy.
        setHeaders: (response, pathname) =>
          response.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
      });
      const server = createServer((request: IncomingMessage, response: ServerResponse) => {
        // The shell loads the remote's modules from another origin: module scripts need CORS.
        response.setHeader('access-control-allow-origin', '*');
        files(request, response, () => {
          response.statusCode = 404;
          response.end('not found');
        });
      });
      servers.push(server);
      ports[app.name] = await listen(server, options.ports?.[app.name] ?? app.port, host);
      running[app.name] = { name: app.name, url: `http://localhost:${ports[app.name]}`, stop: () => close(server) };
    }

    const shell = apps.find((app) => app.name === 'shell')!;
    const gatewayPort = options.gatewayPort ?? 4000;
    const shellFiles = sirv(shell.distDir, {
      dev: false,
      etag: true,
      brotli: true,
      gzip: true,
      single: true, // deep links (/visits/today) get index.html; the router takes it from there
      setHeaders: (response, pathname) =>
        response.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    const shellServer = createServer((request, response) => {
      if (request.url?.split('?')[0] === '/runtime-config.json') {
        const hostname = requestHost(request);
        const config = {
          gatewayUrl: options.gatewayUrl ?? `http://${hostname}:${gatewayPort}/graphql`,
          remotes: Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `http://${hostname}:${port}/remoteEntry.js`])),
        };
        response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(JSON.stringify(config));
        return;
      }
      shellFiles(request, response);
    });
    servers.push(shellServer);
    const shellPort = await listen(shellServer, options.ports?.shell ?? shell.port, host);
    running.shell = { name: 'shell', url: `http://localhost:${shellPort}`, stop: () => close(shellServer) };
    return { url: running.shell.url, apps: running, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
