/**
 * Where this environment's gateway and remotes are, read at start from `/runtime-config.json`
 * (written by whoever serves the portal), so one build serves any environment.
 */
export interface RuntimeConfig {
  /** The gateway's GraphQL endpoint over HTTP; graphql-ws uses the same URL with ws(s). */
  gatewayUrl: string;
  /** Remote name → URL of its remoteEntry.js. */
  remotes: Record<string, string>;
}

let loading: Promise<RuntimeConfig> | undefined;

/**
 * The page's runtime config, fetched once however many times it is asked for: the shell's
 * first paint asks before sign-in, the portal again when it starts (the same module in both).
 */
export function loadRuntimeConfig(): Promise<RuntimeConfig> {
  return (loading ??= fetchRuntimeConfig());
}

async function fetchRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/runtime-config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`runtime-config.json: HTTP ${response.status}`);
  const config = (await response.json()) as Partial<RuntimeConfig>;
  if (typeof config.gatewayUrl !== 'string') throw new Error('runtime-config.json has no gatewayUrl');
  return { gatewayUrl: config.gatewayUrl, remotes: config.remotes ?? {} };
}

export const wsUrlOf = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');
