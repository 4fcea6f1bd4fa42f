import { describe, expect, it } from '@jest/globals';
import { EARLIEST_OPENING, openingDateViolation } from './retailer.rules';

describe('opening dates', () => {
  it('are today at the latest and not before 1949', () => {
    expect(openingDateViolation('2026-11-23', '2026-11-23')).toBeUndefined();
    expect(openingDateViolation(EARLIEST_OPENING, '2026-11-23')).toBeUndefined();
    expect(openingDateViolation(undefined, '2026-11-23')).toBeUndefined();
    expect(openingDateViolation('2026-11-24', '2026-11-23')).toEqual({
      field: 'openedOn',
      rule: 'notInFuture',
      message: 'openedOn must not be after today (2026-11-23, company time)',
    });
    expect(openingDateViolation('1948-12-31', '2026-11-23')?.rule).toBe('notBefore');
  });
});
