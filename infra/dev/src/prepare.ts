import { Client } from 'pg';
import { createLogger, entitiesOf, openDatabase, type SubgraphDefinition } from '@fieldloop/platform';
import { Retailer } from '@fieldloop/customers';
import { generateCustomersDemo, loadCustomersDemo, summarizeDemo, type DemoOptions } from './demo/customers-demo';

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
 * Brings every service's schema up to date and, when the customers schema holds no
 * retailers yet, loads the demo company. Returns what was loaded, if anything.
 */
export async function prepareDatabase(databaseUrl: string, definitions: SubgraphDefinition[], demo: DemoOptions | undefined) {
  const logger = createLogger('prepare', 'warn');
  let loaded: ReturnType<typeof summarizeDemo> | undefined;
  for (const definition of definitions) {
    const database = await openDatabase({ url: databaseUrl, schema: definition.name, entities: entitiesOf(definition), migrations: definition.migrations, logger, poolSize: 2 });
    try {
      if (definition.name === 'customers' && demo && (await database.dataSource.getRepository(Retailer).count()) === 0) {
        const data = generateCustomersDemo(demo);
        await loadCustomersDemo(database.dataSource, data);
        loaded = summarizeDemo(data);
      }
    } finally {
      await database.close();
    }
  }
  return loaded;
}
