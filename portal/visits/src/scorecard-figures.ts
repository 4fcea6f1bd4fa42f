import type { Formatters } from '@fieldloop/portal-kit';
import type { ScorecardsQuery } from './gql/graphql';

export type ScorecardMember = ScorecardsQuery['staffMember']['team'][number];

/** The active account managers of a team: the clerks, drivers and inspectors who also report to a supervisor have no scorecard. */
export const accountManagersOf = (team: ScorecardMember[]) => team.filter((member) => member.role === 'ACCOUNT_MANAGER' && member.active);

/** The figures of a month the scorecard shows, as the card's query asks for them too. */
export interface MonthFigures {
  visitFigures: ScorecardMember['visitFigures'];
  salesFigures: ScorecardMember['salesFigures'];
  loopFigures: ScorecardMember['loopFigures'];
  marketKnowledge: ScorecardMember['marketKnowledge'];
  lastYear: ScorecardMember['lastYear'];
}

export type Section = 'sales' | 'visits' | 'market' | 'loop';

/** An outlier a service flagged, with the section whose figure it names. */
export type Outlier = NonNullable<ScorecardMember['visitFigures']>['outliers'][number] & { section: Section };

/** Every section's outliers: each service flags its own figures against the team. */
export function outliersOf(figures: MonthFigures): Outlier[] {
  const of = (section: Section, found: { outliers: Omit<Outlier, 'section'>[] } | null | undefined) =>
    (found?.outliers ?? []).map((outlier) => ({ ...outlier, section }));
  return [
    ...of('sales', figures.salesFigures),
    ...of('visits', figures.visitFigures),
    ...of('market', figures.marketKnowledge),
    ...of('loop', figures.loopFigures),
  ];
}

/** volume ÷ the same month last year − 1; null without last year's volume. */
export function volumeChange(figures: Pick<MonthFigures, 'salesFigures' | 'lastYear'>): number | null {
  const now = figures.salesFigures?.volumeCartons;
  const before = figures.lastYear?.volumeCartons;
  return now === undefined || !before ? null : now / before - 1;
}

/** `filed`: 1 for done, 0 for not done (the month's report), shown as a tick or a dash. */
export type FigureKind = 'count' | 'share' | 'change' | 'score' | 'filed';

/**
 * One column of the scorecard: its key names its label and definition in the translations
 * (`scorecards.figures.<key>`), and `value` reads it from a month's figures (null when the
 * service answered nothing for it).
 */
export interface ScorecardFigure {
  key: string;
  section: Section;
  kind: FigureKind;
  value: (figures: MonthFigures) => number | null | undefined;
  /** The name the service gives the figure, as its outliers name it (`FigureOutlier.figure`). */
  outlierFigure?: string;
}

export const SCORECARD_FIGURES: ScorecardFigure[] = [
  { key: 'volume', section: 'sales', kind: 'count', value: (f) => f.salesFigures?.volumeCartons },
  { key: 'volumeChange', section: 'sales', kind: 'change', value: volumeChange, outlierFigure: 'volumeChange' },
  { key: 'keyBrandShare', section: 'sales', kind: 'share', value: (f) => f.salesFigures?.keyBrandShare },
  { key: 'grossMarginRate', section: 'sales', kind: 'share', value: (f) => f.salesFigures?.grossMarginRate },
  { key: 'newBrandCartons', section: 'sales', kind: 'count', value: (f) => f.salesFigures?.newBrandCartons },
  { key: 'newBrandCarriers', section: 'sales', kind: 'count', value: (f) => f.salesFigures?.newBrandCarriers },
  {
    key: 'fulfilmentRate',
    section: 'sales',
    kind: 'share',
    value: (f) => f.salesFigures?.fulfilmentRate,
    outlierFigure: 'fulfilmentRate',
  },
  { key: 'made', section: 'visits', kind: 'count', value: (f) => f.visitFigures?.made },
  {
    key: 'frequencyAttainment',
    section: 'visits',
    kind: 'share',
    value: (f) => f.visitFigures?.frequencyAttainment,
    outlierFigure: 'frequencyAttainment',
  },
  { key: 'verifiedShare', section: 'visits', kind: 'share', value: (f) => f.visitFigures?.verifiedShare, outlierFigure: 'verifiedShare' },
  { key: 'coverage', section: 'visits', kind: 'share', value: (f) => f.visitFigures?.coverage, outlierFigure: 'coverage' },
  { key: 'realRecordShare', section: 'visits', kind: 'share', value: (f) => f.visitFigures?.realRecordShare },
  {
    key: 'copiedNoteShare',
    section: 'visits',
    kind: 'share',
    value: (f) => f.visitFigures?.copiedNoteShare,
    outlierFigure: 'copiedNoteShare',
  },
  { key: 'workLogsFiled', section: 'visits', kind: 'count', value: (f) => f.visitFigures?.workLogsFiled },
  {
    key: 'monthlyReportFiled',
    section: 'visits',
    kind: 'filed',
    value: (f) => (f.visitFigures ? Number(f.visitFigures.monthlyReportFiled) : null),
  },
  { key: 'visitSatisfaction', section: 'visits', kind: 'score', value: (f) => f.visitFigures?.satisfactionAverage },
  {
    key: 'filesUpToDateShare',
    section: 'market',
    kind: 'share',
    value: (f) => f.marketKnowledge?.filesUpToDateShare,
    outlierFigure: 'filesUpToDateShare',
  },
  {
    key: 'creditAssessedShare',
    section: 'market',
    kind: 'share',
    value: (f) => f.marketKnowledge?.creditAssessedShare,
    outlierFigure: 'creditAssessedShare',
  },
  { key: 'marketLeadsRaised', section: 'loop', kind: 'count', value: (f) => f.loopFigures?.marketLeadsRaised },
  { key: 'marketLeadsClosed', section: 'loop', kind: 'count', value: (f) => f.loopFigures?.marketLeadsClosed },
  {
    key: 'deadlineCompliance',
    section: 'loop',
    kind: 'share',
    value: (f) => f.loopFigures?.answeredWithinDeadlineShare,
    outlierFigure: 'answeredWithinDeadlineShare',
  },
  { key: 'caseSatisfaction', section: 'loop', kind: 'score', value: (f) => f.loopFigures?.averageSatisfaction },
];

/** Sorts people on one figure; those without it go last whichever the direction. */
export function rankOn<T>(rows: T[], figure: ScorecardFigure, read: (row: T) => MonthFigures, descending: boolean): T[] {
  return [...rows].sort((a, b) => {
    const x = figure.value(read(a)) ?? null;
    const y = figure.value(read(b)) ?? null;
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return descending ? y - x : x - y;
  });
}

/** The same month a year earlier, YYYY-MM. */
export const lastYearOf = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;

/** A figure's value as the table and the card show it; a dash for one the service did not answer. */
export function formatFigure(
  figure: ScorecardFigure,
  value: number | null | undefined,
  format: Formatters,
  t: (key: string) => string,
): string {
  if (value === null || value === undefined) return '–';
  if (figure.kind === 'share') return format.percent(value);
  if (figure.kind === 'change') return `${value > 0 ? '+' : ''}${format.percent(value)}`;
  if (figure.kind === 'score') return value.toFixed(1);
  if (figure.kind === 'filed') return t(value ? 'scorecards.filed' : 'scorecards.notFiled');
  return format.number(value);
}
