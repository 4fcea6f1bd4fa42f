import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The OS user the embedded PostgreSQL runs as when this process is root. */
export interface PostgresOsUser {
  name: string;
  uid: number;
  gid: number;
}

const NAME = 'postgres';
// World-traversable places outside any checkout: the binaries are a cache (per version), the
// data is state kept between runs.
const BINARIES_CACHE = '/var/tmp';
const DATA_HOME = '/var/lib/fieldloop';

function run(command: string, args: string[], user?: PostgresOsUser) {
  return spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
}

function idOf(flag: '-u' | '-g'): number | undefined {
  const result = run('id', [flag, NAME]);
  return result.status === 0 ? Number(result.stdout.trim()) : undefined;
}

/**
 * PostgreSQL refuses to run as root: as root, the OS user `postgres` (created when missing)
 * runs it; as anyone else, that user itself (undefined).
 */
export function postgresOsUser(): PostgresOsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  if (idOf('-u') === undefined) {
    for (const [command, args] of [
      ['groupadd', ['-f', NAME]],
      ['useradd', ['--system', '--no-create-home', '-g', NAME, NAME]],
    ] as const) {
      const result = run(command, [...args]);
      if (result.status !== 0)
        throw new Error(
          `could not create the OS user ${NAME} that PostgreSQL runs as (${command}: ${(result.stderr || result.error?.message || '').trim()})`,
        );
    }
  }
  return { name: NAME, uid: idOf('-u')!, gid: idOf('-g')! };
}

/** Whether `user` can enter `dir`: every folder above it must let that user through. */
function reachable(dir: string, user: PostgresOsUser): boolean {
  return run('/bin/sh', ['-c', 'cd -- "$1"', 'sh', dir], user).status === 0;
}

/**
 * The binaries' folder as `user` can run it: npm's copy when reachable, else a copy made once
 * per version under /var/tmp (a checkout in /root or a 0700 folder is out of that user's
 * reach). Made in a private staging folder and renamed into place, so it is whole or absent.
 */
export function reachableBinaries(nativeDir: string, version: string, user: PostgresOsUser): string {
  if (reachable(nativeDir, user)) return nativeDir;
  const cache = join(BINARIES_CACHE, `fieldloop-postgres-${version}`);
  if (!existsSync(cache)) {
    const staging = mkdtempSync(`${cache}-`);
    cpSync(nativeDir, staging, { recursive: true, dereference: true });
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, cache);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process made it first
    }
  }
  // Root runs these binaries' initdb and postgres (as `user`): only root may have written them.
  const stat = lstatSync(cache);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0)
    throw new Error(`${cache} is not a folder only root can write: remove it`);
  return cache;
}

/**
 * The data folder as `user` can reach it. When `dataDir`'s folder is private, the data lives
 * under /var/lib/fieldloop and `dataDir` becomes a link to it: the link is the record, so
 * deleting `dataDir` (or cloning afresh in the same place) starts with empty data, as it does
 * where the folder is reachable.
 */
export function reachableDataDir(dataDir: string, user: PostgresOsUser): string {
  mkdirSync(dirname(dataDir), { recursive: true });
  const owned = (dir: string) => {
    mkdirSync(dir, { recursive: true });
    chownSync(dir, user.uid, user.gid);
    return dir;
  };
  if (reachable(dirname(dataDir), user)) return owned(dataDir);

  const link = lstatSync(dataDir, { throwIfNoEntry: false });
  if (link?.isSymbolicLink()) return owned(resolve(dirname(dataDir), readlinkSync(dataDir)));
  if (link) {
    // A real folder here cannot have been initialised by `user`: what a failed run left.
    if (existsSync(join(dataDir, 'PG_VERSION')))
      throw new Error(
        `${dataDir} holds PostgreSQL data the OS user ${user.name} cannot reach (a folder above it is private): move it, or set DATABASE_URL`,
      );
    rmSync(dataDir, { recursive: true, force: true });
  }
  mkdirSync(DATA_HOME, { recursive: true });
  chmodSync(DATA_HOME, 0o755);
  const target = join(DATA_HOME, `postgres-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}`);
  rmSync(target, { recursive: true, force: true }); // its link was deleted: start empty
  owned(target);
  symlinkSync(target, dataDir);
  return target;
}
