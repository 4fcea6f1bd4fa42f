import { describe, expect, it } from '@jest/globals';
import { visitOutliers, type ComparedVisitFigures } from './visit-figures.rules';

const typical: ComparedVisitFigures = { coverage: 0.8, frequencyAttainment: 0.9, verifiedShare: 0.9, copiedNoteShare: 0.05 };

describe('visit outliers', () => {
  it('flags the account manager at the same few shops with copied notes, with the reason in words', () => {
    const habitual = { coverage: 0.2, frequencyAttainment: 0.85, verifiedShare: 0.9, copiedNoteShare: 0.5 };
    const team = [typical, typical, { ...typical, coverage: 0.7 }, habitual];
    expect(visitOutliers(habitual, team)).toEqual([
      {
        figure: 'coverage',
        code: 'COVERAGE_LOW',
        value: 0.2,
        teamMedian: 0.75,
        reason: "Visited 20% of the territory's retailers, under half the team's median of 75%",
      },
      {
        figure: 'copiedNoteShare',
        code: 'COPIED_NOTES_HIGH',
        value: 0.5,
        teamMedian: 0.05,
        reason: "Notes of 50% of the visits were copied from earlier visits, against the team's median of 5%",
      },
    ]);
    expect(visitOutliers(typical, team)).toEqual([]);
  });

  it('flags unverified check-ins and missed frequency', () => {
    const absent = { coverage: 0.7, frequencyAttainment: 0.3, verifiedShare: 0.5, copiedNoteShare: 0.05 };
    expect(visitOutliers(absent, [typical, typical, absent]).map((outlier) => outlier.code)).toEqual(['FREQUENCY_LOW', 'VERIFIED_LOW']);
  });

  it('flags no one in a team too small to have a meaningful median', () => {
    const habitual = { ...typical, coverage: 0.1 };
    expect(visitOutliers(habitual, [typical, habitual])).toEqual([]);
  });
});
