import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';

const territorySnapshot = z.object({
  territoryId: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionId: z.uuid(),
  accountManagerId: z.uuid().nullable(),
  visitFrequencyPerWeek: z.number().int(),
});

export const TerritoryCreated = defineEvent({
  type: 'customers.territory.created',
  version: 1,
  description: 'A territory (route) was created',
  refs: ['Territory'],
  payload: territorySnapshot,
});

export const TerritoryChanged = defineEvent({
  type: 'customers.territory.changed',
  version: 1,
  description: 'A territory changed (its account manager, region, name or visit frequency); the payload is the whole territory',
  refs: ['Territory'],
  payload: territorySnapshot,
});
