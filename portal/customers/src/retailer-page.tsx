import { graphql } from './gql';
import type { IndicatorLevel, Retailer360Query } from './gql/graphql';
import { useQuery } from '@apollo/client/react';
import { apiLocale, Empty, FlagList, QueryState, useFormat, usePageTitle } from '@fieldloop/portal-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RetailerCases } from './retailer-cases';
import { RetailerStory } from './retailer-story';

/**
 * The whole 360 view in one request: the customer file and credit from customers, the recent
 * visits with their findings and flags from visits, joined by the gateway.
 */
const RETAILER_360 = graphql(`
  query Retailer360($id: ID!, $locale: Locale!) {
    retailer(id: $id) {
      id
      licenceNumber
      shopName
      ownerName
      phone
      address
      businessType
      tier
      status
      statusReason
      openedOn
      routeSequence
      fileCompleteness
      territory {
        id
        name
      }
      accountManager {
        id
        name
      }
      business {
        plan
        tradingHours
        shopAreaSqm
        monthlyTurnoverBand
      }
      personal {
        ownerBirthday
        interests
        preferences
        personalityType
      }
      logistics {
        deliveryWindow
        priorityDelivery
        instructions
      }
      creditGrade
      creditAssessment {
        id
        assessedAt
        score
        grade
        breakdown(locale: $locale) {
          ...ScoreLine
        }
        note
        assessedBy {
          name
        }
      }
      creditHistory {
        id
        assessedAt
        grade
        score
        assessedBy {
          name
        }
      }
      contributionHistory {
        period
        totalScore
        breakdown(locale: $locale) {
          ...ScoreLine
        }
      }
      personalityProfile(locale: $locale) {
        name
        traits
        behaviours
        approach
      }
      quota {
        month
        quota
        used
        remaining
      }
      orders(first: 5) {
        edges {
          node {
            id
            placedAt
            status
            totalFen
            lines {
              productName
              ordered
            }
          }
        }
      }
      visits(first: 8) {
        totalCount
        edges {
          node {
            id
            plannedFor
            status
            theme
            checkInAt
            checkInDistanceMeters
            durationMinutes
            satisfaction
            notes
            displayInOrder
            priceTagsShown
            marketNotes
            retailerRequests
            stock {
              product
              cartons
            }
            nonChannelSightings {
              product
              quantity
              note
            }
            orderIntent {
              product
              cartons
            }
            cases {
              kind
              category
              description
            }
            promises {
              description
              dueOn
              keptAt
            }
            flags {
              kind
              value
            }
            accountManager {
              name
            }
          }
        }
      }
    }
  }

  fragment ScoreLine on ScoreIndicator {
    code
    label
    level
    score
    points
    maxPoints
    source
    sourceMonth
    basis
  }
`);

type Retailer360 = Retailer360Query;
type Visit = NonNullable<Retailer360['retailer']['visits']>['edges'][number]['node'];
type ScoreLine = NonNullable<Retailer360['retailer']['creditAssessment']>['breakdown'][number];

const LEVEL_TONE: Record<IndicatorLevel, string> = { GOOD: 'tone-ok', MEDIUM: 'tone-warn', POOR: 'tone-bad' };

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Why a grade or score is what it is: each indicator, what it was given, the points it adds and where it comes from. */
function Breakdown({ caption, lines }: { caption: string; lines: ScoreLine[] }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('retailer.indicator')}</th>
          <th scope="col">{t('retailer.value')}</th>
          <th scope="col" className="number">
            {t('retailer.points')}
          </th>
          <th scope="col">{t('retailer.source')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.code}>
            <th scope="row">{line.label}</th>
            <td className={line.level ? LEVEL_TONE[line.level] : undefined}>
              {line.level
                ? (line.basis ?? line.level)
                : line.score === null
                  ? (line.basis ?? t('retailer.notScored'))
                  : t('retailer.scoreOf5', { score: line.score })}
              {line.level === null && line.score !== null && line.basis ? ` (${line.basis})` : ''}
            </td>
            <td className="number">{t('retailer.pointsOf', { points: format.number(line.points), max: format.number(line.maxPoints) })}</td>
            <td>
              {line.source === 'COMPUTED' && line.sourceMonth
                ? t('retailer.computedFrom', { month: format.month(line.sourceMonth) })
                : t('retailer.typed')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RetailerPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('customers');
  // A service that does not answer nulls only its own fields (each is nullable in the
  // supergraph): the file shows with what came, and those sections say what is missing.
  const query = useQuery(RETAILER_360, { variables: { id: id!, locale: apiLocale(i18n.language) }, errorPolicy: 'all' });
  usePageTitle(query.data?.retailer.shopName ?? t('list.title'));
  return (
    <>
      <p>
        <Link to="/customers/retailers">← {t('retailer.back')}</Link>
      </p>
      <QueryState query={query}>{(data) => <RetailerView data={data} />}</QueryState>
    </>
  );
}

function RetailerView({ data: { retailer } }: { data: Retailer360 }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const unknown = <span className="tone-muted">{t('retailer.unknown')}</span>;
  const or = (value: ReactNode) => (value === null || value === undefined || value === '' ? unknown : value);
  const credit = retailer.creditAssessment;
  const contribution = retailer.contributionHistory[0];

  return (
    <article aria-labelledby="retailer-title" data-retailer={retailer.id}>
      <h1 id="retailer-title">
        {retailer.shopName} <span className="badge">{retailer.creditGrade ?? t('common:grade.none')}</span>
      </h1>
      <p className="tone-muted">
        {t('retailer.completeness', { share: format.percent(retailer.fileCompleteness) })} · {retailer.territory.name} ·{' '}
        {retailer.accountManager && <Link to={`/visits/people/${retailer.accountManager.id}`}>{retailer.accountManager.name}</Link>}
      </p>

      <h2>{t('retailer.file')}</h2>
      <div className="grid-2">
        <section className="panel" aria-labelledby="file-basic">
          <h3 id="file-basic">{t('retailer.basic')}</h3>
          <Facts
            rows={[
              [t('retailer.fields.licence'), retailer.licenceNumber],
              [t('retailer.fields.owner'), retailer.ownerName],
              [t('retailer.fields.phone'), <a href={`tel:${retailer.phone}`}>{retailer.phone}</a>],
              [t('retailer.fields.address'), retailer.address],
              [t('retailer.fields.businessType'), t(`common:businessType.${retailer.businessType}`)],
              [t('retailer.fields.tier'), format.number(retailer.tier)],
              [
                t('retailer.fields.status'),
                `${t(`common:retailerStatus.${retailer.status}`)}${retailer.statusReason ? ` (${retailer.statusReason})` : ''}`,
              ],
              [t('retailer.fields.openedOn'), format.date(retailer.openedOn)],
              [t('retailer.fields.territory'), retailer.territory.name],
              [t('retailer.fields.routeSequence'), format.number(retailer.routeSequence)],
              [
                t('retailer.fields.accountManager'),
                or(
                  retailer.accountManager && (
                    <Link to={`/visits/people/${retailer.accountManager.id}`}>{retailer.accountManager.name}</Link>
                  ),
                ),
              ],
            ]}
          />
        </section>
        <div>
          <section className="panel" aria-labelledby="file-business">
            <h3 id="file-business">{t('retailer.business')}</h3>
            <Facts
              rows={[
                [t('retailer.fields.plan'), or(retailer.business.plan)],
                [t('retailer.fields.tradingHours'), or(retailer.business.tradingHours)],
                [
                  t('retailer.fields.shopArea'),
                  or(retailer.business.shopAreaSqm && t('retailer.sqm', { value: format.number(retailer.business.shopAreaSqm) })),
                ],
                [
                  t('retailer.fields.turnover'),
                  or(retailer.business.monthlyTurnoverBand && t(`retailer.turnover.${retailer.business.monthlyTurnoverBand}`)),
                ],
              ]}
            />
          </section>
          <section className="panel" aria-labelledby="file-personal">
            <h3 id="file-personal">{t('retailer.personal')}</h3>
            <Facts
              rows={[
                [t('retailer.fields.birthday'), or(retailer.personal.ownerBirthday && format.date(retailer.personal.ownerBirthday))],
                [t('retailer.fields.interests'), or(retailer.personal.interests)],
                [t('retailer.fields.preferences'), or(retailer.personal.preferences)],
                [t('retailer.fields.personality'), or(retailer.personalityProfile?.name)],
              ]}
            />
          </section>
          <section className="panel" aria-labelledby="file-logistics">
            <h3 id="file-logistics">{t('retailer.logistics')}</h3>
            <Facts
              rows={[
                [t('retailer.fields.deliveryWindow'), or(retailer.logistics.deliveryWindow)],
                [t('retailer.fields.priorityDelivery'), retailer.logistics.priorityDelivery ? t('retailer.yes') : t('retailer.no')],
                [t('retailer.fields.instructions'), or(retailer.logistics.instructions)],
              ]}
            />
          </section>
        </div>
      </div>

      <section className="panel" aria-labelledby="file-record">
        <h2 id="file-record">{t('retailer.record')}</h2>
        <div className="grid-2">
          <div>
            <h3>{t('retailer.credit')}</h3>
            {credit ? (
              <>
                <p>
                  {t('retailer.creditScore', {
                    grade: credit.grade,
                    score: credit.score,
                    date: format.date(credit.assessedAt.slice(0, 10)),
                    by: credit.assessedBy?.name ?? '—',
                  })}
                </p>
                <Breakdown caption={t('retailer.indicators')} lines={credit.breakdown} />
              </>
            ) : (
              <Empty>{t('retailer.creditNone')}</Empty>
            )}
            {contribution && (
              <>
                <p>{t('retailer.contribution', { score: contribution.totalScore, period: format.month(contribution.period) })}</p>
                <Breakdown caption={t('retailer.contributionIndicators')} lines={contribution.breakdown} />
              </>
            )}
          </div>
          <div>
            <h3>{t('retailer.history')}</h3>
            {retailer.creditHistory.length === 0 ? (
              <Empty />
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('retailer.historyColumns.date')}</th>
                    <th scope="col">{t('retailer.historyColumns.grade')}</th>
                    <th scope="col" className="number">
                      {t('retailer.historyColumns.score')}
                    </th>
                    <th scope="col">{t('retailer.historyColumns.by')}</th>
                  </tr>
                </thead>
                <tbody>
                  {retailer.creditHistory.map((assessment) => (
                    <tr key={assessment.id}>
                      <td>{format.dateTime(assessment.assessedAt)}</td>
                      <td>{assessment.grade}</td>
                      <td className="number">{format.number(assessment.score)}</td>
                      <td>{assessment.assessedBy?.name ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </div>
      </section>

      <section className="panel" aria-labelledby="approach">
        <h2 id="approach">{t('retailer.approach')}</h2>
        {retailer.personalityProfile ? (
          <div className="grid-3">
            {(['traits', 'behaviours', 'approach'] as const).map((part) => (
              <div key={part}>
                <h3>{t(`retailer.${part === 'approach' ? 'advice' : part}`)}</h3>
                <ul>
                  {retailer.personalityProfile![part].map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ) : (
          <Empty>{t('retailer.noPersonality')}</Empty>
        )}
      </section>

      <RetailerStory retailerId={retailer.id} />

      <RecentOrders retailer={retailer} />

      <RetailerCases retailerId={retailer.id} />

      <section aria-labelledby="recent-visits">
        <h2 id="recent-visits">{t('retailer.visits')}</h2>
        {!retailer.visits ? (
          // The visits service did not answer; the rest of the file still shows.
          <Empty>{t('retailer.visitsUnavailable')}</Empty>
        ) : retailer.visits.edges.length === 0 ? (
          <Empty>{t('retailer.noVisits')}</Empty>
        ) : (
          retailer.visits.edges.map(({ node }) => <VisitCard key={node.id} visit={node} />)
        )}
      </section>
    </article>
  );
}

/** The orders tab: this month's quota use and the latest orders (from orders, joined by the gateway), each linking to its page. */
function RecentOrders({ retailer }: { retailer: Pick<Retailer360['retailer'], 'quota' | 'orders'> }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  return (
    <section aria-labelledby="recent-orders" data-section="orders">
      <h2 id="recent-orders">{t('retailer.orders')}</h2>
      {retailer.quota && (
        <p>{t('retailer.quota', { quota: retailer.quota.quota, used: retailer.quota.used, remaining: retailer.quota.remaining })}</p>
      )}
      {!retailer.orders ? (
        // The orders service did not answer; the rest of the file still shows.
        <Empty>{t('retailer.ordersUnavailable')}</Empty>
      ) : !retailer.orders.edges.length ? (
        <Empty>{t('retailer.noOrders')}</Empty>
      ) : (
        <ul className="plain">
          {retailer.orders.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/orders/${node.id}`}>{format.dateTime(node.placedAt)}</Link> ·{' '}
              {node.lines.map((line) => `${line.ordered} × ${line.productName}`).join('、')} · {format.money(node.totalFen)} · {node.status}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function VisitCard({ visit }: { visit: Visit }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const yesNo = (value: boolean | null) => (value === null ? '—' : value ? t('retailer.yes') : t('retailer.no'));
  const rows: [string, ReactNode][] = [];
  if (visit.checkInAt) {
    rows.push([
      t('common:visitStatus.IN_PROGRESS'),
      t('retailer.visit.checkIn', {
        time: format.time(visit.checkInAt),
        distance: format.number(visit.checkInDistanceMeters ?? 0),
        minutes: visit.durationMinutes === null ? '—' : format.number(visit.durationMinutes, { maximumFractionDigits: 0 }),
      }),
    ]);
    rows.push([t('retailer.visit.display'), yesNo(visit.displayInOrder)], [t('retailer.visit.priceTags'), yesNo(visit.priceTagsShown)]);
  }
  if (visit.stock.length)
    rows.push([t('retailer.visit.stock'), visit.stock.map((line) => `${line.product} × ${format.number(line.cartons)}`).join(', ')]);
  if (visit.marketNotes) rows.push([t('retailer.visit.market'), visit.marketNotes]);
  if (visit.retailerRequests) rows.push([t('retailer.visit.requests'), visit.retailerRequests]);
  if (visit.nonChannelSightings.length)
    rows.push([
      t('retailer.visit.sightings'),
      visit.nonChannelSightings.map((s) => `${s.product} × ${format.number(s.quantity)}${s.note ? ` (${s.note})` : ''}`).join('; '),
    ]);
  if (visit.orderIntent.length)
    rows.push([
      t('retailer.visit.orderIntent'),
      visit.orderIntent.map((line) => `${line.product} × ${format.number(line.cartons)}`).join(', '),
    ]);
  if (visit.cases.length) rows.push([t('retailer.visit.cases'), visit.cases.map((c) => c.description).join('; ')]);
  if (visit.promises.length)
    rows.push([
      t('retailer.visit.promises'),
      visit.promises
        .map((p) => `${p.description} (${p.keptAt ? t('retailer.visit.kept') : t('retailer.visit.due', { date: format.date(p.dueOn) })})`)
        .join('; '),
    ]);
  if (visit.satisfaction) rows.push([t('retailer.visit.satisfaction', { value: visit.satisfaction }), '★'.repeat(visit.satisfaction)]);
  if (visit.notes) rows.push([t('retailer.visit.notes'), visit.notes]);

  return (
    <article className="panel" data-visit={visit.id}>
      <h3>
        {t('retailer.visit.summary', { date: format.date(visit.plannedFor), manager: visit.accountManager.name, theme: visit.theme })}{' '}
        <span className={`badge ${visit.status === 'COMPLETED' ? 'tone-ok' : visit.status === 'MISSED' ? 'tone-bad' : 'tone-muted'}`}>
          {t(`common:visitStatus.${visit.status}`)}
        </span>
      </h3>
      <FlagList flags={visit.flags} label={t('retailer.visit.flags')} />
      {rows.length > 0 && <Facts rows={rows} />}
    </article>
  );
}
