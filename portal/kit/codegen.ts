/*
 * Typed documents for every portal app, from the committed supergraph (no server needed):
 * each app's `graphql(...)` calls become TypedDocumentNodes in its own `src/gql/`, so a page
 * reads its results as the API types them. Generation validates every document against the
 * supergraph and fails on any that no longer fits, and it runs in `pnpm run build` (so in
 * `npm test`). The output is not committed: it is a function of two committed inputs, and
 * apps written in parallel (one `src/gql/` each) would otherwise conflict on it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const portal = join(import.meta.dirname, '..');
// The kit (sign-in, refresh) and every app Vite builds: shell and remotes.
const apps = readdirSync(portal).filter((name) => name === 'kit' || existsSync(join(portal, name, 'vite.config.ts')));

const config: CodegenConfig = {
  schema: join(portal, '..', 'infra', 'gateway', 'supergraph.graphql'),
  ignoreNoDocuments: true,
  generates: Object.fromEntries(
    apps.map((app) => [
      join(portal, app, 'src', 'gql') + '/',
      {
        preset: 'client',
        documents: [join(portal, app, 'src', '**', '*.{ts,tsx}'), '!' + join(portal, app, 'src', 'gql', '**')],
        presetConfig: { fragmentMasking: false },
        config: {
          useTypeImports: true,
          // String unions, as the wire carries them; a page lists an enum's values with the kit's enumValues.
          enumsAsTypes: true,
          skipTypename: true,
          strictScalars: true,
          // The join__/link__ scalars are the gateway's routing metadata, never in an operation.
          scalars: {
            ID: 'string',
            DateTimeISO: 'string',
            JSONObject: 'Record<string, unknown>',
            SafeInt: 'number',
            join__FieldSet: 'never',
            link__Import: 'never',
          },
        },
      },
    ]),
  ),
};

export default config;
