import { spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import sparticuzChromium from '@sparticuz/chromium';
import { findRepositoryRoot } from '@fieldloop/platform/tooling';

export interface TestBrowser {
  /** The Chromium the browser tests drive; none when none could be had. */
  path?: string;
  /** How it was chosen, for the run's first lines. */
  description: string;
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (command: string) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, command))
    .find(executable);

function hasCjkFonts(): boolean {
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

/** apt-get update and install, its output in .data/logs/apt-get.log; the failure, if any. */
function aptGetInstall(packages: string[]): string | undefined {
  const logDir = join(findRepositoryRoot(), '.data', 'logs');
  mkdirSync(logDir, { recursive: true });
  const logPath = join(logDir, 'apt-get.log');
  const log = openSync(logPath, 'a');
  try {
    for (const args of [['update'], ['install', '-y', ...packages]]) {
      const result = spawnSync('apt-get', args, {
        stdio: ['ignore', log, log],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (result.status !== 0) return `apt-get ${args[0]} failed (exit code ${result.status}; see ${logPath})`;
    }
    return undefined;
  } finally {
    closeSync(log);
  }
}

/**
 * The Chromium inside the @sparticuz/chromium package, unpacked once per version into the
 * checkout's .data/ (it unpacks into os.tmpdir() and would reuse any `chromium` it found in
 * the shared /tmp). Unpacked beside and renamed into place, so it is whole or absent.
 */
async function npmChromium(): Promise<string> {
  const packageDir = dirname(dirname(dirname(require.resolve('@sparticuz/chromium'))));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = join(findRepositoryRoot(), '.data', `chromium-${version}`);
  if (!existsSync(dir)) {
    mkdirSync(dirname(dir), { recursive: true });
    const staging = mkdtempSync(`${dir}-`);
    const tmpdir = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    try {
      await sparticuzChromium.executablePath();
    } finally {
      if (tmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdir;
    }
    renameSync(staging, dir);
  }
  return join(dir, 'chromium');
}

/**
 * The Chromium the browser tests drive (test tools never download one): CHROMIUM_PATH when
 * set; else `chromium` on PATH; as root with apt-get, Debian's chromium and the CJK fonts
 * (legible Chinese pages and screenshots) are installed first when missing; else the Chromium
 * shipped inside the @sparticuz/chromium npm package.
 */
export async function provideChromium(): Promise<TestBrowser> {
  const given = process.env.CHROMIUM_PATH;
  if (given) return { path: given, description: `CHROMIUM_PATH (${given})` };
  let found = onPath('chromium');
  const missing = [...(found ? [] : ['chromium']), ...(hasCjkFonts() ? [] : ['fonts-noto-cjk'])];
  if (missing.length > 0 && process.getuid?.() === 0 && onPath('apt-get')) {
    process.stdout.write(`installing ${missing.join(' and ')} with apt-get …\n`);
    const failure = aptGetInstall(missing);
    if (failure) process.stdout.write(`${failure}\n`);
    else if (!found && executable(DEBIAN_CHROMIUM))
      return { path: DEBIAN_CHROMIUM, description: `Debian's chromium (${DEBIAN_CHROMIUM}), just installed with apt-get` };
    found = onPath('chromium');
  }
  if (found) return { path: found, description: `chromium on PATH (${found})` };
  try {
    const path = await npmChromium();
    return { path, description: `the Chromium inside @sparticuz/chromium (${path})` };
  } catch (error) {
    return { description: `no Chromium (${error instanceof Error ? error.message : String(error)}); set CHROMIUM_PATH` };
  }
}
