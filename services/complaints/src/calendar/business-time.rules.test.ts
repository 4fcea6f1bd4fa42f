import { describe, expect, it } from '@jest/globals';
import { businessCalendar, DEFAULT_WEEK } from './business-calendar.rules';
import { addBusinessMinutes, businessMinutesBetween, formatWindow, normalizeWindows, parseWindow } from './business-time.rules';
import { CalendarDayKind } from './calendar.enums';
import { publishedChineseDays, publishedYearsOf } from './holiday.catalogue';

const published = publishedChineseDays();
const calendar = businessCalendar({ weekly: DEFAULT_WEEK, days: published, publishedYears: publishedYearsOf(published) });
/** A wall-clock time in Shanghai. */
const cst = (local: string) => new Date(`${local}+08:00`);
const plus = (from: string, minutes: number) => addBusinessMinutes(calendar, cst(from), minutes);
const HOURS = 60;

describe('windows', () => {
  it('parses, formats and orders windows, refusing overlaps and nonsense', () => {
    expect(parseWindow('08:30-12:00')).toEqual({ start: 510, end: 720 });
    expect(formatWindow({ start: 510, end: 720 })).toBe('08:30-12:00');
    expect(parseWindow('00:00-24:00')).toEqual({ start: 0, end: 1440 });
    expect(() => parseWindow('12:00-08:30')).toThrow('"12:00-08:30" is not a window');
    expect(() => parseWindow('8:30-12:00')).toThrow(RangeError);
    expect(normalizeWindows([parseWindow('13:30-17:30'), parseWindow('08:30-12:00')]).map(formatWindow)).toEqual([
      '08:30-12:00',
      '13:30-17:30',
    ]);
    expect(() => normalizeWindows([parseWindow('08:30-12:00'), parseWindow('11:00-13:00')])).toThrow('11:00-13:00 overlaps 08:30-12:00');
  });
});

describe('the published calendar from chinese-days', () => {
  it('holds 2026 with its holidays and 调休 Saturdays, and no 2027 yet', () => {
    expect(publishedYearsOf(published)).toContain(2026);
    expect(publishedYearsOf(published)).not.toContain(2027);
    expect(published).toContainEqual({ day: '2026-10-01', kind: CalendarDayKind.HOLIDAY, name: '国庆节' });
    expect(published).toContainEqual({ day: '2026-10-10', kind: CalendarDayKind.WORKDAY, name: '国庆节调休' });
  });
});

describe('adding business minutes', () => {
  it('counts within a window and stops at its end, not after the lunch break', () => {
    expect(plus('2026-12-01T09:00:00', 90).at).toEqual(cst('2026-12-01T10:30:00'));
    expect(plus('2026-12-01T09:00:00', 180).at).toEqual(cst('2026-12-01T12:00:00'));
  });

  it('skips the lunch break', () => {
    expect(plus('2026-12-01T11:00:00', 2 * HOURS).at).toEqual(cst('2026-12-01T14:30:00'));
  });

  it('starts at the next opening when raised outside hours', () => {
    expect(plus('2026-12-01T07:00:00', 30).at).toEqual(cst('2026-12-01T09:00:00'));
    expect(plus('2026-12-01T12:30:00', 30).at).toEqual(cst('2026-12-01T14:00:00'));
    expect(plus('2026-12-01T20:00:00', 30).at).toEqual(cst('2026-12-02T09:00:00'));
  });

  it('carries over a weekend: 12 business hours from Friday afternoon end on Tuesday morning', () => {
    // Friday 15:00 → 2.5 h left that day, 7.5 h Monday, 2 h Tuesday.
    expect(plus('2026-12-04T15:00:00', 12 * HOURS).at).toEqual(cst('2026-12-08T10:30:00'));
  });

  it('skips the National Day holiday week and works the 调休 Saturday after it', () => {
    // Wednesday 30 September 16:00: 1.5 h that day; 1-7 October are holidays; Thursday 8
    // October gives 7.5 h, so 12 h end on Friday 9 at 11:30.
    expect(plus('2026-09-30T16:00:00', 12 * HOURS).at).toEqual(cst('2026-10-09T11:30:00'));
    // 23 h: 16.5 h to Friday evening, then 6.5 h of Saturday 10 October, a make-up working day.
    expect(plus('2026-09-30T16:00:00', 23 * HOURS).at).toEqual(cst('2026-10-10T16:30:00'));
  });

  it('works the 调休 Sunday before National Day (20 September 2026)', () => {
    expect(plus('2026-09-19T10:00:00', 60).at).toEqual(cst('2026-09-20T09:30:00'));
  });

  it('warns when it runs into a year with no published calendar, counting only its weekly hours', () => {
    const late = plus('2026-12-30T09:00:00', 24 * HOURS);
    expect(late.unpublishedYears).toEqual([2027]);
    expect(plus('2026-12-01T09:00:00', 12 * HOURS).unpublishedYears).toEqual([]);
  });

  it('refuses negative minutes and a calendar without working time', () => {
    expect(() => plus('2026-12-01T09:00:00', -1)).toThrow(RangeError);
    const closed = businessCalendar({ weekly: [[], [], [], [], [], [], []], days: [], publishedYears: [] });
    expect(() => addBusinessMinutes(closed, cst('2026-12-01T09:00:00'), 1)).toThrow('no working time');
  });

  it('uses several windows a day and the offset it is given', () => {
    const shifts = businessCalendar({
      weekly: Array.from({ length: 7 }, () => ['06:00-10:00', '14:00-18:00', '20:00-22:00']),
      days: [],
      publishedYears: [2026],
      utcOffsetMinutes: 0,
    });
    expect(addBusinessMinutes(shifts, new Date('2026-12-01T09:00:00Z'), 6 * HOURS).at).toEqual(new Date('2026-12-01T21:00:00Z'));
  });
});

describe('business minutes between', () => {
  it('measures across the lunch break, a weekend and a holiday week', () => {
    expect(businessMinutesBetween(calendar, cst('2026-12-01T11:00:00'), cst('2026-12-01T14:30:00'))).toBe(2 * HOURS);
    expect(businessMinutesBetween(calendar, cst('2026-12-04T15:00:00'), cst('2026-12-08T10:30:00'))).toBe(12 * HOURS);
    expect(businessMinutesBetween(calendar, cst('2026-10-01T00:00:00'), cst('2026-10-08T00:00:00'))).toBe(0);
    expect(businessMinutesBetween(calendar, cst('2026-10-10T00:00:00'), cst('2026-10-11T00:00:00'))).toBe(7.5 * HOURS);
  });

  it('is negative when the end is before the start (time overdue)', () => {
    expect(businessMinutesBetween(calendar, cst('2026-12-01T14:30:00'), cst('2026-12-01T11:00:00'))).toBe(-2 * HOURS);
  });

  it('counts seconds exactly', () => {
    expect(businessMinutesBetween(calendar, cst('2026-12-01T09:00:00'), cst('2026-12-01T09:00:30'))).toBe(0.5);
  });
});

describe('adding then measuring (property-style, seeded)', () => {
  /** Park–Miller: the same cases every run. */
  const random = (() => {
    let state = 20261202;
    return () => (state = (state * 48271) % 2147483647) / 2147483647;
  })();

  it('returns the minutes added, from any instant over 2025-2026, for any length up to three weeks of work', () => {
    const start = cst('2025-01-01T00:00:00').getTime();
    const span = cst('2026-12-31T00:00:00').getTime() - start;
    for (let i = 0; i < 2000; i += 1) {
      const from = new Date(start + Math.floor((random() * span) / 1000) * 1000);
      const minutes = Math.floor(random() * 112.5 * HOURS);
      const { at } = addBusinessMinutes(calendar, from, minutes);
      expect({ from, minutes, measured: businessMinutesBetween(calendar, from, at) }).toEqual({ from, minutes, measured: minutes });
      // The deadline itself falls in working time (or is the start, for 0 minutes).
      expect(at >= from).toBe(true);
    }
  });

  it('adds in parts the same as at once, across years', () => {
    for (let i = 0; i < 300; i += 1) {
      const from = new Date(cst('2026-11-01T00:00:00').getTime() + Math.floor(random() * 60 * 86_400) * 1000);
      const [a, b] = [Math.floor(random() * 40 * HOURS) + 1, Math.floor(random() * 40 * HOURS) + 1];
      const once = addBusinessMinutes(calendar, from, a + b).at;
      const twice = addBusinessMinutes(calendar, addBusinessMinutes(calendar, from, a).at, b).at;
      expect(twice).toEqual(once);
    }
  });
});
