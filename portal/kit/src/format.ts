import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The company's time zone: every time is shown as the field sees its clock, wherever the viewer is. */
export const COMPANY_TIME_ZONE = 'Asia/Shanghai';

const calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone: COMPANY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date (YYYY-MM-DD) in the company's time zone. */
export const companyToday = (now = new Date()) => calendarDay.format(now);

/** This month (YYYY-MM) in the company's time zone. */
export const companyMonth = (now = new Date()) => companyToday(now).slice(0, 7);

export interface Formatters {
  /** A calendar date, YYYY-MM-DD (no time zone: it is the company's day). */
  date(day: string): string;
  /** A month, YYYY-MM. */
  month(month: string): string;
  /** An instant, as date and time in the company's time zone. */
  dateTime(iso: string): string;
  /** An instant's time of day in the company's time zone. */
  time(iso: string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** An amount in fen as yuan (display only: the figures themselves stay integer fen). */
  money(fen: number): string;
  /** A share 0-1 as a percentage. */
  percent(share: number): string;
  /** A distance in metres, as metres below a kilometre and kilometres from there: "500 m", "2公里". */
  distance(metres: number): string;
  /** How long ago (or ahead) an instant is, from `now`: "5 minutes ago", "5 分钟前". */
  relative(iso: string, now?: number): string;
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function formatters(locale: string): Formatters {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: COMPANY_TIME_ZONE });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: COMPANY_TIME_ZONE });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' });
  return {
    date: (value) => day.format(new Date(`${value}T00:00:00Z`)),
    month: (value) => month.format(new Date(`${value}-01T00:00:00Z`)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    time: (iso) => time.format(new Date(iso)),
    number: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    money: (fen) => money.format(fen / 100),
    percent: (share) => percent.format(share),
    distance: (metres) =>
      metres < 1000
        ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter' }).format(metres)
        : new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(metres / 1000),
    relative: (iso, now = Date.now()) => {
      const difference = Date.parse(iso) - now;
      const [unit, size] = RELATIVE_UNITS.find(([, length]) => Math.abs(difference) >= length) ?? ['second', 1_000];
      return relative.format(unit === 'second' ? 0 : Math.trunc(difference / size), unit === 'second' ? 'minute' : unit);
    },
  };
}

/** Formatters in the user's current language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  return useMemo(() => formatters(locale), [locale]);
}
