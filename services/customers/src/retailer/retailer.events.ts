import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';
import { BusinessType, RetailerStatus } from './retailer.enums';

/** Basic details other services keep copies of (visits plans routes and checks distances). */
const retailerBasics = z.object({
  licenceNumber: z.string(),
  shopName: z.string(),
  territoryId: z.uuid(),
  routeSequence: z.number().int(),
  latitude: z.number(),
  longitude: z.number(),
  status: z.enum(RetailerStatus),
  tier: z.number().int(),
  businessType: z.enum(BusinessType),
});
export const RETAILER_BASIC_FIELDS = Object.keys(retailerBasics.shape) as (keyof z.infer<typeof retailerBasics>)[];

export const RetailerCreated = defineEvent({
  type: 'customers.retailer.created',
  version: 1,
  description: 'A retailer was registered',
  refs: ['Retailer', 'Territory'],
  payload: retailerBasics.extend({ retailerId: z.uuid() }),
});

export const RetailerChanged = defineEvent({
  type: 'customers.retailer.changed',
  version: 1,
  description:
    "A retailer's details changed. Basic fields carry their new value; customer-file fields (personal data) are named in changedFields only",
  refs: ['Retailer', 'Territory'],
  payload: retailerBasics.partial().extend({ retailerId: z.uuid(), territoryId: z.uuid(), changedFields: z.array(z.string()).min(1) }),
});

export const RetailerStatusChanged = defineEvent({
  type: 'customers.retailer.status_changed',
  version: 1,
  description: 'A retailer was suspended, closed or reactivated',
  refs: ['Retailer', 'Territory'],
  payload: z.object({
    retailerId: z.uuid(),
    territoryId: z.uuid(),
    status: z.enum(RetailerStatus),
    previousStatus: z.enum(RetailerStatus),
    reason: z.string().nullable(),
  }),
});
