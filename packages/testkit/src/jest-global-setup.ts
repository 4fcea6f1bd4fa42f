import { startPostgresServer, type PostgresServer } from './postgres-server';
import { provideChromium } from './test-browser';
import { TEST_SERVER_ENV } from './test-database';

declare global {
  var fieldloopTestServer: PostgresServer | undefined;
}

/**
 * Jest globalSetup: one PostgreSQL server for the whole run and the Chromium the browser tests
 * drive (CHROMIUM_PATH); workers inherit both through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const browser = await provideChromium();
  if (browser.path) process.env.CHROMIUM_PATH = browser.path;
  const server = await startPostgresServer();
  globalThis.fieldloopTestServer = server;
  process.env[TEST_SERVER_ENV] = server.url;
  process.stdout.write(`\ntests use ${server.kind} PostgreSQL; browser tests use ${browser.description}\n`);
}
