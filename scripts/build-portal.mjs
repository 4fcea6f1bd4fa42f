#!/usr/bin/env node
// Builds the portal (part of `pnpm run build`, after `tsc -b`): generates each app's typed
// documents from the supergraph (portal/kit/codegen.ts; fails on any document the supergraph no
// longer validates), type-checks every app with
// `tsc --noEmit` (the federation plugin's own type generation never fails a build), bundles
// each with Vite, and prints each app's size.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const portal = join(root, 'portal');
const apps = readdirSync(portal).filter((name) => existsSync(join(portal, name, 'vite.config.ts')));

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} in ${cwd} failed:\n${output}`)),
    );
  });
}

const tsc = join(root, 'node_modules', '.bin', 'tsc');
const started = Date.now();
await run(join(portal, 'kit', 'node_modules', '.bin', 'graphql-codegen'), ['--config', join(portal, 'kit', 'codegen.ts')], root);
await Promise.all([
  ...apps.map((app) => run(tsc, ['--noEmit', '-p', join(portal, app)], root)),
  run(tsc, ['--noEmit', '-p', join(portal, 'tsconfig.node.json')], root),
]);
// Two at a time: Vite uses every core it gets, and CI machines have two.
for (let i = 0; i < apps.length; i += 2) {
  await Promise.all(
    apps
      .slice(i, i + 2)
      .map((app) => run(join(portal, app, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], join(portal, app))),
  );
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
// Compressed once here, served as they are by the portal server (sirv picks .br or .gz by the
// browser's Accept-Encoding): no compression work per request.
for (const app of apps) {
  for (const file of files(join(portal, app, 'dist')).filter((name) => /\.(js|css|html|svg|json)$/.test(name))) {
    const content = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

/** Gzip budgets per app, in KB, as docs/benchmarks.md states them (the portal section). */
const GZIP_BUDGET_KB = { shell: 330, customers: 100, visits: 270 };
/** What a visitor not signed in fetches before the sign-in form works, in KB gzip (same section). */
const FIRST_PAINT_GZIP_BUDGET_KB = 20;

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const size = (list) => list.reduce((sum, file) => sum + statSync(file).size, 0);
// The .gz copies written above are what the portal serves: their size is the gzip figure.
const gzip = (list) => size(list.map((file) => `${file}.gz`));
const verdict = (gzipBytes, budgetKb) => (budgetKb ? `, budget ${budgetKb} KB${gzipBytes > budgetKb * 1024 ? ': OVER BUDGET' : ''}` : '');
const lines = [`portal built in ${((Date.now() - started) / 1000).toFixed(1)} s (type-checked, bundled):`];
for (const app of apps) {
  const all = files(join(portal, app, 'dist')).filter((file) => /\.(js|css|html)$/.test(file));
  // A remote's build also carries fallback copies of the shared packages (…__prebuild__…),
  // fetched only when no shell provides them: what the portal downloads is the rest.
  const own = all.filter((file) => !file.includes('__prebuild__'));
  const fallbacks =
    app !== 'shell' && all.length - own.length ? `; plus ${kb(size(all) - size(own))} of shared fallbacks the shell makes unnecessary` : '';
  lines.push(
    `  ${app.padEnd(10)} ${kb(size(own)).padStart(8)} (${kb(gzip(own))} gzip${verdict(gzip(own), GZIP_BUDGET_KB[app])})${fallbacks}`,
  );
}

/**
 * The shell's index.html, and the scripts and styles it loads with everything they import
 * statically: what the browser fetches before the sign-in form is interactive (the form needs
 * nothing imported dynamically; the federated app is, after sign-in).
 */
function firstPaintFiles(dist) {
  const html = join(dist, 'index.html');
  const found = new Set([html]);
  const pending = [...readFileSync(html, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) =>
    join(dist, match[1]),
  );
  while (pending.length > 0) {
    const file = pending.pop();
    if (found.has(file)) continue;
    found.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\b(?:import|export)\s*(?:[^'"`()]*?\bfrom\s*)?["'](\.\.?\/[^"']+)["']/g))
      pending.push(join(dirname(file), match[1]));
  }
  return [...found];
}
const firstPaint = firstPaintFiles(join(portal, 'shell', 'dist'));
lines.push(
  `  shell: before the sign-in form paints ${kb(size(firstPaint))} (${kb(gzip(firstPaint))} gzip${verdict(gzip(firstPaint), FIRST_PAINT_GZIP_BUDGET_KB)}; ${firstPaint.length} files)`,
);
console.log(lines.join('\n'));
