import { addDays, localDate, loadCompanyTime, type CompanyTime, type Violation } from '@fieldloop/platform';

/** Attendance is checked, not trusted (seed 001 看出勤情况): time, place, frequency. */

export interface Position {
  latitude: number;
  longitude: number;
}

export interface AttendancePolicy {
  /** Farthest a check-in may be from the shop, metres. */
  maxDistanceMeters: number;
  /** Working hours in the company's time zone, HH:MM. */
  workdayStart: string;
  workdayEnd: string;
  /** Shortest credible visit, minutes. */
  minVisitMinutes: number;
  /** Fastest credible travel between two shops in town, km/h. */
  maxTravelKmh: number;
  timeZone: string;
  /** How far ahead of now a device may date a check-in or check-out (its clock runs fast), hours. */
  maxAheadHours: number;
  /** How late a device may report one (it synced after a day without signal), days. */
  maxLateDays: number;
  /** How many calendar days from the plan date one may fall (a route run past midnight). */
  planDateSlackDays: number;
}

export const DEFAULT_ATTENDANCE_POLICY: AttendancePolicy = {
  maxDistanceMeters: 200,
  workdayStart: '08:00',
  workdayEnd: '18:30',
  minVisitMinutes: 5,
  maxTravelKmh: 60,
  timeZone: 'Asia/Shanghai',
  maxAheadHours: 1,
  maxLateDays: 2,
  planDateSlackDays: 1,
};

/** The policy with the company's configured zone and device-time windows (FIELDLOOP_… variables). */
export function attendancePolicy(time: CompanyTime = loadCompanyTime()): AttendancePolicy {
  return {
    ...DEFAULT_ATTENDANCE_POLICY,
    timeZone: time.timeZone,
    maxAheadHours: time.deviceTimeMaxAheadHours,
    maxLateDays: time.deviceTimeMaxLateDays,
  };
}

export enum FlagKind {
  DISTANCE = 'DISTANCE',
  OUTSIDE_HOURS = 'OUTSIDE_HOURS',
  SHORT_VISIT = 'SHORT_VISIT',
  IMPOSSIBLE_TRAVEL = 'IMPOSSIBLE_TRAVEL',
  EMPTY_NOTES = 'EMPTY_NOTES',
  COPIED_NOTES = 'COPIED_NOTES',
}

export interface Flag {
  kind: FlagKind;
  /** The measured figure: metres, minutes, km/h or similarity. */
  value: number;
  reason: string;
}

const EARTH_RADIUS_METERS = 6_371_008.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine), metres. */
export function distanceMeters(a: Position, b: Position): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** One formatter per time zone: making one costs far more than formatting with it. */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes since midnight of an instant, in a time zone (Intl does the zone arithmetic). */
export function minutesOfDay(at: Date, timeZone: string): number {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return value('hour') * 60 + value('minute');
}

/**
 * A check-in or check-out time sent by the device is believed only when it could be true:
 * not further ahead of now than a fast clock, not older than a late sync, and on the visit's
 * plan date or a day either side (company time). Anything else is refused, not flagged: a
 * check-in dated 1970 tells nothing about the visit.
 */
export function deviceTimeViolation(
  at: Date,
  plannedFor: string,
  now: Date,
  policy: AttendancePolicy = DEFAULT_ATTENDANCE_POLICY,
): Violation | undefined {
  const hoursAhead = (at.getTime() - now.getTime()) / 3_600_000;
  if (hoursAhead > policy.maxAheadHours) {
    return {
      field: 'at',
      rule: 'notInFuture',
      message: `at must not be more than ${policy.maxAheadHours} h ahead of now (${now.toISOString()}); the device clock looks wrong`,
    };
  }
  if (-hoursAhead > policy.maxLateDays * 24) {
    return { field: 'at', rule: 'recent', message: `at must be within the last ${policy.maxLateDays} days; ${at.toISOString()} is older` };
  }
  const day = localDate(at, policy.timeZone);
  const slack = policy.planDateSlackDays;
  if (day < addDays(plannedFor, -slack) || day > addDays(plannedFor, slack)) {
    return {
      field: 'at',
      rule: 'nearPlanDate',
      message: `at must fall within ${slack} day of the visit's plan date ${plannedFor} (${policy.timeZone}); it is on ${day}`,
    };
  }
  return undefined;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export interface CheckInFacts {
  at: Date;
  position: Position;
  shop: Position;
  /** The same person's previous check-in or check-out that day, if any. */
  previous?: { at: Date; position: Position };
}

/** Flags for a check-in. Flags are data, not refusals: the visit is recorded either way. */
export function checkInFlags(facts: CheckInFacts, policy: AttendancePolicy = DEFAULT_ATTENDANCE_POLICY): Flag[] {
  const flags: Flag[] = [];
  const distance = Math.round(distanceMeters(facts.position, facts.shop));
  if (distance > policy.maxDistanceMeters) {
    flags.push({
      kind: FlagKind.DISTANCE,
      value: distance,
      reason: `checked in ${distance} m from the shop (allowed ${policy.maxDistanceMeters} m)`,
    });
  }
  const minute = minutesOfDay(facts.at, policy.timeZone);
  if (minute < minutesOf(policy.workdayStart) || minute > minutesOf(policy.workdayEnd)) {
    const local = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    flags.push({
      kind: FlagKind.OUTSIDE_HOURS,
      value: minute,
      reason: `checked in at ${local}, outside working hours ${policy.workdayStart}-${policy.workdayEnd}`,
    });
  }
  if (facts.previous) {
    const hours = (facts.at.getTime() - facts.previous.at.getTime()) / 3_600_000;
    const kilometres = distanceMeters(facts.previous.position, facts.position) / 1000;
    const speed = hours > 0 ? kilometres / hours : Number.POSITIVE_INFINITY;
    if (kilometres > 0.5 && speed > policy.maxTravelKmh) {
      const shown = Number.isFinite(speed) ? Math.round(speed) : 9999;
      flags.push({
        kind: FlagKind.IMPOSSIBLE_TRAVEL,
        value: shown,
        reason: `${kilometres.toFixed(1)} km from the previous stop in ${Math.round(hours * 60)} min (${shown} km/h, credible up to ${policy.maxTravelKmh})`,
      });
    }
  }
  return flags;
}

/** Flag for a check-out: a visit shorter than the minimum. */
export function checkOutFlags(checkInAt: Date, checkOutAt: Date, policy: AttendancePolicy = DEFAULT_ATTENDANCE_POLICY): Flag[] {
  const minutes = Math.round(((checkOutAt.getTime() - checkInAt.getTime()) / 60_000) * 10) / 10;
  return minutes < policy.minVisitMinutes
    ? [{ kind: FlagKind.SHORT_VISIT, value: minutes, reason: `visit lasted ${minutes} min (minimum ${policy.minVisitMinutes})` }]
    : [];
}
