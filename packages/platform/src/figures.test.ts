import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from './errors';
import { flagOutliers, median, requireMonth, type OutlierRule } from './figures';

interface Figures {
  share: number | null;
}
const LOW: OutlierRule<Figures>[] = [
  { figure: 'share', code: 'SHARE_LOW', outlier: (value, teamMedian) => value < teamMedian / 2, reason: (value, m) => `${value} < ${m}` },
];

describe('scorecard figures', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('flags a figure far from the team, with the value and median as parameters and percentages in the reason', () => {
    const team = [{ share: 0.8 }, { share: 0.9 }, { share: 0.3 }];
    expect(flagOutliers(LOW, team[2], team)).toEqual([
      { figure: 'share', code: 'SHARE_LOW', value: 0.3, teamMedian: 0.8, reason: '30% < 80%' },
    ]);
    expect(flagOutliers(LOW, team[0], team)).toEqual([]);
  });

  it('leaves members without the figure out of the median, never flags them, and judges no team under three', () => {
    const team = [{ share: 0.8 }, { share: null }, { share: 0.2 }, { share: 0.9 }];
    expect(flagOutliers(LOW, team[2], team).map((outlier) => outlier.teamMedian)).toEqual([0.8]);
    expect(flagOutliers(LOW, team[1], team)).toEqual([]);
    expect(flagOutliers(LOW, { share: 0.1 }, [{ share: 0.1 }, { share: 0.9 }])).toEqual([]);
  });

  it('takes a month as YYYY-MM only, naming the argument when not', () => {
    expect(requireMonth('2026-11')).toBe('2026-11');
    for (const bad of ['2026-13', '2026-1', '202611', '2026-11-01']) {
      expect(() => requireMonth(bad)).toThrow(InvalidInputError);
    }
  });
});
