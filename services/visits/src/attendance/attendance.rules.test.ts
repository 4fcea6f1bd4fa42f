import { describe, expect, it } from '@jest/globals';
import { checkInFlags, checkOutFlags, distanceMeters, FlagKind, minutesOfDay } from './attendance.rules';

const shop = { latitude: 25.0389, longitude: 102.7183 }; // 昆明 五华区
const at = (iso: string) => new Date(iso);

describe('attendance rules', () => {
  it('measures great-circle distance', () => {
    expect(distanceMeters(shop, shop)).toBe(0);
    // 0.009 degrees of latitude is about 1 km
    expect(Math.round(distanceMeters(shop, { ...shop, latitude: shop.latitude + 0.009 }))).toBe(1001);
    // Kunming to Beijing, about 2,100 km
    expect(Math.round(distanceMeters(shop, { latitude: 39.9042, longitude: 116.4074 }) / 1000)).toBe(2088);
  });

  it('reads the local time in the company time zone', () => {
    expect(minutesOfDay(at('2026-11-23T01:30:00Z'), 'Asia/Shanghai')).toBe(9 * 60 + 30);
  });

  it('accepts a check-in at the shop in working hours', () => {
    expect(checkInFlags({ at: at('2026-11-23T02:00:00Z'), position: { latitude: 25.0395, longitude: 102.7183 }, shop })).toEqual([]);
  });

  it('flags a check-in 1 km away with its distance', () => {
    const [flag] = checkInFlags({ at: at('2026-11-23T02:00:00Z'), position: { ...shop, latitude: shop.latitude + 0.009 }, shop });
    expect(flag).toMatchObject({ kind: FlagKind.DISTANCE, value: 1001 });
    expect(flag.reason).toBe('checked in 1001 m from the shop (allowed 200 m)');
  });

  it('flags a check-in outside working hours, in local time', () => {
    const [flag] = checkInFlags({ at: at('2026-11-23T13:05:00Z'), position: shop, shop });
    expect(flag).toMatchObject({ kind: FlagKind.OUTSIDE_HOURS });
    expect(flag.reason).toContain('21:05');
  });

  it('flags impossible travel between consecutive check-ins, not a short walk', () => {
    const previous = { at: at('2026-11-23T02:00:00Z'), position: { latitude: 25.1, longitude: 102.8 } };
    const [flag] = checkInFlags({ at: at('2026-11-23T02:05:00Z'), position: shop, shop, previous });
    expect(flag.kind).toBe(FlagKind.IMPOSSIBLE_TRAVEL);
    expect(flag.value).toBeGreaterThan(60);
    const nextDoor = { at: at('2026-11-23T02:04:00Z'), position: { ...shop, latitude: shop.latitude + 0.002 } };
    expect(checkInFlags({ at: at('2026-11-23T02:05:00Z'), position: shop, shop, previous: nextDoor })).toEqual([]);
  });

  it('flags a visit shorter than the minimum', () => {
    expect(checkOutFlags(at('2026-11-23T02:00:00Z'), at('2026-11-23T02:02:00Z'))).toEqual([
      { kind: FlagKind.SHORT_VISIT, value: 2, reason: 'visit lasted 2 min (minimum 5)' },
    ]);
    expect(checkOutFlags(at('2026-11-23T02:00:00Z'), at('2026-11-23T02:20:00Z'))).toEqual([]);
  });
});
