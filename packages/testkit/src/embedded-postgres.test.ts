import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { startEmbeddedPostgres } from '@fieldloop/platform/tooling';
import { Client } from 'pg';
import { freePort } from './free-port';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function answers(url: string): Promise<boolean> {
  return query(url, 'SELECT 1').then(
    () => true,
    () => false,
  );
}

/**
 * The embedded PostgreSQL as `npm start` and `npm test` use it, from a folder like a root
 * user's checkout in /root: private (0700), which the OS user PostgreSQL runs as under root
 * cannot enter.
 */
describe('startEmbeddedPostgres', () => {
  const privateDir = mkdtempSync(join(tmpdir(), 'fieldloop-private-'));
  chmodSync(privateDir, 0o700);
  const dataDir = join(privateDir, '.data', 'postgres');

  afterAll(() => {
    // As root the data lives where the server's user can reach it, and dataDir links there.
    if (lstatSync(dataDir, { throwIfNoEntry: false })?.isSymbolicLink()) rmSync(realpathSync(dataDir), { recursive: true, force: true });
    rmSync(privateDir, { recursive: true, force: true });
  });

  it('keeps its data in a private folder between runs', async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    try {
      await query(first.url, "CREATE TABLE kept (name text); INSERT INTO kept VALUES ('是的')");
    } finally {
      await first.stop();
    }
    expect(await answers(first.url)).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    try {
      expect(await query(second.url, 'SELECT name FROM kept')).toEqual([{ name: '是的' }]);
      expect(await query(second.url, "SELECT current_setting('server_encoding') AS encoding")).toEqual([{ encoding: 'UTF8' }]);
    } finally {
      await second.stop();
    }
  });

  it('stops when the process that started it is killed', async () => {
    const port = await freePort();
    const script = `require(${JSON.stringify(require.resolve('@fieldloop/platform/tooling'))})
      .startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, persistent: true })
      .then((server) => console.log(server.url), (error) => { console.error(error); process.exit(1); })`;
    const starter = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve, reject) => {
      starter.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      starter.once('exit', (code) => reject(new Error(`the starting process exited with code ${code}`)));
    });
    expect(await answers(url)).toBe(true);

    starter.kill('SIGKILL');
    // The shutdown takes a moment after the kill; the assertion is on its end, not its speed.
    for (let tries = 0; tries < 200 && (await answers(url)); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await answers(url)).toBe(false);
    // A clean shutdown removes the lock file; a server left running or killed would not.
    for (let tries = 0; tries < 50 && existsSync(join(realpathSync(dataDir), 'postmaster.pid')); tries++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(join(realpathSync(dataDir), 'postmaster.pid'))).toBe(false);
  });
});
