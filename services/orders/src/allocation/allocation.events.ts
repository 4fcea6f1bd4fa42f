import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';

export const RetailerQuotaSet = defineEvent({
  type: 'orders.retailer_quota.set',
  version: 1,
  description:
    "A retailer's own monthly quota was set, changed or removed (null: back to its tier's); the reason is what the supervisor wrote",
  refs: ['Retailer', 'Territory'],
  payload: z.object({
    retailerId: z.uuid(),
    territoryId: z.uuid(),
    monthlyCartons: z.number().int().nullable(),
    previousMonthlyCartons: z.number().int().nullable(),
    reason: z.string(),
  }),
});
