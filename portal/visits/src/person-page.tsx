import { useQuery } from '@apollo/client/react';
import {
  companyMonth,
  companyToday,
  Empty,
  enumValues,
  FlagList,
  MonthPicker,
  QueryState,
  useFormat,
  usePageTitle,
  useUrlFilters,
} from '@fieldloop/portal-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from './gql';
import type { PersonPageQuery, VisitFlagKind } from './gql/graphql';

const FLAG_KINDS = enumValues<VisitFlagKind>({
  DISTANCE: true,
  OUTSIDE_HOURS: true,
  SHORT_VISIT: true,
  IMPOSSIBLE_TRAVEL: true,
  EMPTY_NOTES: true,
  COPIED_NOTES: true,
});
/** How far back promises are looked for: longer than any promise's term. */
const PROMISES_DAYS = 90;

// One account manager's page in one request: who they are, the day's work log, the month's
// report with the supervisor's annotation, flagged visits of the period, promises, plans.
const PERSON = graphql(`
  query PersonPage(
    $id: ID!
    $day: String!
    $month: String!
    $from: String!
    $to: String!
    $promisesFrom: String!
    $flagKinds: [VisitFlagKind!]!
  ) {
    staffMember(id: $id) {
      id
      name
      role
      phone
      territories {
        id
        name
      }
      supervisor {
        id
        name
      }
      visitPlans(from: $day) {
        id
        planDate
        status
        visits {
          id
        }
      }
    }
    workLog(accountManagerId: $id, date: $day) {
      date
      planned
      completed
      missed
      cancelled
      fieldMinutes
      annotation {
        text
        updatedAt
      }
      visits {
        id
        sequence
        status
        theme
        checkInAt
        checkOutAt
        retailer {
          id
          shopName
        }
        flags {
          kind
          value
        }
      }
    }
    monthlyReport(accountManagerId: $id, month: $month) {
      month
      figures {
        planned
        made
        verified
        coverage
        realRecordShare
        frequencyAttainment
      }
      satisfactionAverage
      casesRaised
      promisesMade
      promisesKept
      marketNotes
      annotation {
        text
        updatedAt
      }
    }
    flagged: visits(first: 20, filter: { accountManagerId: $id, from: $from, to: $to, flaggedWith: $flagKinds }) {
      totalCount
      edges {
        node {
          id
          plannedFor
          status
          retailer {
            id
            shopName
          }
          flags {
            kind
            value
          }
        }
      }
    }
    withPromises: visits(first: 25, filter: { accountManagerId: $id, from: $promisesFrom }) {
      edges {
        node {
          id
          plannedFor
          retailer {
            id
            shopName
          }
          promises {
            id
            description
            dueOn
            keptAt
          }
        }
      }
    }
  }
`);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export function PersonPage() {
  const { id } = useParams();
  const { t } = useTranslation('visits');
  const { values, set } = useUrlFilters(['day', 'month', 'from', 'to'] as const);
  const today = companyToday();
  const day = DAY.test(values.day) ? values.day : today;
  const month = /^\d{4}-\d{2}$/.test(values.month) ? values.month : companyMonth();
  const to = DAY.test(values.to) ? values.to : today;
  const from = DAY.test(values.from) ? values.from : daysBefore(to, 30);
  const query = useQuery(PERSON, {
    variables: { id: id!, day, month, from, to, promisesFrom: daysBefore(today, PROMISES_DAYS), flagKinds: FLAG_KINDS },
  });
  usePageTitle(query.data?.staffMember.name ?? t('person.title'));
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <p>
        <Link to="/visits/team">← {t('person.back')}</Link>
      </p>
      <QueryState query={query}>
        {(data) => (
          <PersonView
            data={data}
            titleId={titleId}
            day={day}
            month={month}
            from={from}
            to={to}
            onChange={(change) => set(change, { keepPage: true })}
          />
        )}
      </QueryState>
    </section>
  );
}

interface ViewProps {
  data: PersonPageQuery;
  titleId: string;
  day: string;
  month: string;
  from: string;
  to: string;
  onChange(change: Partial<Record<'day' | 'month' | 'from' | 'to', string>>): void;
}

function PersonView({ data, titleId, day, month, from, to, onChange }: ViewProps) {
  const { t } = useTranslation('visits');
  const format = useFormat();
  const { staffMember: person, workLog, monthlyReport: report, flagged, withPromises } = data;
  const today = companyToday();
  const promises = withPromises.edges.flatMap(({ node: visit }) => visit.promises.map((promise) => ({ ...promise, visit })));
  const open = promises.filter((promise) => !promise.keptAt).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <article data-person={person.id}>
      <h1 id={titleId}>{person.name}</h1>
      <p className="tone-muted">
        {t(`common:role.${person.role}`)} · {person.territories.map((territory) => territory.name).join('、')}
        {person.supervisor && ` · ${t('person.supervisor', { name: person.supervisor.name })}`}
      </p>

      <section className="panel" aria-labelledby="work-log">
        <h2 id="work-log">{t('person.workLog', { date: format.date(workLog.date) })}</h2>
        <label>
          {t('person.day')}
          <input type="date" value={day} max={today} onChange={(event) => event.target.value && onChange({ day: event.target.value })} />
        </label>
        <p>
          {t('person.workLogSummary', {
            completed: format.number(workLog.completed),
            planned: format.number(workLog.planned),
            missed: format.number(workLog.missed),
            cancelled: format.number(workLog.cancelled),
          })}
          {workLog.fieldMinutes !== null && ` · ${t('person.fieldMinutes', { minutes: format.number(Math.round(workLog.fieldMinutes)) })}`}
        </p>
        {workLog.visits.length === 0 ? (
          <Empty>{t('person.noVisitsThatDay')}</Empty>
        ) : (
          <ol className="route-stops">
            {workLog.visits.map((visit) => (
              <li key={visit.id} data-work-log-visit={visit.id}>
                <Link to={`/customers/retailers/${visit.retailer.id}`}>{visit.retailer.shopName}</Link> — {visit.theme}{' '}
                <span className="badge">{t(`common:visitStatus.${visit.status}`)}</span>
                {visit.checkInAt && <span className="tone-muted"> {t('today.checkedIn', { time: format.time(visit.checkInAt) })}</span>}
                <FlagList flags={visit.flags} />
              </li>
            ))}
          </ol>
        )}
        {workLog.annotation && <Annotation text={workLog.annotation.text} />}
      </section>

      <section className="panel" aria-labelledby="monthly-report">
        <h2 id="monthly-report">{t('person.report', { month: format.month(report.month) })}</h2>
        <MonthPicker month={month} onChange={(value) => onChange({ month: value })} />
        <dl className="facts">
          <dt>{t('team.columns.made')}</dt>
          <dd>{t('person.madeOfPlanned', { made: format.number(report.figures.made), planned: format.number(report.figures.planned) })}</dd>
          <dt>{t('team.columns.coverage')}</dt>
          <dd>{format.percent(report.figures.coverage)}</dd>
          <dt>{t('team.columns.realRecords')}</dt>
          <dd>{format.percent(report.figures.realRecordShare)}</dd>
          <dt>{t('person.satisfaction')}</dt>
          <dd>{report.satisfactionAverage === null ? '—' : format.number(report.satisfactionAverage, { maximumFractionDigits: 1 })}</dd>
          <dt>{t('person.cases')}</dt>
          <dd>{format.number(report.casesRaised)}</dd>
          <dt>{t('person.promisesKept')}</dt>
          <dd>{t('person.keptOfMade', { kept: format.number(report.promisesKept), made: format.number(report.promisesMade) })}</dd>
        </dl>
        {report.marketNotes.length > 0 && (
          <>
            <h3>{t('person.marketNotes')}</h3>
            <ul>
              {report.marketNotes.slice(0, 5).map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          </>
        )}
        {report.annotation ? <Annotation text={report.annotation.text} /> : <p className="tone-muted">{t('person.noAnnotation')}</p>}
      </section>

      <section className="panel" aria-labelledby="flagged-visits">
        <h2 id="flagged-visits">{t('person.flagged', { count: flagged.totalCount })}</h2>
        <div className="actions filters">
          <label>
            {t('person.from')}
            <input type="date" value={from} max={to} onChange={(event) => event.target.value && onChange({ from: event.target.value })} />
          </label>
          <label>
            {t('person.to')}
            <input type="date" value={to} min={from} onChange={(event) => event.target.value && onChange({ to: event.target.value })} />
          </label>
        </div>
        {flagged.edges.length === 0 ? (
          <Empty>{t('person.noFlagged')}</Empty>
        ) : (
          <ul>
            {flagged.edges.map(({ node: visit }) => (
              <li key={visit.id} data-flagged-visit={visit.id}>
                {format.date(visit.plannedFor)} · <Link to={`/customers/retailers/${visit.retailer.id}`}>{visit.retailer.shopName}</Link>
                <FlagList flags={visit.flags} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="promises">
        <h2 id="promises">{t('person.promises', { count: open.length })}</h2>
        {open.length === 0 ? (
          <Empty>{t('person.noPromises')}</Empty>
        ) : (
          <ul>
            {open.map((promise) => (
              <li key={promise.id} className={promise.dueOn < today ? 'tone-bad' : undefined} data-promise={promise.id}>
                {promise.description} ·{' '}
                <Link to={`/customers/retailers/${promise.visit.retailer.id}`}>{promise.visit.retailer.shopName}</Link> ·{' '}
                {promise.dueOn < today
                  ? t('person.overdue', { date: format.date(promise.dueOn) })
                  : t('person.due', { date: format.date(promise.dueOn) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="plans">
        <h2 id="plans">{t('person.plans')}</h2>
        {(person.visitPlans ?? []).length === 0 ? (
          <Empty>{t('person.noPlans')}</Empty>
        ) : (
          <ul>
            {(person.visitPlans ?? []).map((plan) => (
              <li key={plan.id}>
                {format.date(plan.planDate)} · {t(`common:planStatus.${plan.status}`)} · {t('person.stops', { count: plan.visits.length })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function Annotation({ text }: { text: string }) {
  const { t } = useTranslation('visits');
  return (
    <blockquote className="annotation">
      <strong>{t('person.annotation')}</strong> {text}
    </blockquote>
  );
}
