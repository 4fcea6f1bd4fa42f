import { Client } from 'pg';
import { createLogger, entitiesOf, openDatabase, type SubgraphDefinition } from '@fieldloop/platform';
import { Retailer } from '@fieldloop/customers';
import { Visit } from '@fieldloop/visits';
import { generateCustomersDemo, loadCustomersDemo, summarizeDemo, type CustomersDemo, type DemoOptions } from './demo/customers-demo';
import { generateVisitsDemo, loadVisitsDemo, summarizeVisitsDemo, type VisitsDemoSummary } from './demo/visits-demo';

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

export type LoadedDemoSummary = ReturnType<typeof summarizeDemo> & {
  /** The demo month of visits; absent when the visits schema already held visits. */
  visits?: VisitsDemoSummary;
};

/**
 * Brings every service's schema up to date and, when the customers schema holds no
 * retailers yet, loads the demo company, and then a month of its visits when the visits
 * schema holds none. Returns what was loaded, if anything.
 */
export async function prepareDatabase(databaseUrl: string, definitions: SubgraphDefinition[], demo: DemoOptions | undefined) {
  const logger = createLogger('prepare', 'warn');
  let loaded: LoadedDemoSummary | undefined;
  // The visits demo is drawn from the company just loaded (customers comes before visits).
  let customers: CustomersDemo | undefined;
  for (const definition of definitions) {
    const database = await openDatabase({ url: databaseUrl, schema: definition.name, entities: entitiesOf(definition), migrations: definition.migrations, logger, poolSize: 2 });
    try {
      if (definition.name === 'customers' && demo && (await database.dataSource.getRepository(Retailer).count()) === 0) {
        customers = generateCustomersDemo(demo);
        await loadCustomersDemo(database.dataSource, customers);
        loaded = summarizeDemo(customers);
      }
      if (definition.name === 'visits' && demo && customers && loaded && (await database.dataSource.getRepository(Visit).count()) === 0) {
        const visits = generateVisitsDemo(customers, { seed: demo.seed + 1 });
        await loadVisitsDemo(database.dataSource, visits);
        loaded.visits = summarizeVisitsDemo(visits);
      }
    } finally {
      await database.close();
    }
  }
  return loaded;
}
