#!/usr/bin/env node
// Runs pnpm at the version pinned in package.json's "packageManager", on a machine that may
// have no pnpm at all. corepack is not used: its signature check of the download fails here.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function installedPnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

const useInstalled = installedPnpmVersion() === pinned;
const [command, args] = useInstalled ? ['pnpm', process.argv.slice(2)] : ['npx', ['--yes', `pnpm@${pinned}`, ...process.argv.slice(2)]];
const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, COREPACK_ENABLE_STRICT: '0' } });
process.exit(result.status ?? 1);
