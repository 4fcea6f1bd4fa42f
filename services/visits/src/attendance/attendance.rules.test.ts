import { describe, expect, it } from '@jest/globals';
import { checkInFlags, checkOutFlags, deviceTimeViolation, distanceMeters, FlagKind, minutesOfDay } from './attendance.rules';

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

  describe('device times', () => {
    const now = at('2026-11-23T04:00:00Z'); // 12:00 in Kunming
    const ruleOf = (when: string, plannedFor = '2026-11-23') => deviceTimeViolation(at(when), plannedFor, now)?.rule;

    it('believes a time up to an hour ahead of now and two days behind it', () => {
      expect(ruleOf('2026-11-23T04:59:00Z')).toBeUndefined();
      expect(ruleOf('2026-11-23T05:01:00Z')).toBe('notInFuture');
      expect(ruleOf('2026-11-21T04:01:00Z', '2026-11-21')).toBeUndefined();
      expect(ruleOf('2026-11-21T03:59:00Z', '2026-11-21')).toBe('recent');
      expect(ruleOf('1970-01-01T00:00:00Z')).toBe('recent');
    });

    it('wants the plan date or a day either side, in company time', () => {
      // 23:30 on the 21st in UTC is 07:30 on the 22nd in Kunming: one day from the 23rd.
      expect(ruleOf('2026-11-21T23:30:00Z')).toBeUndefined();
      expect(ruleOf('2026-11-21T15:30:00Z')).toBe('nearPlanDate');
      expect(deviceTimeViolation(at('2026-11-23T03:00:00Z'), '2026-11-25', now)).toEqual({
        field: 'at',
        rule: 'nearPlanDate',
        message: "at must fall within 1 day of the visit's plan date 2026-11-25 (Asia/Shanghai); it is on 2026-11-23",
      });
    });
  });
});
