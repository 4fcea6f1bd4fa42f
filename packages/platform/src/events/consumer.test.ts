import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { defineConsumer, on } from './consumer';
import { defineEvent, type DomainEvent } from './event';

const ThingCreated = defineEvent({
  type: 'test.thing.created',
  version: 1,
  description: 'A thing was made',
  refs: ['Thing'],
  payload: z.object({ thingId: z.uuid(), weight: z.number().int() }),
});
const ThingDropped = defineEvent({
  type: 'test.thing.dropped',
  version: 1,
  description: 'A thing was dropped',
  refs: ['Thing'],
  payload: z.object({ thingId: z.uuid() }),
});

const thingId = '6f1d2a40-3c5e-4f1b-9a7d-2b8c4e6f0a11';
const manager = {} as EntityManager;
const eventOf = (type: string, payload: Record<string, unknown>): DomainEvent => ({
  position: '7',
  id: 'e7',
  source: 'test',
  type,
  version: 1,
  occurredAt: new Date(),
  actor: null,
  refs: [{ type: 'Thing', id: thingId }],
  payload,
});

describe('defineConsumer with on(event, handler)', () => {
  const applied: string[] = [];
  const consumer = defineConsumer({
    name: 'things',
    description: 'Keeps a list of things',
    handlers: [
      on(
        ThingCreated,
        async (payload, { event }) => void applied.push(`${event.position}: created ${payload.thingId} of ${payload.weight}`),
      ),
      on(ThingDropped, async (payload) => void applied.push(`dropped ${payload.thingId}`)),
    ],
  });

  it('reads exactly the event types it handles', () => {
    expect(consumer.filter).toEqual({ types: ['test.thing.created', 'test.thing.dropped'] });
  });

  it('hands each handler its payload parsed by the event schema', async () => {
    await consumer.handle(eventOf('test.thing.created', { thingId, weight: 3 }), manager);
    await consumer.handle(eventOf('test.thing.dropped', { thingId }), manager);
    expect(applied).toEqual([`7: created ${thingId} of 3`, `dropped ${thingId}`]);
  });

  it('refuses a payload its schema does not accept, so the batch rolls back and is retried', async () => {
    await expect(consumer.handle(eventOf('test.thing.created', { thingId, weight: 'heavy' }), manager)).rejects.toThrow(/weight/);
  });
});
