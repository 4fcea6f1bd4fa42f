import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';

export const RegionCreated = defineEvent({
  type: 'customers.region.created',
  version: 1,
  description: 'A region was created; inCompanyArea decides complaint deadlines (12 h inside, 24 h outside)',
  refs: [],
  payload: z.object({ regionId: z.uuid(), code: z.string(), name: z.string(), inCompanyArea: z.boolean() }),
});
