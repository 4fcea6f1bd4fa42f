#!/usr/bin/env node
// Usage (from a service folder, after `pnpm build`):
//   fieldloop-migration generate <name>   write a migration for what the entities changed
//   fieldloop-migration check             exit 1 if the entities and migrations differ
const { join } = require('node:path');
const platform = require('../dist/tooling');

async function main() {
  const [command, name] = process.argv.slice(2);
  const serviceDir = process.cwd();
  const exported = require(join(serviceDir, 'dist', 'index.js'));
  const definition = Object.values(exported).find((value) => value && value.name && value.entities && value.migrations);
  if (!definition) throw new Error(`no subgraph definition exported by ${serviceDir}/dist/index.js`);
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (command === 'generate' && name) {
    const file = await platform.generateMigration(definition, url, serviceDir, name);
    console.log(file ? `wrote ${file}` : 'entities match the migrations: nothing to generate');
  } else if (command === 'check') {
    const { upQueries } = await platform.pendingSchemaChanges(definition, url);
    for (const { query } of upQueries) console.log(query);
    process.exitCode = upQueries.length ? 1 : 0;
  } else {
    console.error('usage: fieldloop-migration generate <name> | check   (DATABASE_URL names a server to make a scratch database on)');
    process.exitCode = 2;
  }
}
main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
