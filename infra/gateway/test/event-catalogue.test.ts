import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { EVENT_CATALOGUE_PATH, renderEventCatalogue } from '../src/event-catalogue';
import { SUBGRAPHS } from '../src/subgraphs';

describe('docs/events.md', () => {
  it('matches the events and consumers the services declare (run `pnpm events:catalogue`)', () => {
    expect(readFileSync(EVENT_CATALOGUE_PATH, 'utf8')).toBe(renderEventCatalogue(SUBGRAPHS));
  });

  it('names the consumers of the events they follow', () => {
    expect(renderEventCatalogue(SUBGRAPHS)).toMatch(
      /## `customers.retailer.created` \(v1\)[\s\S]*?Consumers: customers \(retailer-story\); visits \(customers-projection\)/,
    );
    expect(renderEventCatalogue(SUBGRAPHS)).toMatch(/## `orders.retailer_quota.set` \(v1\)[\s\S]*?Consumers: customers \(retailer-story\)/);
  });
});
