import { defineEvent } from '@fieldloop/platform';
import { z } from 'zod';
import { AllowanceRule, ConfirmationMethod, DifferenceReason, OrderChannel, OrderStatus } from './order.enums';

/** Money travels as a decimal string of integer fen: JSON numbers lose fen past 2^53. */
const fen = z.string().regex(/^-?\d+$/);
const orderRef = z.object({
  orderId: z.uuid(),
  retailerId: z.uuid(),
  territoryId: z.uuid(),
  accountManagerId: z.uuid().nullable(),
});
const REFS = ['Order', 'Retailer', 'Territory', 'StaffMember'];

export const OrderPlaced = defineEvent({
  type: 'orders.order.placed',
  version: 1,
  description: 'An order was taken (phone, online or during a visit); cut lines were accepted up to the allowance',
  refs: REFS,
  payload: orderRef.extend({
    channel: z.enum(OrderChannel),
    takenById: z.uuid().nullable(),
    month: z.string(),
    cycle: z.string(),
    totalFen: fen,
    lines: z.array(z.object({ productId: z.uuid(), cartons: z.number().int().positive(), unitPriceFen: fen })).min(1),
    cuts: z.array(z.object({ productId: z.uuid(), requested: z.number().int(), accepted: z.number().int(), rule: z.enum(AllowanceRule) })),
  }),
});

export const OrderConfirmed = defineEvent({
  type: 'orders.order.confirmed',
  version: 1,
  description: 'The order was read back to the retailer and confirmed (回馈): who, how and when',
  refs: REFS,
  payload: orderRef.extend({
    confirmedById: z.uuid().nullable(),
    method: z.enum(ConfirmationMethod),
    confirmedAt: z.iso.datetime(),
    totalFen: fen,
  }),
});

export const FeedbackMissing = defineEvent({
  type: 'orders.feedback.missing',
  version: 1,
  description: 'An order was not confirmed back to the retailer within the configured time: a missing-feedback case',
  refs: REFS,
  payload: orderRef.extend({ placedAt: z.iso.datetime(), dueAt: z.iso.datetime() }),
});

export const OrderOutForDelivery = defineEvent({
  type: 'orders.order.out_for_delivery',
  version: 1,
  description: 'A driver was assigned and the order left the warehouse',
  refs: REFS,
  payload: orderRef.extend({ driverId: z.uuid() }),
});

const deliveredLine = z.object({
  productId: z.uuid(),
  productName: z.string(),
  confirmed: z.number().int(),
  delivered: z.number().int(),
  accepted: z.number().int(),
  reason: z.enum(DifferenceReason).nullable(),
});

export const OrderDelivered = defineEvent({
  type: 'orders.order.delivered',
  version: 1,
  description: 'The driver recorded the delivery: DELIVERED when every line was accepted as confirmed, else PARTIALLY_DELIVERED',
  refs: REFS,
  payload: orderRef.extend({
    driverId: z.uuid(),
    status: z.enum([OrderStatus.DELIVERED, OrderStatus.PARTIALLY_DELIVERED]),
    redelivery: z.boolean(),
    lines: z.array(deliveredLine).min(1),
  }),
});

export const OrderExceptionRaised = defineEvent({
  type: 'orders.exception.raised',
  version: 1,
  description:
    'A delivery differed from the confirmed quantities (seed 000: 8 ordered, 18 sent, all taken back): for the order clerk and the account manager. Lines carry both numbers',
  refs: REFS,
  payload: orderRef.extend({
    driverId: z.uuid(),
    shopName: z.string(),
    lines: z.array(deliveredLine).min(1),
  }),
});

export const OrderCancelled = defineEvent({
  type: 'orders.order.cancelled',
  version: 1,
  description: 'An order was cancelled before delivery; its allowance was given back',
  refs: REFS,
  payload: orderRef.extend({ reason: z.string() }),
});

export const OrderDraftCreated = defineEvent({
  type: 'orders.draft.created',
  version: 1,
  description: "A visit's order intent became a draft order for the order clerk to call back on",
  refs: ['Retailer', 'Territory', 'StaffMember'],
  payload: z.object({
    draftId: z.uuid(),
    visitId: z.uuid(),
    retailerId: z.uuid(),
    territoryId: z.uuid(),
    accountManagerId: z.uuid().nullable(),
    lines: z.array(z.object({ product: z.string(), productId: z.uuid().nullable(), cartons: z.number().int() })).min(1),
  }),
});
