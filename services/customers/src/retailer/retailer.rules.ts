import type { Violation } from '@fieldloop/platform';
import type { Retailer } from './retailer.entity';

/**
 * The customer-file fields an account manager is expected to keep filled so a colleague
 * can take the customer over (seed 004). Basic details are mandatory at creation.
 */
const FILE_FIELDS: Array<(retailer: Retailer) => unknown> = [
  (r) => r.business.plan,
  (r) => r.business.tradingHours,
  (r) => r.business.shopAreaSqm,
  (r) => r.business.monthlyTurnoverBand,
  (r) => r.personal.ownerBirthday,
  (r) => r.personal.interests,
  (r) => r.personal.preferences,
  (r) => r.personal.personalityType,
  (r) => r.logistics.deliveryWindow,
  (r) => r.creditGrade,
];

/** Share (0-1) of the customer file that is filled in. */
export function fileCompleteness(retailer: Retailer): number {
  const filled = FILE_FIELDS.filter((read) => {
    const value = read(retailer);
    return value !== null && value !== undefined && value !== '';
  }).length;
  return Math.round((filled / FILE_FIELDS.length) * 100) / 100;
}

/** Suspending or closing a retailer must say why; reactivating need not. */
export function statusChangeNeedsReason(status: string): boolean {
  return status !== 'ACTIVE';
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The earliest opening date believed: an older one is a typing mistake, not a shop. */
export const EARLIEST_OPENING = '1949-01-01';

/** A shop has opened by today (company time), and not before EARLIEST_OPENING. */
export function openingDateViolation(openedOn: string | undefined, today: string): Violation | undefined {
  if (openedOn === undefined) return undefined;
  if (openedOn > today)
    return { field: 'openedOn', rule: 'notInFuture', message: `openedOn must not be after today (${today}, company time)` };
  if (openedOn < EARLIEST_OPENING)
    return { field: 'openedOn', rule: 'notBefore', message: `openedOn must be on or after ${EARLIEST_OPENING}` };
  return undefined;
}
