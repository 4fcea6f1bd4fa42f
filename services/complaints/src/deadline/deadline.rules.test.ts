import { describe, expect, it } from '@jest/globals';
import { CaseKind, CaseSeverity } from '../case/case.enums';
import { deadlineBudget, ladderRung, rungOffsetMinutes } from './deadline.rules';

describe('deadline policy', () => {
  it('gives complaints 12 business hours in the company area and 24 elsewhere', () => {
    expect(deadlineBudget(CaseKind.COMPLAINT, CaseSeverity.NORMAL, true).respondMinutes).toBe(720);
    expect(deadlineBudget(CaseKind.COMPLAINT, CaseSeverity.NORMAL, false).respondMinutes).toBe(1440);
  });

  it('scales by severity', () => {
    expect(deadlineBudget(CaseKind.COMPLAINT, CaseSeverity.CRITICAL, true).respondMinutes).toBe(180);
    expect(deadlineBudget(CaseKind.ORDER_EXCEPTION, CaseSeverity.LOW, true)).toEqual({ respondMinutes: 480, resolveMinutes: 1440 });
  });
});

describe('the escalation ladder', () => {
  it('warns before, escalates at the deadline and again at each further budget, up to the top', () => {
    expect(ladderRung(300, 720)).toBeUndefined();
    expect(ladderRung(144, 720)).toBe(0);
    expect(ladderRung(0, 720)).toBe(1);
    expect(ladderRung(-719, 720)).toBe(1);
    expect(ladderRung(-720, 720)).toBe(2);
    expect(ladderRung(-1440, 720)).toBe(3);
    expect(ladderRung(-100_000, 720)).toBe(3);
  });

  it('places each rung in business minutes from the deadline', () => {
    expect([0, 1, 2, 3].map((level) => rungOffsetMinutes(level, 720))).toEqual([-144, 0, 720, 1440]);
  });
});
