import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '@fieldloop/platform/tooling';
import { SUBGRAPHS } from './subgraphs';

export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

/** `pnpm compose`: writes the committed supergraph from every service's printed SDL. */
async function main() {
  const supergraph = await composeSupergraph(SUBGRAPHS);
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  console.log(`wrote ${SUPERGRAPH_PATH} (${SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')})`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
