import { graphql } from './gql';
import { useMutation } from '@apollo/client/react';
import {
  companyToday,
  Empty,
  FlagList,
  ErrorNotice,
  GeoPlot,
  QueryState,
  useFormat,
  usePageTitle,
  useUrlFilters,
  type GeoPoint,
} from '@fieldloop/portal-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLiveRefetch } from './use-live-refetch';
import type { VisitsTodayQuery } from './gql/graphql';
import { PartialTeam, useTeamQuery } from './use-team-query';

type Member = VisitsTodayQuery['staffMembers']['edges'][number]['node'];
type Plan = NonNullable<Member['visitPlans']>[number];

// Today's and later plans of the whole team in one request: today's route and progress, and
// whatever waits for the supervisor's approval.
const TODAY = graphql(`
  query VisitsToday($supervisorId: ID!, $day: String!) {
    staffMembers(first: 15, filter: { supervisorId: $supervisorId, roles: [ACCOUNT_MANAGER], active: true }) {
      totalCount
      edges {
        node {
          id
          name
          territories {
            id
            name
          }
          visitPlans(from: $day) {
            id
            planDate
            status
            visits {
              id
              sequence
              status
              theme
              checkInAt
              checkOutAt
              checkInLatitude
              checkInLongitude
              checkInDistanceMeters
              retailer {
                id
                shopName
                latitude
                longitude
              }
              flags {
                kind
                value
              }
            }
          }
        }
      }
    }
  }
`);

const APPROVE = graphql(`
  mutation ApprovePlan($input: ReviewVisitPlanInput!) {
    approveVisitPlan(input: $input) {
      id
      status
      reviewedAt
    }
  }
`);
const RETURN = graphql(`
  mutation ReturnPlan($input: ReviewVisitPlanInput!) {
    returnVisitPlan(input: $input) {
      id
      status
      reviewComment
    }
  }
`);

export function TodayPage() {
  const { t } = useTranslation('visits');
  const format = useFormat();
  const day = companyToday();
  const query = useTeamQuery(TODAY, { day });
  useLiveRefetch(query.refetch);
  usePageTitle(t('today.title'));
  const id = useId();

  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('today.title')}</h1>
      <p className="tone-muted">{t('today.subtitle', { date: format.date(day) })}</p>
      <QueryState query={query}>
        {(data) =>
          data.staffMembers.edges.length === 0 ? (
            <Empty>{t('today.noTeam')}</Empty>
          ) : (
            <>
              <PartialTeam shown={data.staffMembers.edges.length} total={data.staffMembers.totalCount} />
              <TodayView team={data.staffMembers.edges.map((edge) => edge.node)} reviewerId={query.me!.id} day={day} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function TodayView({ team, reviewerId, day }: { team: Member[]; reviewerId: string; day: string }) {
  const { t } = useTranslation('visits');
  const format = useFormat();
  const { values, set } = useUrlFilters(['manager'] as const);
  // visitPlans is null when the visits service failed to answer for that person.
  const todays = team.map((member) => ({ member, plan: member.visitPlans?.find((plan) => plan.planDate === day) }));
  const visits = todays.flatMap(({ member, plan }) => (plan?.visits ?? []).map((visit) => ({ member, visit })));
  const waiting = team.flatMap((member) =>
    (member.visitPlans ?? []).filter((plan) => plan.status === 'SUBMITTED').map((plan) => ({ member, plan })),
  );
  const flagged = visits.filter(({ visit }) => visit.flags.length > 0);
  // The chosen account manager's route, else the first who is out on the road.
  const selected =
    todays.find(({ member }) => member.id === values.manager) ??
    todays.find(({ plan }) => plan?.visits.some((visit) => visit.checkInAt)) ??
    todays.find(({ plan }) => plan);

  return (
    <>
      <p>
        {t('today.summary', {
          done: format.number(visits.filter(({ visit }) => visit.status === 'COMPLETED').length),
          total: format.number(visits.length),
          inProgress: format.number(visits.filter(({ visit }) => visit.status === 'IN_PROGRESS').length),
          flagged: format.number(flagged.length),
        })}
      </p>

      <section className="panel" aria-labelledby="approvals">
        <h2 id="approvals">{t('today.approvals')}</h2>
        {waiting.length === 0 ? (
          <Empty>{t('today.noApprovals')}</Empty>
        ) : (
          waiting.map(({ member, plan }) => <PlanReview key={plan.id} reviewerId={reviewerId} manager={member.name} plan={plan} />)
        )}
      </section>

      <section aria-labelledby="managers">
        <h2 id="managers">{t('today.managers')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('today.columns.manager')}</th>
              <th scope="col">{t('today.columns.territories')}</th>
              <th scope="col">{t('today.columns.plan')}</th>
              <th scope="col">{t('today.columns.progress')}</th>
              <th scope="col" className="number">
                {t('today.columns.flags')}
              </th>
              <th scope="col">{t('today.columns.route')}</th>
            </tr>
          </thead>
          <tbody>
            {todays.map(({ member, plan }) => {
              const done = plan?.visits.filter((visit) => visit.status === 'COMPLETED').length ?? 0;
              const total = plan?.visits.length ?? 0;
              return (
                <tr key={member.id} data-manager={member.id} data-plan-status={plan?.status ?? 'NONE'}>
                  <th scope="row">
                    <Link to={`/visits/people/${member.id}`}>{member.name}</Link>
                  </th>
                  <td>{member.territories.map((territory) => territory.name).join('、')}</td>
                  <td>{plan ? t(`common:planStatus.${plan.status}`) : <span className="tone-muted">{t('today.noPlan')}</span>}</td>
                  <td>
                    {plan && (
                      <>
                        <div
                          className="progress"
                          role="progressbar"
                          aria-valuemin={0}
                          aria-valuemax={total}
                          aria-valuenow={done}
                          aria-label={member.name}
                        >
                          <span style={{ width: `${total ? (100 * done) / total : 0}%` }} />
                        </div>
                        {t('today.progress', { done: format.number(done), total: format.number(total) })}
                      </>
                    )}
                  </td>
                  <td className="number">{format.number(plan?.visits.filter((visit) => visit.flags.length > 0).length ?? 0)}</td>
                  <td>
                    {plan && (
                      <button
                        type="button"
                        className="secondary"
                        aria-pressed={selected?.member.id === member.id}
                        onClick={() => set({ manager: member.id })}
                      >
                        {t('today.showRoute')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="route">
        {selected?.plan ? <RouteView manager={selected.member.name} plan={selected.plan} /> : <p id="route">{t('today.routeEmpty')}</p>}
      </section>

      <section className="panel" aria-labelledby="flagged">
        <h2 id="flagged">{t('today.flagged')}</h2>
        {flagged.length === 0 ? (
          <Empty>{t('today.noFlagged')}</Empty>
        ) : (
          <ul>
            {flagged.map(({ member, visit }) => (
              <li key={visit.id} data-flagged-visit={visit.id}>
                <Link to={`/customers/retailers/${visit.retailer.id}`}>
                  {t('today.flaggedVisit', { manager: member.name, shop: visit.retailer.shopName })}
                </Link>
                <FlagList flags={visit.flags} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function PlanReview({ reviewerId, manager, plan }: { reviewerId: string; manager: string; plan: Plan }) {
  const { t } = useTranslation('visits');
  const format = useFormat();
  const [comment, setComment] = useState('');
  const [needComment, setNeedComment] = useState(false);
  const [approve, approval] = useMutation(APPROVE);
  const [giveBack, giving] = useMutation(RETURN);
  const id = useId();
  const busy = approval.loading || giving.loading;
  return (
    <article className="plan-card" data-plan={plan.id} aria-labelledby={`${id}-plan`}>
      <header>
        <h3 id={`${id}-plan`}>{t('today.planFor', { manager, date: format.date(plan.planDate), count: plan.visits.length })}</h3>
      </header>
      <ol>
        {plan.visits.map((visit) => (
          <li key={visit.id}>
            {visit.retailer.shopName} — {visit.theme}
          </li>
        ))}
      </ol>
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => void approve({ variables: { input: { planId: plan.id, reviewerId } } }).catch(() => undefined)}
        >
          {t('today.approve')}
        </button>
        <label htmlFor={`${id}-comment`} className="visually-hidden">
          {t('today.returnComment')}
        </label>
        <input
          id={`${id}-comment`}
          value={comment}
          placeholder={t('today.returnComment')}
          onChange={(event) => setComment(event.target.value)}
          size={32}
        />
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => {
            if (!comment.trim()) return setNeedComment(true);
            setNeedComment(false);
            void giveBack({ variables: { input: { planId: plan.id, reviewerId, comment: comment.trim() } } }).catch(() => undefined);
          }}
        >
          {t('today.return')}
        </button>
      </div>
      {needComment && (
        <p className="tone-bad" role="alert">
          {t('today.commentNeeded', { manager })}
        </p>
      )}
      {(approval.error ?? giving.error) && <ErrorNotice error={approval.error ?? giving.error} />}
    </article>
  );
}

function RouteView({ manager, plan }: { manager: string; plan: Plan }) {
  const { t } = useTranslation('visits');
  const format = useFormat();
  const stops = [...plan.visits].sort((a, b) => a.sequence - b.sequence);
  // Numbered 1, 2, 3 … in route order, as the list beside the map counts them (sequences may skip).
  const points: GeoPoint[] = stops.map((visit, index) => ({
    id: visit.id,
    latitude: visit.retailer.latitude,
    longitude: visit.retailer.longitude,
    label: t('today.mapStop', { number: index + 1, shop: visit.retailer.shopName, status: t(`common:visitStatus.${visit.status}`) }),
    tone: `visit-${visit.status.toLowerCase()}`,
    number: index + 1,
  }));
  const checkIns = stops.filter((visit) => visit.checkInLatitude !== null && visit.checkInLongitude !== null);
  for (const visit of checkIns) {
    points.push({
      id: `check-in-${visit.id}`,
      latitude: visit.checkInLatitude!,
      longitude: visit.checkInLongitude!,
      label: `${visit.retailer.shopName}: ${t('today.checkedIn', { time: format.time(visit.checkInAt!) })}, ${t('today.distance', { value: format.number(visit.checkInDistanceMeters ?? 0) })}`,
      tone: visit.flags.some((flag) => flag.kind === 'DISTANCE') ? 'check-in-flagged' : 'check-in',
      ring: true,
    });
  }
  return (
    <>
      <h2 id="route">{t('today.route', { manager })}</h2>
      <div className="grid-2">
        <div>
          <GeoPlot
            title={t('today.routeTitle', { manager })}
            points={points}
            route={stops.map((visit) => visit.id)}
            links={checkIns.map((visit) => [visit.id, `check-in-${visit.id}`] as [string, string])}
            scaleLabel={(metres) => format.distance(metres)}
          />
          <ul className="legend" aria-label={t('common:map.legend')}>
            <li>{t('today.legend.shop')}</li>
            <li>{t('today.legend.number')}</li>
            <li className="tone-ok">◯ {t('today.legend.checkIn')}</li>
            <li className="tone-bad">◯ {t('today.legend.far')}</li>
          </ul>
        </div>
        <ol className="route-stops">
          {stops.map((visit) => (
            <li key={visit.id} data-stop={visit.id} data-status={visit.status}>
              <Link to={`/customers/retailers/${visit.retailer.id}`}>{visit.retailer.shopName}</Link> — {visit.theme}{' '}
              <span className="badge">{t(`common:visitStatus.${visit.status}`)}</span>
              <div className="tone-muted">
                {[
                  visit.checkInAt && t('today.checkedIn', { time: format.time(visit.checkInAt) }),
                  visit.checkOutAt && t('today.checkedOut', { time: format.time(visit.checkOutAt) }),
                  visit.checkInDistanceMeters !== null && t('today.distance', { value: format.number(visit.checkInDistanceMeters) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
              {visit.flags.length > 0 && <FlagList flags={visit.flags} />}
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}
