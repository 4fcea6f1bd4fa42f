import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { defineEvent, ref } from './event';
import { outboxRow } from './outbox';

const ThingMoved = defineEvent({
  type: 'test.thing.moved',
  version: 1,
  description: 'A thing moved to another territory',
  refs: ['Thing', 'Territory'],
  payload: z.object({ thingId: z.uuid(), territoryId: z.uuid() }),
});

const thingId = '6f1d2a40-3c5e-4f1b-9a7d-2b8c4e6f0a11';
const territoryId = '0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b';

describe('outboxRow', () => {
  it('keeps the declared refs and checks the payload against the schema', () => {
    const row = outboxRow(ThingMoved, { refs: [ref('Thing', thingId), ref('Territory', territoryId)], payload: { thingId, territoryId } });
    expect(row).toMatchObject({
      type: 'test.thing.moved',
      version: 1,
      actor: null,
      refs: [
        { type: 'Thing', id: thingId },
        { type: 'Territory', id: territoryId },
      ],
    });
    expect(() => outboxRow(ThingMoved, { refs: [], payload: { thingId: 'not-a-uuid', territoryId } })).toThrow(/thingId/);
  });

  it('takes only refs of the types the event declares (checked when compiling)', () => {
    // @ts-expect-error: ThingMoved does not declare Retailer refs
    const row = outboxRow(ThingMoved, { refs: [ref('Retailer', thingId)], payload: { thingId, territoryId } });
    expect(row.refs).toEqual([{ type: 'Retailer', id: thingId }]);
  });
});
