/*
 * The one Vite + Module Federation setup of every portal app (shell and remotes), so the
 * shared singletons and their versions are declared once and cannot drift between apps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

const kitPackage = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
};

/**
 * Loaded once per page, from the shell. React and Apollo keep their state in module-level
 * singletons (React's dispatcher, Apollo's context on React), i18next holds the language and
 * the translations, react-router the current location: a second copy in a remote would render
 * but not see the shell's client, language or URL. `@apollo/client/react` is listed on its own
 * because the plugin adds React's sub-paths itself but not Apollo's. The kit itself is one too:
 * its React contexts (the session, the connection) must be the shell's, not a remote's copy.
 */
const SINGLETONS = [
  'react',
  'react-dom',
  '@apollo/client',
  '@apollo/client/react',
  'graphql',
  'i18next',
  'react-i18next',
  'react-router',
  kitPackage.name,
] as const;

function versionOf(name: string): string {
  if (name === kitPackage.name) return kitPackage.version;
  const packageName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
  const version = kitPackage.dependencies[packageName];
  if (!version) throw new Error(`${packageName} is shared by the portal apps, so portal/kit/package.json must depend on it`);
  return version;
}

export const sharedSingletons = Object.fromEntries(SINGLETONS.map((name) => [name, { singleton: true, requiredVersion: versionOf(name) }]));

export interface PortalAppOptions {
  /** The app's directory (pass `import.meta.dirname`). */
  dir: string;
  /** Federation name: `shell`, or the remote's area (`customers`, `visits`, …). */
  name: string;
  /** What a remote exposes to the shell; absent for the shell. */
  exposes?: Record<string, string>;
  /**
   * The module that starts the federated app, when the page does something before it: the
   * shell paints its sign-in form first (index.html's script) and imports this only then. The
   * federation runtime settles the shared singletons when this is imported, not at page load,
   * so nothing shared is fetched before it. Without it, index.html's script starts the app.
   */
  federatedEntry?: string;
}

/** The port the app's dev server (and the portal server) uses, from its package.json. */
export function portOf(dir: string): number {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { fieldloop?: { port?: number } };
  const port = manifest.fieldloop?.port;
  if (!port) throw new Error(`${dir}/package.json needs "fieldloop": { "port": … }`);
  return port;
}

export function portalViteConfig({ dir, name, exposes, federatedEntry }: PortalAppOptions): UserConfig {
  const port = portOf(dir);
  return {
    root: dir,
    // The shell serves deep links (/visits/today), so its assets hang off the root. A remote's
    // chunks are fetched by the shell from the remote's own origin: relative URLs resolve
    // against the module that imports them (import.meta.url), wherever the remote is served.
    base: name === 'shell' ? '/' : './',
    plugins: [
      react(),
      federation({
        name,
        filename: 'remoteEntry.js',
        exposes,
        // Remotes are registered at run time from runtime-config.json (one build, any environment).
        remotes: {},
        shared: sharedSingletons,
        // The host's initialisation (every shared singleton fetched and settled) wraps the
        // federated entry instead of index.html's script, which then runs at once.
        ...(federatedEntry ? { hostInitInjectLocation: 'entry' as const } : {}),
        // Types are checked by `tsc --noEmit` per app; the plugin's own generation forks tsc and
        // does not fail the build on errors, so it would only cost time.
        dts: false,
      }),
    ],
    // A remote running on its own (vite dev) reads the same runtime-config.json as the shell.
    publicDir: join(dir, '..', 'shell', 'public'),
    server: { port, strictPort: true, origin: `http://localhost:${port}`, cors: true },
    preview: { port, strictPort: true, cors: true },
    // Only the shell ships runtime-config.json; whoever serves the portal writes the real one.
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      copyPublicDir: name === 'shell',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1024,
      ...(federatedEntry ? { rollupOptions: { input: { index: join(dir, 'index.html'), app: join(dir, federatedEntry) } } } : {}),
    },
  };
}
