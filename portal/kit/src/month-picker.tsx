import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { companyMonth, useFormat } from './format';

/** The month `by` months from `month` (YYYY-MM). */
export function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1 + by, 1)).toISOString().slice(0, 7);
}

/** How many months back the picker offers. */
const MONTHS_BACK = 24;

/**
 * A month, picked from a list written in the user's language (a browser's own month input
 * follows the browser's language, not the portal's), with the months before and after.
 */
export function MonthPicker({ month, onChange }: { month: string; onChange(month: string): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const latest = companyMonth();
  const months = Array.from({ length: MONTHS_BACK }, (_, back) => shiftMonth(latest, -back));
  if (!months.includes(month)) months.push(month);
  return (
    <div className="actions filters month-picker">
      <button type="button" className="secondary" onClick={() => onChange(shiftMonth(month, -1))}>
        ← {t('common:month.previous')}
      </button>
      <label htmlFor={id}>{t('common:month.label')}</label>
      <select id={id} value={month} onChange={(event) => onChange(event.target.value)}>
        {months.map((value) => (
          <option key={value} value={value}>
            {format.month(value)}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" disabled={month >= latest} onClick={() => onChange(shiftMonth(month, 1))}>
        {t('common:month.next')} →
      </button>
    </div>
  );
}
