import { Client } from 'pg';
import { createLogger, entitiesOf, openDatabase, type Database, type SubgraphDefinition } from '@fieldloop/platform';
import type { DataSource } from './demo/insert-rows';
import { loadDemos, type DemosLoaded } from './demo/load-demos';
import type { DemoOptions } from './demo/reference';
import { DEMOS } from './demo/registry';

/** The database the services share (each in its own schema), created on first start. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * After a bulk load: fresh statistics, so the planner sees thousands of rows and picks the
 * keyset indexes, and the GIN (trigram) indexes' pending entries merged, which ANALYZE alone
 * leaves for autovacuum (until then a search is priced as a scan of the pending list).
 */
async function vacuumAnalyze(dataSource: DataSource): Promise<void> {
  const tables = dataSource.entityMetadatas.map(
    (metadata) => `${dataSource.driver.escape(metadata.schema ?? 'public')}.${dataSource.driver.escape(metadata.tableName)}`,
  );
  await dataSource.query(`VACUUM (ANALYZE) ${tables.join(', ')}`);
}

/**
 * Brings every service's schema up to date and loads the registered demos (demo/registry.ts):
 * each into its service's schema when that is empty, or, on later starts, the demo's days
 * since the last start. What was loaded or added is VACUUM ANALYZEd.
 */
export async function prepareDatabase(
  databaseUrl: string,
  definitions: SubgraphDefinition[],
  demo: DemoOptions | undefined,
  now = new Date(),
): Promise<DemosLoaded> {
  const logger = createLogger('prepare', 'warn');
  const databases = new Map<string, Database>();
  try {
    for (const definition of definitions) {
      const database = await openDatabase({
        url: databaseUrl,
        schema: definition.name,
        entities: entitiesOf(definition),
        migrations: definition.migrations,
        logger,
        poolSize: 2,
      });
      databases.set(definition.name, database);
    }
    if (!demo) return { loaded: {}, told: [], daysAdded: {}, changed: [] };
    const dataSources = new Map([...databases].map(([name, database]) => [name, database.dataSource]));
    const result = await loadDemos(DEMOS, dataSources, demo, now);
    for (const service of result.changed) await vacuumAnalyze(dataSources.get(service)!);
    return result;
  } finally {
    for (const database of databases.values()) await database.close();
  }
}
