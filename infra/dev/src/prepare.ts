import { Client } from 'pg';
import { createLogger, entitiesOf, openDatabase, type SubgraphDefinition } from '@fieldloop/platform';
import { Retailer } from '@fieldloop/customers';
import { Case } from '@fieldloop/complaints';
import { Visit, VisitPlan } from '@fieldloop/visits';
import { loadComplaintsDemo, type ComplaintsDemoSummary } from './demo/complaints-demo';
import type { DataSource } from './demo/insert-rows';
import { generateCustomersDemo, loadCustomersDemo, summarizeDemo, type CustomersDemo, type DemoOptions } from './demo/customers-demo';
import { generateVisitsDemo, loadVisitsDemo, summarizeVisitsDemo, visitsDemoDays, type VisitsDemoSummary } from './demo/visits-demo';

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
  /** The demo month of cases; absent when the complaints schema already held cases. */
  complaints?: ComplaintsDemoSummary;
};

/**
 * A later start of the demo company: the days since the last start, up to today, so "visits
 * today" and this month's figures stay current. Only when the database holds this very demo
 * (same seed: its first plan is there); anything else is left alone. Returns the days added.
 */
async function catchUpVisitsDemo(dataSource: DataSource, demo: DemoOptions, now: Date): Promise<number> {
  const [{ last }] = await dataSource.query('SELECT max(plan_date)::text AS last FROM visit_plan');
  const full = generateVisitsDemo(generateCustomersDemo(demo), { seed: demo.seed + 1, now });
  const missing = full.days.filter((day) => !last || day > last);
  if (missing.length === 0 || !(await dataSource.getRepository(VisitPlan).existsBy({ id: full.plans[0].id }))) return 0;
  await loadVisitsDemo(dataSource, visitsDemoDays(full, missing));
  return missing.length;
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
 * Brings every service's schema up to date and, when the customers schema holds no
 * retailers yet, loads the demo company, and then its visits up to `now` when the visits
 * schema holds none; on later starts, adds the demo's days since the last start. Returns what
 * was loaded, if anything, and how many days were added; what was loaded is VACUUM ANALYZEd.
 */
export async function prepareDatabase(
  databaseUrl: string,
  definitions: SubgraphDefinition[],
  demo: DemoOptions | undefined,
  now = new Date(),
) {
  const logger = createLogger('prepare', 'warn');
  let loaded: LoadedDemoSummary | undefined;
  // The visits demo is drawn from the company just loaded (customers comes before visits).
  let customers: CustomersDemo | undefined;
  let daysAdded = 0;
  for (const definition of definitions) {
    const database = await openDatabase({
      url: databaseUrl,
      schema: definition.name,
      entities: entitiesOf(definition),
      migrations: definition.migrations,
      logger,
      poolSize: 2,
    });
    try {
      if (definition.name === 'customers' && demo && (await database.dataSource.getRepository(Retailer).count()) === 0) {
        customers = generateCustomersDemo(demo);
        await loadCustomersDemo(database.dataSource, customers);
        loaded = summarizeDemo(customers);
      }
      if (definition.name === 'visits' && demo && customers && loaded && (await database.dataSource.getRepository(Visit).count()) === 0) {
        const visits = generateVisitsDemo(customers, { seed: demo.seed + 1, now });
        await loadVisitsDemo(database.dataSource, visits);
        loaded.visits = summarizeVisitsDemo(visits);
      } else if (definition.name === 'visits' && demo && !loaded) {
        daysAdded = await catchUpVisitsDemo(database.dataSource, demo, now);
      }
      if (
        definition.name === 'complaints' &&
        demo &&
        customers &&
        loaded &&
        (await database.dataSource.getRepository(Case).count()) === 0
      ) {
        loaded.complaints = await loadComplaintsDemo(database.dataSource, customers, { seed: demo.seed + 2, now });
      }
      if (loaded || daysAdded) await vacuumAnalyze(database.dataSource);
    } finally {
      await database.close();
    }
  }
  return { loaded, daysAdded };
}
