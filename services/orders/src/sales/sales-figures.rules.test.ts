import { describe, expect, it } from '@jest/globals';
import { addMonths } from '@fieldloop/platform';
import { salesOutliers, volumeChange } from './sales-figures.rules';

describe('the sales outliers of an account manager against the team', () => {
  const steady = { fulfilmentRate: 0.95, volumeChange: 0.05 };

  it('flags 履约率 20 points under the median and a drop on last year 30 points worse than the team', () => {
    const own = { fulfilmentRate: 0.7, volumeChange: -0.4 };
    expect(salesOutliers(own, [own, steady, steady, { fulfilmentRate: 0.9, volumeChange: 0 }]).map((outlier) => outlier.code)).toEqual([
      'FULFILMENT_LOW',
      'VOLUME_DROP',
    ]);
  });

  it('flags no drop when the whole team falls, and nothing for a member without figures', () => {
    const falling = { fulfilmentRate: 0.95, volumeChange: -0.3 };
    expect(salesOutliers({ fulfilmentRate: 0.94, volumeChange: -0.5 }, [falling, falling, falling])).toEqual([]);
    expect(salesOutliers({ fulfilmentRate: null, volumeChange: null }, [steady, steady, steady])).toEqual([]);
  });

  it('reads the change on the same month last year, none without last year', () => {
    expect(volumeChange(60, 100)).toBe(-0.4);
    expect(volumeChange(60, 0)).toBeNull();
    expect(addMonths('2026-01', -12)).toBe('2025-01');
  });
});
