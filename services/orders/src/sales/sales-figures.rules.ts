import { flagOutliers, type FigureOutlier, type OutlierRule } from '@fieldloop/platform';

/** The figures of an account manager's month that the team view compares (shares and changes as 0-1). */
export interface ComparedSalesFigures {
  fulfilmentRate: number | null;
  /** This month's volume ÷ the same month last year's − 1; null without last year's volume. */
  volumeChange: number | null;
}

/*
 * Far from the team, not merely below the middle: 20 points of 履约率 under the team's median is
 * a route whose deliveries go wrong, not a bad day; a volume drop on last year counts only when
 * it is a drop and 30 points worse than the team's change (a falling market falls for everyone).
 */
const RULES: OutlierRule<ComparedSalesFigures>[] = [
  {
    figure: 'fulfilmentRate',
    code: 'FULFILMENT_LOW',
    outlier: (value, teamMedian) => value < teamMedian - 0.2,
    reason: (value, teamMedian) => `Delivered ${value} of the confirmed cartons as confirmed, against the team's median of ${teamMedian}`,
  },
  {
    figure: 'volumeChange',
    code: 'VOLUME_DROP',
    outlier: (value, teamMedian) => value < 0 && value < teamMedian - 0.3,
    reason: (value, teamMedian) => `Volume changed by ${value} on the same month last year, against the team's median of ${teamMedian}`,
  },
];

/** The month's volume against the same month last year, to four places; null without last year's volume. */
export const volumeChange = (volume: number, lastYearVolume: number): number | null =>
  lastYearVolume ? Math.round((volume / lastYearVolume - 1) * 10_000) / 10_000 : null;

/** The figures where this account manager stands out from the team (the team includes them). */
export const salesOutliers = (own: ComparedSalesFigures, team: readonly ComparedSalesFigures[]): FigureOutlier[] =>
  flagOutliers(RULES, own, team);
