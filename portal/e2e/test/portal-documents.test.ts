import { describe, expect, it } from '@jest/globals';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  buildSchema,
  Kind,
  NoUnusedFragmentsRule,
  parse,
  specifiedRules,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { LIMITS } from '../../../infra/gateway/gateway.config';

/*
 * Every GraphQL document the portal sends, checked as the gateway will check it: against the
 * committed supergraph (the build's codegen does that too) and within the gateway's abuse
 * limits, which refuse a page's query at run time (a team of 50 costs more than 5,000).
 */

const root = join(__dirname, '..', '..', '..');
const schema = buildSchema(readFileSync(join(root, 'infra', 'gateway', 'supergraph.graphql'), 'utf8'), { assumeValidSDL: true });

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' || entry.name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Each app's `graphql(`…`)` documents and its plain-text ones (a template marked
 * `/* GraphQL *\/`, as the kit's sign-in is, its `${…}` being fragments defined in the same
 * app): its operations, with the fragments it defines.
 */
const apps = readdirSync(join(root, 'portal'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['e2e', 'server', 'node_modules'].includes(entry.name))
  .map((entry) => {
    const definitions = sources(join(root, 'portal', entry.name, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:graphql\(|\/\* GraphQL \*\/ )`([^`]*)`/g)].flatMap((match) =>
        parse(match[1].replace(/\$\{\w+\}/g, '')).definitions.map((definition) => ({ file: relative(root, file), definition })),
      ),
    );
    return { app: entry.name, definitions };
  });
const fragments = (definitions: { definition: DefinitionNode }[]) =>
  definitions.map(({ definition }) => definition).filter((definition) => definition.kind === 'FragmentDefinition');

/** What ApolloClient sends: `__typename` in every selection set below the root (the gateway counts its cost). */
const withTypenames = (document: DocumentNode): DocumentNode =>
  visit(document, {
    SelectionSet: (set, _key, parent) =>
      parent && 'kind' in parent && parent.kind === 'OperationDefinition'
        ? undefined
        : set.selections.some((selection) => selection.kind === 'Field' && selection.name.value === '__typename')
          ? undefined
          : { ...set, selections: [...set.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] },
  });

const operations = apps.flatMap(({ app, definitions }) =>
  definitions
    .filter(({ definition }) => definition.kind === 'OperationDefinition')
    .map(({ file, definition }) => ({
      name: `${app}: ${(definition as OperationDefinitionNode).name?.value} (${file})`,
      document: withTypenames({ kind: Kind.DOCUMENT, definitions: [definition, ...fragments(definitions)] }),
    })),
);

describe('portal documents', () => {
  it('are found in every app', () => {
    const withoutOperations = apps
      .filter(({ definitions }) => !definitions.some(({ definition }) => definition.kind === 'OperationDefinition'))
      .map(({ app }) => app);
    expect(withoutOperations).toEqual([]);
    expect(operations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^shell: ActivityScope/),
        expect.stringMatching(/^customers: Retailer360/),
        expect.stringMatching(/^visits: TeamFigures/),
        expect.stringMatching(/^orders: OrderPage/),
        expect.stringMatching(/^complaints: LoopBoard/),
      ]),
    );
  });

  it.each(operations)('$name validates against the supergraph and within the gateway’s cost limit', ({ document }) => {
    const costLimit = costLimitRule({ maxCost: LIMITS.cost, onReject: [], propagateOnRejection: true }) as ValidationRule;
    let errors: readonly Error[];
    try {
      // Each operation carries all of its app's fragments, used or not.
      const rules = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);
      errors = validate(schema, document, [costLimit]).concat(validate(schema, document, rules));
    } catch (error) {
      // The rule reports by throwing when propagateOnRejection is set.
      errors = [error as Error];
    }
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
