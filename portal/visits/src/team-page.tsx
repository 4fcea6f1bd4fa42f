import { graphql } from './gql';
import { companyMonth, Empty, Loading, QueryState, useFormat, useUrlFilters, type Formatters } from '@fieldloop/portal-kit';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from './echart';
import { useLiveRefetch } from './use-live-refetch';
import type { TeamFiguresQuery } from './gql/graphql';
import { useTeamQuery } from './use-team-query';

type Member = TeamFiguresQuery['staffMembers']['edges'][number]['node'];
type Figures = NonNullable<Member['visitFigures']>;
/** visitFigures is null for someone whose figures the visits service failed to answer. */
type Measured = Member & { visitFigures: Figures };
const isMeasured = (member: Member): member is Measured => member.visitFigures !== null;

const TEAM = graphql(`
  query TeamFigures($supervisorId: ID!, $month: String!) {
    staffMembers(first: 10, filter: { supervisorId: $supervisorId, roles: [ACCOUNT_MANAGER], active: true }) {
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
        }
      }
    }
  }
`);

// ECharts is most of this remote's weight: only the team page loads it.
const EChart = lazy(() => import('./echart').then((module) => ({ default: module.EChart })));

const shiftMonth = (month: string, by: number) => {
  const [year, number] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, number - 1 + by, 1));
  return date.toISOString().slice(0, 7);
};

const verifiedShare = (figures: Figures) => (figures.made ? figures.verified / figures.made : 0);

function chartOption(team: Measured[], t: TFunction, format: Formatters): ChartOption {
  const percent = (value: number) => format.percent(value);
  const line = (name: string, values: number[]) => ({
    name,
    type: 'line',
    yAxisIndex: 1,
    data: values.map((value) => Math.round(value * 1000) / 1000),
    symbolSize: 7,
  });
  return {
    aria: { enabled: true },
    color: ['#8792a2', '#0b5cab', '#1e6b34', '#b76e00', '#7b2cbf'],
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) =>
        typeof value === 'number' && value <= 1 && !Number.isInteger(value) ? percent(value) : String(value),
    },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: team.map((member) => member.name), axisLabel: { interval: 0, rotate: team.length > 6 ? 30 : 0 } },
    yAxis: [
      { type: 'value', name: t('visits:team.made'), minInterval: 1 },
      { type: 'value', min: 0, max: 1, axisLabel: { formatter: (value: number) => percent(value) }, splitLine: { show: false } },
    ],
    series: [
      { name: t('visits:team.planned'), type: 'bar', data: team.map((member) => member.visitFigures.planned) },
      { name: t('visits:team.made'), type: 'bar', data: team.map((member) => member.visitFigures.made) },
      line(
        t('visits:team.verifiedShare'),
        team.map((member) => verifiedShare(member.visitFigures)),
      ),
      line(
        t('visits:team.coverage'),
        team.map((member) => member.visitFigures.coverage),
      ),
      line(
        t('visits:team.realRecordShare'),
        team.map((member) => member.visitFigures.realRecordShare),
      ),
    ],
  };
}

export function TeamPage() {
  const { t } = useTranslation('visits');
  const format = useFormat();
  const { values, set } = useUrlFilters(['month'] as const);
  const month = /^\d{4}-\d{2}$/.test(values.month) ? values.month : companyMonth();
  const query = useTeamQuery(TEAM, { month });
  useLiveRefetch(query.refetch);
  const id = useId();

  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('team.title')}</h1>
      <div className="actions filters">
        <button type="button" className="secondary" onClick={() => set({ month: shiftMonth(month, -1) })}>
          ← {t('team.previous')}
        </button>
        <label>
          {t('team.month')}
          <input type="month" value={month} onChange={(event) => set({ month: event.target.value })} />
        </label>
        <button type="button" className="secondary" onClick={() => set({ month: shiftMonth(month, 1) })}>
          {t('team.next')} →
        </button>
      </div>
      <QueryState query={query}>
        {(data) =>
          data.staffMembers.edges.length === 0 ? (
            <Empty>{t('team.noTeam')}</Empty>
          ) : (
            <TeamView team={data.staffMembers.edges.map((edge) => edge.node)} month={month} format={format} />
          )
        }
      </QueryState>
    </section>
  );
}

function TeamView({ team, month, format }: { team: Member[]; month: string; format: Formatters }) {
  const { t } = useTranslation('visits');
  // t and format change with the language, so the chart is redrawn in it.
  const option = useMemo(() => chartOption(team.filter(isMeasured), t, format), [team, t, format]);
  return (
    <>
      <div className="panel">
        <h2>{t('team.chartTitle', { month: format.month(month) })}</h2>
        <Suspense fallback={<Loading />}>
          <EChart option={option} label={t('team.chartTitle', { month: format.month(month) })} />
        </Suspense>
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
              <th scope="row">{name}</th>
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
        {t('team.verifiedDetail', { verified: format.number(figures.verified), share: format.percent(verifiedShare(figures)) })}
      </td>
      <td className="number" title={t('team.coverageDetail', { visited: figures.retailersVisited, total: figures.retailersInTerritory })}>
        {format.percent(figures.coverage)}
      </td>
      <td className={`number ${figures.realRecordShare < 0.8 ? 'tone-bad' : ''}`}>{format.percent(figures.realRecordShare)}</td>
      <td className="number">{format.percent(figures.frequencyAttainment)}</td>
    </>
  );
}
