/**
 * The browser origins allowed to call the gateway (CORS): GATEWAY_CORS_ORIGINS, comma
 * separated (e.g. `https://portal.example.com`). Unset, the portal's own origins in
 * development (the shell on 5173, a remote opened on its own port 5174-5177, by localhost or
 * 127.0.0.1), and none in production. Never a wildcard, never credentials: the portal sends
 * its token in the Authorization header, so no cookie is ever needed.
 */
const DEVELOPMENT_ORIGINS = [5173, 5174, 5175, 5176, 5177].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);

export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const given = env.GATEWAY_CORS_ORIGINS;
  if (given === undefined) return env.NODE_ENV === 'production' ? [] : DEVELOPMENT_ORIGINS;
  return given
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
    .map((origin) => {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        // reported below
      }
      if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol) || origin.includes('*')) {
        throw new Error(`GATEWAY_CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path, no wildcard)`);
      }
      return origin;
    });
}

/**
 * Yoga's `cors` option: CORS headers for an allowed origin only. Anything else gets none, so
 * the browser refuses it (Yoga itself would answer `null` for an unlisted origin, which a
 * sandboxed page also has, or echo any origin for an empty list).
 */
export function corsPolicy(origins: string[]) {
  const allowed = new Set(origins);
  const options = {
    origin: origins,
    credentials: false,
    methods: ['GET', 'POST'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  };
  return (request: Request) => (allowed.has(request.headers.get('origin') ?? '') ? options : false);
}
