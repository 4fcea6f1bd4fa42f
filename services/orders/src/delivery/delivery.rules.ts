import type { Violation } from '@fieldloop/platform';
import { DifferenceReason } from '../order/order.enums';

export interface ConfirmedLine {
  productId: string;
  confirmed: number;
}

export interface ReportedLine {
  productId: string;
  delivered: number;
  accepted: number;
  reason?: DifferenceReason | null;
}

/**
 * What a driver's record must hold: each line reported once, of a product on the order;
 * the retailer keeps no more than was brought nor more than was confirmed; every difference
 * from the confirmed cartons carries its reason.
 */
export function deliveryViolations(expected: ConfirmedLine[], reported: ReportedLine[]): Violation[] {
  const violations: Violation[] = [];
  const seen = new Set<string>();
  reported.forEach((line, index) => {
    const at = `lines.${index}`;
    const ordered = expected.find((candidate) => candidate.productId === line.productId);
    if (!ordered) {
      violations.push({ field: `${at}.productId`, rule: 'on_order', message: `${at}.productId is not a line of this delivery` });
      return;
    }
    if (seen.has(line.productId))
      violations.push({ field: `${at}.productId`, rule: 'unique', message: `${at}.productId is reported twice` });
    seen.add(line.productId);
    if (line.accepted > line.delivered) {
      violations.push({
        field: `${at}.accepted`,
        rule: 'at_most_delivered',
        message: `${at}.accepted must not exceed the ${line.delivered} delivered`,
      });
    }
    if (line.accepted > ordered.confirmed) {
      violations.push({
        field: `${at}.accepted`,
        rule: 'at_most_confirmed',
        message: `${at}.accepted must not exceed the ${ordered.confirmed} confirmed`,
      });
    }
    if (isDifferent(ordered.confirmed, line) && !line.reason) {
      violations.push({
        field: `${at}.reason`,
        rule: 'required',
        message: `${at}.reason is required: ${line.delivered} delivered and ${line.accepted} accepted of ${ordered.confirmed} confirmed`,
      });
    }
  });
  const missing = expected.filter((line) => !seen.has(line.productId));
  if (missing.length && violations.length === 0) {
    violations.push({
      field: 'lines',
      rule: 'every_line',
      message: `lines must report every line of the delivery (${missing.length} missing)`,
    });
  }
  return violations;
}

export const isDifferent = (confirmed: number, line: Pick<ReportedLine, 'delivered' | 'accepted'>) =>
  line.delivered !== confirmed || line.accepted !== confirmed;

/** The reason a difference most plainly has, for a record that gave none (demo data). */
export function plainReason(confirmed: number, line: Pick<ReportedLine, 'delivered' | 'accepted'>): DifferenceReason | null {
  if (!isDifferent(confirmed, line)) return null;
  if (line.delivered > confirmed) return DifferenceReason.OVER_DELIVERED;
  if (line.delivered < confirmed) return DifferenceReason.SHORT;
  return DifferenceReason.REFUSED;
}
