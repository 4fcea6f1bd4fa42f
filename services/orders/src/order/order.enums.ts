import { registerEnumType } from 'type-graphql';

export enum OrderChannel {
  PHONE = 'PHONE',
  ONLINE = 'ONLINE',
  VISIT = 'VISIT',
}

export enum OrderStatus {
  PLACED = 'PLACED',
  CONFIRMED = 'CONFIRMED',
  OUT_FOR_DELIVERY = 'OUT_FOR_DELIVERY',
  DELIVERED = 'DELIVERED',
  PARTIALLY_DELIVERED = 'PARTIALLY_DELIVERED',
  CANCELLED = 'CANCELLED',
  REJECTED = 'REJECTED',
}

/** How the order was read back to the retailer (回馈). */
export enum ConfirmationMethod {
  PHONE_CALL = 'PHONE_CALL',
  SMS = 'SMS',
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
}

/** Why a line's delivered or accepted quantity differs from the confirmed one. */
export enum DifferenceReason {
  REFUSED = 'REFUSED',
  DAMAGED = 'DAMAGED',
  WRONG_PRODUCT = 'WRONG_PRODUCT',
  OVER_DELIVERED = 'OVER_DELIVERED',
  SHORT = 'SHORT',
}

/** What limited a line's cut when an order was accepted up to the allowance. */
export enum AllowanceRule {
  MONTHLY_QUOTA = 'MONTHLY_QUOTA',
  PRODUCT_LIMIT = 'PRODUCT_LIMIT',
}

export enum DraftStatus {
  OPEN = 'OPEN',
  PLACED = 'PLACED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(OrderChannel, { name: 'OrderChannel' });
registerEnumType(OrderStatus, { name: 'OrderStatus' });
registerEnumType(ConfirmationMethod, { name: 'ConfirmationMethod', description: 'How an order was read back (回馈)' });
registerEnumType(DifferenceReason, { name: 'DifferenceReason', description: 'Why delivered or accepted cartons differ from confirmed' });
registerEnumType(AllowanceRule, { name: 'AllowanceRule' });
registerEnumType(DraftStatus, { name: 'DraftStatus' });
