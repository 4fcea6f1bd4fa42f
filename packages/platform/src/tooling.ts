/**
 * What builds, tests, benchmarks and the dev runner use and a running service never does:
 * migration generation, supergraph composition, child processes, an embedded PostgreSQL.
 * Kept out of the runtime index (`@fieldloop/platform`) so a service loads none of it;
 * import it as `@fieldloop/platform/tooling`.
 */
export * from './migration-generator';
export * from './composition';
export * from './processes';
export * from './embedded-postgres';
