import { describe, expect, it } from '@jest/globals';
import { planDateViolation } from './visit-plan.rules';

describe('plan dates', () => {
  it('are today or a day to come, within the horizon', () => {
    expect(planDateViolation('2026-11-23', '2026-11-23')).toBeUndefined();
    expect(planDateViolation('2026-11-22', '2026-11-23')?.rule).toBe('notInPast');
    expect(planDateViolation('2027-02-23', '2026-11-23')).toBeUndefined();
    expect(planDateViolation('2027-02-24', '2026-11-23')).toEqual({
      field: 'planDate',
      rule: 'withinHorizon',
      message: 'planDate must be within 92 days, by 2027-02-23',
    });
  });
});
