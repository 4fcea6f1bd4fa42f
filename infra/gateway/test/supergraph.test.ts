import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { composeSupergraph } from '@fieldloop/platform/tooling';
import { SUPERGRAPH_PATH } from '../src/compose';
import { SUBGRAPHS } from '../src/subgraphs';

describe('the committed supergraph', () => {
  it('composes from every service and matches the committed file (run `pnpm compose` after a schema change)', async () => {
    const composed = await composeSupergraph(SUBGRAPHS);
    expect(composed).toBe(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  });

  it('exposes the shared entities with their keys, for other subgraphs to extend', async () => {
    const composed = await composeSupergraph(SUBGRAPHS);
    for (const entity of ['Retailer', 'Territory', 'StaffMember']) {
      expect(composed).toMatch(new RegExp(`type ${entity}\\b[^{]*@join__type\\(graph: CUSTOMERS, key: "id"\\)`));
    }
  });
});
