import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger, entitiesOf, openDatabase, type Database } from '@fieldloop/platform';
import { createTestDatabase, type TestDatabase } from '@fieldloop/testkit';
import { customers } from '../src';

describe('customers migrations', () => {
  let testDatabase: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    database = await openDatabase({
      url: testDatabase.url,
      schema: customers.name,
      entities: entitiesOf(customers),
      migrations: customers.migrations,
      logger: createLogger('customers', 'warn'),
    });
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('build exactly the schema the entities describe (no drift: run `pnpm migration:generate <name>`)', async () => {
    const { upQueries } = await database.dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((query) => query.query)).toEqual([]);
  });

  it("keep every table in the service's own schema", async () => {
    const rows: { table_schema: string }[] = await database.dataSource.query(
      `SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(rows.map((row) => row.table_schema)).toEqual(['customers']);
  });

  it('undo cleanly, so a bad release can roll back', async () => {
    for (let i = 0; i < customers.migrations.length; i += 1) await database.dataSource.undoLastMigration();
    const rows: unknown[] = await database.dataSource.query(
      `SELECT 1 FROM information_schema.tables WHERE table_schema = 'customers' AND table_name <> 'migrations'`,
    );
    expect(rows).toEqual([]);
    await database.dataSource.runMigrations();
  });
});
