import { useApolloClient } from '@apollo/client/react';
import { ErrorNotice, Loading, shiftMonth, useFormat, type Formatters } from '@fieldloop/portal-kit';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from './echart';
import { graphql } from './gql';
import { formatFigure, lastYearOf, SCORECARD_FIGURES, volumeChange, type MonthFigures } from './scorecard-figures';

const CARD_MONTH = graphql(`
  query ScorecardCardMonth($id: ID!, $month: String!, $lastYearMonth: String!) {
    staffMember(id: $id) {
      id
      ...ScorecardMonth
      lastYear: salesFigures(month: $lastYearMonth) {
        volumeCartons
      }
    }
  }
`);

const EChart = lazy(() => import('./echart').then((module) => ({ default: module.EChart })));

/** The twelve months up to `month`, oldest first. */
const twelveMonthsTo = (month: string) => Array.from({ length: 12 }, (_, index) => shiftMonth(month, index - 11));

/*
 * One request per month: a figures field takes one month, and twelve months of three sections
 * in one document would pass the gateway's alias limit. Apollo caches each month, so moving the
 * month picker asks only for the month that is new.
 */
function useTwelveMonths(accountManagerId: string, month: string) {
  const client = useApolloClient();
  const [state, setState] = useState<{ key: string; months?: MonthFigures[]; error?: Error }>({ key: '' });
  const key = `${accountManagerId}|${month}`;
  useEffect(() => {
    let current = true;
    Promise.all(
      twelveMonthsTo(month).map((each) =>
        client
          .query({ query: CARD_MONTH, variables: { id: accountManagerId, month: each, lastYearMonth: lastYearOf(each) } })
          .then((result) => result.data!.staffMember),
      ),
    ).then(
      (months) => current && setState({ key, months }),
      (error: Error) => current && setState({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [client, accountManagerId, month, key]);
  return state.key === key ? state : { key };
}

function volumeOption(months: string[], figures: MonthFigures[], t: TFunction, format: Formatters): ChartOption {
  return {
    aria: { enabled: true },
    color: ['#0b5cab', '#b9c1cc'],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: months.map((each) => format.month(each)) },
    yAxis: { type: 'value', name: t('scorecards.cartons'), minInterval: 1 },
    series: [
      { name: t('scorecards.thisYear'), type: 'bar', data: figures.map((each) => each.salesFigures?.volumeCartons ?? null) },
      { name: t('scorecards.lastYear'), type: 'bar', data: figures.map((each) => each.lastYear?.volumeCartons ?? null) },
    ],
  };
}

/** Bars per share figure of one section, month by month (ECharts' bars only: the remote's size budget). */
function sharesOption(section: string, months: string[], figures: MonthFigures[], t: TFunction, format: Formatters): ChartOption {
  const share = (value: unknown) => (typeof value === 'number' ? format.percent(value) : String(value));
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis', valueFormatter: share },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: months.map((each) => format.month(each)) },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: share } },
    series: SCORECARD_FIGURES.filter((figure) => figure.section === section && figure.kind === 'share').map((figure) => ({
      name: t(`scorecards.figures.${figure.key}`),
      type: 'bar',
      data: figures.map((each) => figure.value(each) ?? null),
    })),
  };
}

/** One account manager's twelve months: volume against last year, and each section's shares. */
export function ScorecardCard({ accountManagerId, name, month }: { accountManagerId: string; name: string; month: string }) {
  const { t } = useTranslation('visits');
  const format = useFormat();
  const state = useTwelveMonths(accountManagerId, month);
  const months = useMemo(() => twelveMonthsTo(month), [month]);
  const charts = useMemo(
    () =>
      state.months && [
        { key: 'volume', option: volumeOption(months, state.months, t, format) },
        ...(['sales', 'visits', 'market', 'loop'] as const).map((section) => ({
          key: section,
          option: sharesOption(section, months, state.months!, t, format),
        })),
      ],
    [state.months, months, t, format],
  );
  const latest = state.months?.at(-1);
  return (
    <article className="panel scorecard-card" aria-label={t('scorecards.cardTitle', { name })}>
      <h2>{t('scorecards.cardTitle', { name })}</h2>
      {state.error && <ErrorNotice error={state.error} />}
      {!state.error && !charts && <Loading />}
      {latest && (
        <p>
          {t('scorecards.yoy', {
            month: format.month(month),
            change: formatFigure(
              SCORECARD_FIGURES.find((figure) => figure.key === 'volumeChange')!,
              volumeChange(latest),
              format,
              t,
            ),
          })}
        </p>
      )}
      {charts && (
        <div className="grid-2">
          {charts.map(({ key, option }) => (
            <div key={key}>
              <h3>{t(`scorecards.trends.${key}`)}</h3>
              <Suspense fallback={<Loading />}>
                <EChart option={option} label={t(`scorecards.trends.${key}`)} />
              </Suspense>
            </div>
          ))}
        </div>
      )}
    </article>
  );
}
