import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Holds the layout of docs/new-service.md: every service is built the same way, and every
 * place a new service must be registered names it. A file that fits no role, or a service
 * missing from a registry, fails here rather than in review.
 */
const root = join(__dirname, '..');
const SERVICES = readdirSync(__dirname).filter((name) => statSync(join(__dirname, name)).isDirectory() && name !== 'node_modules');

/** `src/<feature>/<name>.<role>.ts`; `.test.ts` beside any of them. */
const ROLES = ['entity', 'inputs', 'service', 'resolver', 'rules', 'events', 'enums', 'scope', 'types', 'catalogue', 'job'];
/** `src/federated/`: other services' entities as stubs, and the projections kept of them. */
const FEDERATED_ROLES = ['reference', 'entity', 'projection'];
const KEBAB = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
const roleFile = (roles: string[]) => new RegExp(`^${KEBAB}\\.(?:${roles.join('|')})(?:\\.test)?\\.ts$`);
const MIGRATION = new RegExp(`^\\d{13}-${KEBAB}\\.ts$`);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

function misplaced(service: string): string[] {
  const src = join(__dirname, service, 'src');
  return filesUnder(src)
    .map((file) => relative(src, file).split('/'))
    .filter((parts) => {
      const [folder, name, ...deeper] = parts;
      if (parts.length === 1) return !['index.ts', 'main.ts', 'permissions.ts'].includes(folder);
      if (deeper.length) return true;
      if (folder === 'migrations') return name !== 'index.ts' && !MIGRATION.test(name);
      if (folder === 'federated') return !roleFile(FEDERATED_ROLES).test(name);
      // A feature's index.ts gathers its parts for index.ts (events/: every event the service publishes).
      return name !== 'index.ts' && !roleFile(ROLES).test(name);
    })
    .map((parts) => `services/${service}/src/${parts.join('/')}`);
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe.each(SERVICES)('services/%s', (service) => {
  it('has the files every service has', () => {
    const required = ['package.json', 'tsconfig.json', 'src/index.ts', 'src/main.ts', 'src/permissions.ts', 'src/migrations/index.ts'];
    expect(required.filter((path) => !existsSync(join(__dirname, service, path)))).toEqual([]);
    expect(JSON.parse(read(`services/${service}/package.json`)).name).toBe(`@fieldloop/${service}`);
  });

  it('keeps every source file in its place, named by its role', () => {
    expect(misplaced(service)).toEqual([]);
  });

  it('keeps its tests of the running service under test/', () => {
    const dir = join(__dirname, service, 'test');
    const files = existsSync(dir) ? readdirSync(dir) : [];
    // `<name>.fixtures.ts`: what several of the service's tests share (a team, a burst of events).
    expect(files.filter((name) => !/^[a-z0-9-]+((\.gateway)?\.test|\.fixtures)\.ts$/.test(name))).toEqual([]);
  });

  it('is registered everywhere a service is (docs/new-service.md, the checklist)', () => {
    const places: [string, RegExp][] = [
      ['infra/gateway/src/subgraphs.ts', new RegExp(`from '@fieldloop/${service}'`)],
      ['packages/platform/src/auth/permission-names.ts', new RegExp(`^\\s+'?${service}'?: \\[`, 'm')],
      ['tsconfig.json', new RegExp(`"services/${service}"`)],
      ['infra/postgres/init/01-roles.sh', new RegExp(`^create_service_role ${service} `, 'm')],
      ['docker-compose.yml', new RegExp(`^  ${service}:$`, 'm')],
    ];
    expect(places.filter(([path, pattern]) => !pattern.test(read(path))).map(([path]) => path)).toEqual([]);
  });
});
