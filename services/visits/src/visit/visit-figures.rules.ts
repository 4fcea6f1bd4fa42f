import { flagOutliers, type FigureOutlier, type OutlierRule } from '@fieldloop/platform';

/** The figures of an account manager's month that the team view compares. */
export interface ComparedVisitFigures {
  coverage: number;
  frequencyAttainment: number;
  verifiedShare: number;
  copiedNoteShare: number;
}

/*
 * Far from the team, not merely below the middle: half the team's coverage means the same few
 * shops month after month (DOMAIN scenario 5); copied notes are flagged when they are both common
 * (over 30 %) and three times the team's habit, so one copied note in a short month is no outlier.
 */
const RULES: OutlierRule<ComparedVisitFigures>[] = [
  {
    figure: 'coverage',
    code: 'COVERAGE_LOW',
    outlier: (value, teamMedian) => value < teamMedian / 2,
    reason: (value, teamMedian) => `Visited ${value} of the territory's retailers, under half the team's median of ${teamMedian}`,
  },
  {
    figure: 'frequencyAttainment',
    code: 'FREQUENCY_LOW',
    outlier: (value, teamMedian) => value < teamMedian / 2,
    reason: (value, teamMedian) =>
      `Made ${value} of the visits the territory frequency asks for, under half the team's median of ${teamMedian}`,
  },
  {
    figure: 'verifiedShare',
    code: 'VERIFIED_LOW',
    outlier: (value, teamMedian) => value < teamMedian - 0.3,
    reason: (value, teamMedian) =>
      `Only ${value} of the visits were verified by place and time, against the team's median of ${teamMedian}`,
  },
  {
    figure: 'copiedNoteShare',
    code: 'COPIED_NOTES_HIGH',
    outlier: (value, teamMedian) => value > 0.3 && value > teamMedian * 3,
    reason: (value, teamMedian) =>
      `Notes of ${value} of the visits were copied from earlier visits, against the team's median of ${teamMedian}`,
  },
];

/** The figures where this account manager stands out from the team (the team includes them). */
export const visitOutliers = (own: ComparedVisitFigures, team: readonly ComparedVisitFigures[]): FigureOutlier[] =>
  flagOutliers(RULES, own, team);
