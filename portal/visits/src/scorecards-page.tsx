import { graphql } from './gql';
import {
  companyMonth,
  Empty,
  MonthPicker,
  QueryState,
  useFormat,
  usePageTitle,
  useUrlFilters,
  type Formatters,
} from '@fieldloop/portal-kit';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  accountManagersOf,
  formatFigure,
  lastYearOf,
  outliersOf,
  rankOn,
  SCORECARD_FIGURES,
  type Outlier,
  type ScorecardMember,
} from './scorecard-figures';
import { ScorecardCard } from './scorecard-card';
import { useTeamQuery } from './use-team-query';

const SCORECARDS = graphql(`
  query Scorecards($supervisorId: ID!, $month: String!, $lastYearMonth: String!) {
    staffMember(id: $supervisorId) {
      id
      team {
        id
        name
        role
        active
        ...ScorecardMonth
        lastYear: salesFigures(month: $lastYearMonth) {
          volumeCartons
        }
      }
    }
  }

  fragment ScorecardMonth on StaffMember {
    visitFigures(month: $month) {
      made
      verifiedShare
      frequencyAttainment
      coverage
      realRecordShare
      copiedNoteShare
      workLogsFiled
      monthlyReportFiled
      satisfactionAverage
      outliers {
        figure
        code
        value
        teamMedian
        reason
      }
    }
    salesFigures(month: $month) {
      volumeCartons
      keyBrandShare
      grossMarginRate
      newBrandCartons
      newBrandCarriers
      fulfilmentRate
      outliers {
        figure
        code
        value
        teamMedian
        reason
      }
    }
    loopFigures(month: $month) {
      marketLeadsRaised
      marketLeadsClosed
      answeredWithinDeadlineShare
      averageSatisfaction
      outliers {
        figure
        code
        value
        teamMedian
        reason
      }
    }
    marketKnowledge(month: $month) {
      filesUpToDateShare
      creditAssessedShare
      outliers {
        figure
        code
        value
        teamMedian
        reason
      }
    }
  }
`);

/**
 * The supervisor's team on the eight criteria for a month, in one query through the gateway
 * (`team` of the supervisor: each service adds its section of figures to every member): sorted on any column (in the page:
 * a team is a handful of people), outliers marked with the reason the service gave, each
 * column's definition on hover, and one person's twelve months on a card below.
 */
export function ScorecardsPage() {
  const { t } = useTranslation('visits');
  const { values, set } = useUrlFilters(['month', 'manager'] as const);
  const month = /^\d{4}-\d{2}$/.test(values.month) ? values.month : companyMonth();
  const query = useTeamQuery(SCORECARDS, { month, lastYearMonth: lastYearOf(month) });
  usePageTitle(t('scorecards.title'));
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('scorecards.title')}</h1>
      <MonthPicker month={month} onChange={(value) => set({ month: value })} />
      <QueryState query={query}>
        {(data) => {
          const team = accountManagersOf(data.staffMember.team);
          return team.length === 0 ? (
            <Empty>{t('team.noTeam')}</Empty>
          ) : (
            <>
              <ScorecardTable team={team} onOpen={(manager) => set({ manager })} />
              {values.manager && (
                <ScorecardCard
                  accountManagerId={values.manager}
                  name={team.find((member) => member.id === values.manager)?.name ?? ''}
                  month={month}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function ScorecardTable({ team, onOpen }: { team: ScorecardMember[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation('visits');
  const format = useFormat();
  const [sort, setSort] = useState<{ key: string; descending: boolean }>({ key: 'volume', descending: true });
  const figure = SCORECARD_FIGURES.find((candidate) => candidate.key === sort.key)!;
  const ranked = useMemo(() => rankOn(team, figure, (member) => member, sort.descending), [team, figure, sort.descending]);
  const sortBy = (key: string) => setSort((current) => ({ key, descending: current.key === key ? !current.descending : true }));
  return (
    <div className="table-scroll">
      <table className="scorecards">
        <thead>
          <tr>
            <th scope="col">{t('scorecards.rank')}</th>
            <th scope="col">{t('team.columns.manager')}</th>
            <th scope="col">{t('scorecards.outliers')}</th>
            {SCORECARD_FIGURES.map(({ key }) => (
              <th
                key={key}
                scope="col"
                className="number"
                aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button type="button" className="link" title={t(`scorecards.definitions.${key}`)} onClick={() => sortBy(key)}>
                  {t(`scorecards.figures.${key}`)}
                  {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ranked.map((member, index) => {
            const outliers = outliersOf(member);
            return (
              <tr key={member.id} data-manager={member.id} className={outliers.length ? 'outlier' : undefined}>
                <td className="number">{index + 1}</td>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onOpen(member.id)}>
                    {member.name}
                  </button>
                </th>
                <td>
                  <ul className="outliers">
                    {outliers.map((outlier) => (
                      <li key={outlier.code} data-outlier={outlier.code}>
                        {outlierReason(outlier, t, format)}
                      </li>
                    ))}
                  </ul>
                </td>
                {SCORECARD_FIGURES.map((column) => {
                  const flagged = outliers.filter(
                    (outlier) => outlier.section === column.section && outlier.figure === column.outlierFigure,
                  );
                  return (
                    <td
                      key={column.key}
                      className={`number ${flagged.length ? 'tone-bad' : ''}`}
                      title={flagged.map((outlier) => outlierReason(outlier, t, format)).join('\n') || undefined}
                    >
                      {formatFigure(column, column.value(member), format, t)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The outlier's reason in the page's language, from its code; the service's English words for a code the page does not know. */
function outlierReason(outlier: Outlier, t: (key: string, options: Record<string, unknown>) => string, format: Formatters): string {
  return t(`scorecards.outlierReasons.${outlier.code}`, {
    value: format.percent(outlier.value),
    teamMedian: format.percent(outlier.teamMedian),
    defaultValue: outlier.reason,
  });
}
