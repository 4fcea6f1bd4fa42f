import { describe, expect, it } from '@jest/globals';
import { CreditGrade, CreditIndicator, IndicatorLevel } from './credit.enums';
import { CREDIT_INDICATOR_FIELDS, creditBreakdown, gradeCredit, MAX_CREDIT_SCORE, type CreditLevels } from './credit.rules';

const { GOOD, MEDIUM, POOR } = IndicatorLevel;

function levels(overrides: Partial<CreditLevels> = {}, base: IndicatorLevel = GOOD): CreditLevels {
  const all = Object.fromEntries(Object.values(CREDIT_INDICATOR_FIELDS).map((field) => [field, base])) as CreditLevels;
  return { ...all, ...overrides };
}

describe('gradeCredit', () => {
  it('scores good 2, medium 1, poor 0 over seven indicators', () => {
    expect(MAX_CREDIT_SCORE).toBe(14);
    expect(gradeCredit(levels())).toEqual({ score: 14, grade: CreditGrade.A });
    expect(gradeCredit(levels({}, MEDIUM))).toEqual({ score: 7, grade: CreditGrade.C });
    expect(gradeCredit(levels({}, POOR))).toEqual({ score: 0, grade: CreditGrade.D });
  });

  it.each(Object.values(CreditIndicator))('counts %s at each of its three levels', (indicator) => {
    const field = CREDIT_INDICATOR_FIELDS[indicator];
    expect(gradeCredit(levels({ [field]: GOOD })).score).toBe(14);
    expect(gradeCredit(levels({ [field]: MEDIUM })).score).toBe(13);
    expect(gradeCredit(levels({ [field]: POOR })).score).toBe(12);
  });

  it('gives A only with nothing poor', () => {
    expect(gradeCredit(levels({ localResidence: MEDIUM, salesGrowth: MEDIUM })).grade).toBe(CreditGrade.A);
    expect(gradeCredit(levels({ localResidence: POOR })).grade).toBe(CreditGrade.B);
  });

  it('gives B from 9 points with at most one poor', () => {
    expect(
      gradeCredit(levels({ localResidence: POOR, yearsInBusiness: MEDIUM, salesGrowth: MEDIUM, supplierConcentration: MEDIUM })).grade,
    ).toBe(CreditGrade.B);
    expect(gradeCredit(levels({ localResidence: POOR, yearsInBusiness: POOR })).grade).toBe(CreditGrade.C);
  });

  it('caps the grade at C for severe arrears or bad habits, and gives D for both', () => {
    expect(gradeCredit(levels({ arrears: POOR }))).toEqual({ score: 12, grade: CreditGrade.C });
    expect(gradeCredit(levels({ badHabits: POOR }))).toEqual({ score: 12, grade: CreditGrade.C });
    expect(gradeCredit(levels({ arrears: POOR, badHabits: POOR }))).toEqual({ score: 10, grade: CreditGrade.D });
  });

  it('gives D below 5 points', () => {
    expect(
      gradeCredit(levels({ localResidence: MEDIUM, yearsInBusiness: MEDIUM, salesGrowth: MEDIUM, supplierConcentration: MEDIUM }, POOR))
        .grade,
    ).toBe(CreditGrade.D);
    expect(gradeCredit(levels({ localResidence: GOOD, yearsInBusiness: GOOD, arrears: MEDIUM }, POOR))).toEqual({
      score: 5,
      grade: CreditGrade.C,
    });
  });
});

describe('creditBreakdown', () => {
  it('gives each indicator the points gradeCredit counts, adding up to its score, knock-outs marked', () => {
    const mixed = levels({ yearsInBusiness: MEDIUM, arrears: POOR, crossRegionSelling: MEDIUM });
    const lines = creditBreakdown(mixed);
    expect(lines.map((line) => line.points)).toEqual([2, 1, 2, 0, 2, 2, 1]);
    expect(lines.reduce((sum, line) => sum + line.points, 0)).toBe(gradeCredit(mixed).score);
    expect(lines.reduce((sum, line) => sum + line.maxPoints, 0)).toBe(MAX_CREDIT_SCORE);
    expect(lines.filter((line) => line.knockOut).map((line) => line.indicator)).toEqual([
      CreditIndicator.ARREARS,
      CreditIndicator.BAD_HABITS,
    ]);
  });
});
