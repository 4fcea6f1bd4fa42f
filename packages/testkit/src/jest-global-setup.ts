import { startPostgresServer, type PostgresServer } from './postgres-server';
import { TEST_SERVER_ENV } from './test-database';

declare global {
  var fieldloopTestServer: PostgresServer | undefined;
}

/** Jest globalSetup: one PostgreSQL server for the whole run; workers inherit its URL. */
export default async function globalSetup(): Promise<void> {
  const server = await startPostgresServer();
  globalThis.fieldloopTestServer = server;
  process.env[TEST_SERVER_ENV] = server.url;
  process.stdout.write(`\ntests use ${server.kind} PostgreSQL\n`);
}
