import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@fieldloop/platform/tooling';
import { Client } from 'pg';
import { freePort } from './free-port';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface PostgresServer {
  /** A URL on the server's maintenance database; test databases are created beside it. */
  url: string;
  kind: 'given' | 'local' | 'embedded';
  stop(): Promise<void>;
}

/**
 * The server tests run against: TEST_DATABASE_URL when given, else the machine's PostgreSQL
 * on 5432 when it answers, else a throw-away embedded PostgreSQL from npm.
 * FIELDLOOP_TEST_POSTGRES=embedded forces the embedded one, as on a machine without PostgreSQL.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: given, kind: 'given', stop: async () => undefined };
  const forceEmbedded = process.env.FIELDLOOP_TEST_POSTGRES === 'embedded';
  if (!forceEmbedded && (await reachable(LOCAL_SERVER))) return { url: LOCAL_SERVER, kind: 'local', stop: async () => undefined };

  const dataDir = mkdtempSync(join(tmpdir(), 'fieldloop-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  return {
    url: server.url,
    kind: 'embedded',
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
