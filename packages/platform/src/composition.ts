import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { printSubgraphSdl, type SubgraphDefinition } from './subgraph';

export class CompositionError extends Error {
  constructor(readonly errors: readonly Error[]) {
    super(`Supergraph composition failed:\n  ${errors.map((error) => error.message).join('\n  ')}`);
    this.name = 'CompositionError';
  }
}

export const defaultSubgraphUrl = (definition: SubgraphDefinition) => `http://localhost:${definition.defaultPort}/graphql`;

/**
 * Composes the subgraphs' printed SDL into a Federation 2 supergraph, without running any
 * of them. The URLs baked in are defaults; the gateway can override each at run time.
 */
export async function composeSupergraph(
  definitions: SubgraphDefinition[],
  urlOf: (definition: SubgraphDefinition) => string = defaultSubgraphUrl,
): Promise<string> {
  const services = await Promise.all(
    definitions.map(async (definition) => ({
      name: definition.name,
      url: urlOf(definition),
      typeDefs: parse(await printSubgraphSdl(definition)),
    })),
  );
  const result = composeServices(services);
  if (result.errors?.length) throw new CompositionError(result.errors);
  if (!result.supergraphSdl) throw new CompositionError([new Error('no supergraph produced')]);
  return `${result.supergraphSdl.trim()}\n`;
}
