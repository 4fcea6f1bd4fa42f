import type { Database } from '@fieldloop/platform';

// The platform owns TypeORM; taking its DataSource type keeps this package off a second copy.
export type DataSource = Database['dataSource'];
export type EntityManager = DataSource['manager'];
export type EntityClass = Parameters<DataSource['getMetadata']>[0];

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table (retailers, 30 columns). */
export const INSERT_CHUNK = 1000;

/**
 * Multi-row INSERTs built from the entity metadata. TypeORM's insert query builder spent
 * more time composing SQL than PostgreSQL spent running it (about 6 s against 2.5 s for
 * 20,000 retailers); the driver's own value preparation keeps TypeORM's conversions.
 * Columns the rows leave undefined (createdAt, updatedAt) take their database defaults.
 */
export async function insertRows(manager: EntityManager, entity: EntityClass, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((column) => column.getEntityValue(rows[0]) !== undefined);
  const table = [metadata.schema, metadata.tableName]
    .filter((part) => part !== undefined)
    .map((part) => driver.escape(part))
    .join('.');
  const columnList = columns.map((column) => driver.escape(column.databaseName)).join(', ');

  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const parameters: unknown[] = [];
    const tuples = rows.slice(start, start + INSERT_CHUNK).map((row) => {
      const placeholders = columns.map((column) => {
        const value = column.getEntityValue(row);
        if (value === undefined)
          throw new Error(`${metadata.name} row ${column.propertyPath} is missing; demo rows must all have the same fields`);
        parameters.push(driver.preparePersistentValue(value, column));
        return `$${parameters.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(`INSERT INTO ${table} (${columnList}) VALUES ${tuples.join(', ')}`, parameters);
  }
}
