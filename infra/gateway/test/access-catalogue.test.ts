import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ACCESS_CATALOGUE_PATH, renderAccessCatalogue } from '../src/access-catalogue';
import { SUBGRAPHS } from '../src/subgraphs';

describe('docs/access.md', () => {
  it('matches the permissions and @Authorized decorators of the services (run `pnpm access:catalogue`)', async () => {
    expect(readFileSync(ACCESS_CATALOGUE_PATH, 'utf8')).toBe(await renderAccessCatalogue(SUBGRAPHS));
  });

  it('lists what each permission guards', async () => {
    const text = await renderAccessCatalogue(SUBGRAPHS);
    expect(text).toMatch(/\| `visits:review`: [^|]+\| ✓ \| ✓ \|[^\n]*`Mutation.approveVisitPlan`/);
    expect(text).toMatch(/`customers:read-personal`[^\n]*`Retailer.personal`/);
  });
});
