import type { TFunction } from 'i18next';
import { companyToday, type Formatters } from './format';

/**
 * Items grouped by their company day (Asia/Shanghai), keeping the order given: a list that
 * comes newest first gives the newest day first, each day's items newest first.
 */
export function groupByCompanyDay<T>(items: readonly T[], occurredAtOf: (item: T) => string): { day: string; items: T[] }[] {
  const days: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = companyToday(new Date(occurredAtOf(item)));
    if (days.at(-1)?.day !== day) days.push({ day, items: [] });
    days.at(-1)!.items.push(item);
  }
  return days;
}

/** A day's heading in a timeline: today, yesterday (company days), else the date. */
export function dayHeading(day: string, t: TFunction, format: Formatters): string {
  if (day === companyToday()) return t('common:today');
  if (day === companyToday(new Date(Date.now() - 86_400_000))) return t('common:yesterday');
  return format.date(day);
}
