import { Client } from 'pg';
import {
  DataSource,
  type EntityManager,
  type EntitySchema,
  type EntityTarget,
  type FindOptionsWhere,
  type Logger as TypeOrmLogger,
  type MixedList,
  type ObjectLiteral,
} from 'typeorm';
import { NotFoundError } from './errors';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import type { Logger } from './logger';

export interface SqlStatement {
  query: string;
  parameters: unknown[];
}

/**
 * Counts every statement a DataSource sends, so tests can bound queries per request, and
 * keeps them while `record` runs, so a test can read (and EXPLAIN) the SQL a request ran.
 */
export class SqlStatementCounter implements TypeOrmLogger {
  count = 0;
  private recording?: SqlStatement[];
  constructor(private readonly logger: Logger) {}

  /** The statements sent while `work` runs (one recording at a time). */
  async record(work: () => Promise<unknown>): Promise<SqlStatement[]> {
    if (this.recording) throw new Error('already recording SQL statements');
    const statements: SqlStatement[] = [];
    this.recording = statements;
    try {
      await work();
    } finally {
      this.recording = undefined;
    }
    return statements;
  }

  logQuery(query: string, parameters?: unknown[]) {
    this.count += 1;
    this.recording?.push({ query, parameters: parameters ?? [] });
    if (this.logger.isLevelEnabled('trace')) this.logger.trace({ query, parameters }, 'sql');
  }
  logQueryError(error: string | Error, query: string) {
    // The error reaches the caller, which decides whether it is worth a warning.
    this.logger.debug({ err: error, query }, 'sql failed');
  }
  logQuerySlow(time: number, query: string) {
    this.logger.warn({ time, query }, 'slow sql');
  }
  logSchemaBuild(message: string) {
    this.logger.debug(message);
  }
  logMigration(message: string) {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    this.logger[level === 'log' ? 'debug' : level](String(message));
  }
}

export interface DatabaseOptions {
  url: string;
  /** The PostgreSQL schema this service owns; nothing else reads or writes it. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  logger: Logger;
  runMigrations?: boolean;
  poolSize?: number;
}

export interface Database {
  dataSource: DataSource;
  statements: SqlStatementCounter;
  close(): Promise<void>;
}

/**
 * TypeORM creates its migrations table inside the schema, so the schema must exist first.
 * Looking before creating lets a service role that owns only its schema (and may not create
 * schemas) start, since PostgreSQL checks the right even for IF NOT EXISTS.
 */
export async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (!rowCount) await client.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await client.end();
  }
}

export function createDataSource(options: DatabaseOptions, statements?: SqlStatementCounter): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: statements ? ['query', 'error', 'warn', 'migration'] : ['error', 'warn', 'migration'],
    logger: statements ?? new SqlStatementCounter(options.logger),
    maxQueryExecutionTime: 1000,
    applicationName: `fieldloop-${options.schema}`,
    // Unqualified names in hand-written SQL resolve to this service's own schema.
    extra: { max: options.poolSize ?? 10, options: `-c search_path=${options.schema},public` },
  });
}

/** Opens the service's DataSource on its own schema and brings the schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  await ensureSchema(options.url, options.schema);
  const statements = new SqlStatementCounter(options.logger);
  const dataSource = createDataSource(options, statements);
  await dataSource.initialize();
  if (options.runMigrations !== false) {
    await dataSource.runMigrations({ transaction: 'each' });
  }
  return { dataSource, statements, close: () => dataSource.destroy() };
}

/**
 * The row with this id, locked for update until the caller's transaction ends, or NOT_FOUND:
 * the start of every read-check-write mutation.
 */
export async function lockById<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  /** The caller's scope: a row outside it is NOT_FOUND, the same as a missing one. */
  inScope: (row: T) => boolean | Promise<boolean> = () => true,
): Promise<T> {
  const row = await manager.findOne(entity, { where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
  if (!row || !(await inScope(row))) throw new NotFoundError(manager.connection.getMetadata(entity).name, id);
  return row;
}
