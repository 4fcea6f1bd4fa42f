import { graphql } from './gql';
import {
  companyMonth,
  Empty,
  Loading,
  MonthPicker,
  QueryState,
  shiftMonth,
  useFormat,
  usePageTitle,
  useUrlFilters,
  type Formatters,
} from '@fieldloop/portal-kit';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChartOption } from './echart';
import { useLiveRefetch } from './use-live-refetch';
import type { TeamFiguresQuery } from './gql/graphql';
import { PartialTeam, useTeamQuery } from './use-team-query';

type Member = TeamFiguresQuery['staffMembers']['edges'][number]['node'];
type Figures = NonNullable<Member['visitFigures']>;
/** visitFigures is null for someone whose figures the visits service failed to answer. */
type Measured = Member & { visitFigures: Figures };
const isMeasured = (member: Member): member is Measured => member.visitFigures !== null;

const TEAM = graphql(`
  query TeamFigures($supervisorId: ID!, $month: String!, $previousMonth: String!) {
    staffMembers(first: 20, filter: { supervisorId: $supervisorId, roles: [ACCOUNT_MANAGER], active: true }) {
      totalCount
      edges {
        node {
          id
          name
          territories {
            id
            name
          }
          visitFigures(month: $month) {
            planned
            made
            verified
            retailersVisited
            retailersInTerritory
            frequencyAttainment
            coverage
            realRecordShare
          }
          previous: visitFigures(month: $previousMonth) {
            made
            verified
            coverage
            realRecordShare
          }
        }
      }
    }
  }
`);

// ECharts is most of this remote's weight: only the team page loads it.
const EChart = lazy(() => import('./echart').then((module) => ({ default: module.EChart })));

const round = (value: number) => Math.round(value * 1000) / 1000;
const verifiedShareOf = (figures: { made: number; verified: number } | null) => (figures?.made ? figures.verified / figures.made : 0);

/**
 * Bars per figure, people side by side: counts and shares each on an axis of their own (a
 * line would join different people, as if they were points in time). The previous month
 * stands lighter beside this one.
 */
function countsOption(team: Measured[], t: TFunction, previousLabel: string): ChartOption {
  return {
    aria: { enabled: true },
    color: ['#b9c1cc', '#0b5cab', '#8fb3de'],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: team.map((member) => member.name), axisLabel: { interval: 0, rotate: team.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: t('visits:team.visits'), minInterval: 1 },
    series: [
      { name: t('visits:team.planned'), type: 'bar', data: team.map((member) => member.visitFigures.planned) },
      { name: t('visits:team.made'), type: 'bar', data: team.map((member) => member.visitFigures.made) },
      { name: previousLabel, type: 'bar', data: team.map((member) => member.previous?.made ?? 0) },
    ],
  };
}

function sharesOption(team: Measured[], t: TFunction, format: Formatters): ChartOption {
  const share = (value: unknown) => (typeof value === 'number' ? format.percent(value) : String(value));
  return {
    aria: { enabled: true },
    color: ['#1e6b34', '#b76e00', '#7b2cbf'],
    tooltip: { trigger: 'axis', valueFormatter: share },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: team.map((member) => member.name), axisLabel: { interval: 0, rotate: team.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: share } },
    series: [
      { name: t('visits:team.verifiedShare'), type: 'bar', data: team.map((member) => round(verifiedShareOf(member.visitFigures))) },
      { name: t('visits:team.coverage'), type: 'bar', data: team.map((member) => round(member.visitFigures.coverage)) },
      { name: t('visits:team.realRecordShare'), type: 'bar', data: team.map((member) => round(member.visitFigures.realRecordShare)) },
    ],
  };
}

export function TeamPage() {
  const { t } = useTranslation('visits');
  const format = useFormat();
  const { values, set } = useUrlFilters(['month'] as const);
  const month = /^\d{4}-\d{2}$/.test(values.month) ? values.month : companyMonth();
  const query = useTeamQuery(TEAM, { month, previousMonth: shiftMonth(month, -1) });
  useLiveRefetch(query.refetch);
  usePageTitle(t('team.title'));
  const id = useId();

  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('team.title')}</h1>
      <MonthPicker month={month} onChange={(value) => set({ month: value })} />
      <QueryState query={query}>
        {(data) =>
          data.staffMembers.edges.length === 0 ? (
            <Empty>{t('team.noTeam')}</Empty>
          ) : (
            <>
              <PartialTeam shown={data.staffMembers.edges.length} total={data.staffMembers.totalCount} />
              <TeamView team={data.staffMembers.edges.map((edge) => edge.node)} month={month} format={format} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function TeamView({ team, month, format }: { team: Member[]; month: string; format: Formatters }) {
  const { t } = useTranslation('visits');
  const soFar = month === companyMonth();
  const monthLabel = soFar ? t('team.monthToDate', { month: format.month(month) }) : format.month(month);
  const previousLabel = t('team.previousMade', { month: format.month(shiftMonth(month, -1)) });
  // t and format change with the language, so the charts are redrawn in it.
  const measured = useMemo(() => team.filter(isMeasured), [team]);
  const counts = useMemo(() => countsOption(measured, t, previousLabel), [measured, t, previousLabel]);
  const shares = useMemo(() => sharesOption(measured, t, format), [measured, t, format]);
  return (
    <>
      {soFar && <p className="tone-muted">{t('team.soFarNote')}</p>}
      <div className="grid-2">
        <div className="panel">
          <h2>{t('team.countsTitle', { month: monthLabel })}</h2>
          <Suspense fallback={<Loading />}>
            <EChart option={counts} label={t('team.countsTitle', { month: monthLabel })} />
          </Suspense>
        </div>
        <div className="panel">
          <h2>{t('team.sharesTitle', { month: monthLabel })}</h2>
          <Suspense fallback={<Loading />}>
            <EChart option={shares} label={t('team.sharesTitle', { month: monthLabel })} />
          </Suspense>
        </div>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('team.columns.manager')}</th>
            <th scope="col">{t('team.columns.territories')}</th>
            <th scope="col" className="number">
              {t('team.columns.planned')}
            </th>
            <th scope="col" className="number">
              {t('team.columns.made')}
            </th>
            <th scope="col" className="number">
              {t('team.columns.verified')}
            </th>
            <th scope="col" className="number">
              {t('team.columns.coverage')}
            </th>
            <th scope="col" className="number">
              {t('team.columns.realRecords')}
            </th>
            <th scope="col" className="number">
              {t('team.columns.frequency')}
            </th>
          </tr>
        </thead>
        <tbody>
          {team.map(({ id, name, territories, visitFigures: figures }) => (
            <tr key={id} data-manager={id}>
              <th scope="row">
                <Link to={`/visits/people/${id}`}>{name}</Link>
              </th>
              <td>{territories.map((territory) => territory.name).join('、')}</td>
              {figures ? (
                <FigureCells figures={figures} format={format} />
              ) : (
                <td colSpan={6} className="tone-muted">
                  {t('team.noFigures')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function FigureCells({ figures, format }: { figures: Figures; format: Formatters }) {
  const { t } = useTranslation('visits');
  return (
    <>
      <td className="number">{format.number(figures.planned)}</td>
      <td className="number">{format.number(figures.made)}</td>
      <td className="number">
        {t('team.verifiedDetail', { verified: format.number(figures.verified), share: format.percent(verifiedShareOf(figures)) })}
      </td>
      <td className="number" title={t('team.coverageDetail', { visited: figures.retailersVisited, total: figures.retailersInTerritory })}>
        {format.percent(figures.coverage)}
      </td>
      <td className={`number ${figures.realRecordShare < 0.8 ? 'tone-bad' : ''}`}>{format.percent(figures.realRecordShare)}</td>
      <td className="number">{format.percent(figures.frequencyAttainment)}</td>
    </>
  );
}
