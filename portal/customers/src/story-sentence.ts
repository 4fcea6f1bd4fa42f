import type { TFunction } from 'i18next';

/**
 * What the sentences need of portal-kit's formatters (useFormat). Named here, not imported, so
 * the sentence test reads this file without the kit's browser modules.
 */
interface Formatters {
  date(day: string): string;
  month(month: string): string;
  money(fen: number): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/** What a story entry carries to be told: the sentence's code and the values it names, as the API sends them. */
export interface StoryEntryLike {
  kind: string;
  summaryCode: string;
  summaryParams: { name: string; value: string }[];
}

/** How each value an entry can name is written, by its name in the entry (STORY_SENTENCES in customers' story service). */
export const STORY_VALUES: Record<string, (value: string, t: TFunction, format: Formatters, entry: StoryEntryLike) => string> = {
  durationMinutes: (value, _t, format) => format.number(Number(value), { maximumFractionDigits: 0 }),
  satisfaction: (value, _t, format) => format.number(Number(value)),
  plannedFor: (value, _t, format) => format.date(value),
  kind: (value, t) => t(`common:caseKind.${value}`, { defaultValue: value }),
  category: (value, t) => t(`customers:retailer.story.category.${value}`, { defaultValue: value }),
  product: (value) => value,
  quantity: (value, _t, format) => format.number(Number(value)),
  channel: (value, t) => t(`customers:retailer.story.channel.${value}`, { defaultValue: value }),
  method: (value, t) => t(`customers:retailer.story.method.${value}`, { defaultValue: value }),
  totalFen: (value, _t, format) => format.money(Number(value)),
  // A delivery's status is the order's; a file's is the retailer's.
  status: (value, t, _format, entry) =>
    entry.kind === 'DELIVERY'
      ? t(`customers:retailer.story.delivered.${value}`, { defaultValue: value })
      : t(`common:retailerStatus.${value}`, { defaultValue: value }),
  monthlyCartons: (value, _t, format) => format.number(Number(value)),
  previousMonthlyCartons: (value, _t, format) => format.number(Number(value)),
  withinDeadline: (value, t) => t(`customers:retailer.story.${value === 'true' ? 'inTime' : 'late'}`),
  // Grouped fields come as `business.plan`: the field's own name is the label's.
  changedFields: (value, t) =>
    value
      .split(',')
      .map((field) => t(`customers:retailer.story.field.${field.split('.').at(-1)}`, { defaultValue: field }))
      .join(t('customers:retailer.story.listSeparator')),
  grade: (value) => value,
  previousGrade: (value) => value,
  period: (value, _t, format) => format.month(value),
  totalScore: (value, _t, format) => format.number(Number(value)),
};

/** The values a sentence's template names ({{name}}). */
export const namedValues = (template: string) => [...template.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]);

/**
 * The entry as one sentence in the user's language. An event may lack a value its sentence
 * names (a first assessment has no previous grade): then the `_partial` sentence, else the
 * `_bare` one, whichever names only what the entry has.
 */
export function describeStoryEntry(entry: StoryEntryLike, t: TFunction, format: Formatters): string {
  const values = Object.fromEntries(
    entry.summaryParams.map(({ name, value }) => [name, STORY_VALUES[name] ? STORY_VALUES[name](value, t, format, entry) : value]),
  );
  const key = `customers:retailer.story.text.${entry.summaryCode}`;
  const context = [undefined, 'partial', 'bare'].find((candidate) =>
    namedValues(t(key, { context: candidate, skipInterpolation: true, defaultValue: '' })).every((name) => name in values),
  );
  return t(key, { ...values, context, defaultValue: t('customers:retailer.story.text.unknown', { code: entry.summaryCode }) });
}
