import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDatabase } from './database';
import { createLogger } from './logger';
import { entitiesOf, type SubgraphDefinition } from './subgraph';

function databaseUrlFor(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Schema changes the entities need beyond the service's migrations: apply the migrations to a
 * scratch database, then ask TypeORM what is still missing. Empty means no drift.
 */
export async function pendingSchemaChanges(definition: SubgraphDefinition, serverUrl: string) {
  const scratch = `fieldloop_scratch_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const database = await openDatabase({
      url: databaseUrlFor(serverUrl, scratch),
      schema: definition.name,
      entities: entitiesOf(definition),
      migrations: definition.migrations,
      logger: createLogger(`${definition.name}-migrations`, 'warn'),
    });
    try {
      return await database.dataSource.driver.createSchemaBuilder().log();
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
}

const quote = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

/** Writes `src/migrations/<timestamp>-<name>.ts` and re-lists the migrations in `index.ts`. */
export async function generateMigration(definition: SubgraphDefinition, serverUrl: string, serviceDir: string, name: string) {
  const { upQueries, downQueries } = await pendingSchemaChanges(definition, serverUrl);
  if (upQueries.length === 0) return undefined;
  const timestamp = Date.now();
  const className = `${name.replace(/(^|[-_ ])(\w)/g, (_, __, c: string) => c.toUpperCase())}${timestamp}`;
  const directory = join(serviceDir, 'src', 'migrations');
  const fileName = `${timestamp}-${name.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()}`;
  const body = (queries: { query: string }[]) => queries.map(({ query }) => `    await queryRunner.query(${quote(query)});`).join('\n');
  writeFileSync(
    join(directory, `${fileName}.ts`),
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${body(upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${body([...downQueries].reverse())}
  }
}
`,
  );
  writeMigrationIndex(directory);
  return join(directory, `${fileName}.ts`);
}

function writeMigrationIndex(directory: string) {
  const files = readdirSync(directory)
    .filter((file) => /^\d+-.+\.ts$/.test(file))
    .sort();
  const imports = files.map((file, index) => `import * as m${index} from './${file.replace(/\.ts$/, '')}';`);
  writeFileSync(
    join(directory, 'index.ts'),
    `// Written by \`pnpm migration:generate\`: every migration of this service, oldest first.
${imports.join('\n')}

export const migrations: Function[] = [${files.map((_, index) => `...Object.values(m${index})`).join(', ')}];
`,
  );
}
