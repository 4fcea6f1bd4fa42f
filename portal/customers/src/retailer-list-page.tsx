import { graphql } from './gql';
import type { BusinessType, CreditGrade, RetailerFilter, RetailerMapQuery, RetailerStatus } from './gql/graphql';
import { useQuery } from '@apollo/client/react';
import { Empty, enumValues, FilterSelect, GeoPlot, oneOf, QueryState, useFormat, usePageTitle, useUrlFilters } from '@fieldloop/portal-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

const PAGE_SIZE = 25;
/** The map fetches at most this many shops, enough for the whole demo company. */
const MAP_LIMIT = 2000;
const GRADES = enumValues<CreditGrade>({ A: true, B: true, C: true, D: true });
const STATUSES = enumValues<RetailerStatus>({ ACTIVE: true, SUSPENDED: true, CLOSED: true });
const BUSINESS_TYPES = enumValues<BusinessType>({
  GROCERY: true,
  CONVENIENCE: true,
  SUPERMARKET: true,
  TOBACCO_LIQUOR: true,
  LEISURE: true,
  OTHER: true,
});
const FILTER_KEYS = ['q', 'territory', 'grade', 'status', 'type', 'tierMin', 'tierMax'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;

const RETAILERS = graphql(`
  query RetailerList($first: Int!, $after: String, $filter: RetailerFilter) {
    retailers(first: $first, after: $after, filter: $filter, orderBy: { field: SHOP_NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          licenceNumber
          shopName
          ownerName
          tier
          status
          creditGrade
          territory {
            id
            name
          }
          lastVisit {
            plannedFor
          }
        }
      }
    }
  }
`);

// The whole map in one request: the compact positions of the matching shops and the names of
// their territories (a caller sees at most 100 territories; more have no label, not no shops).
const MAP_POINTS = graphql(`
  query RetailerMap($filter: RetailerFilter, $first: Int!) {
    retailerPositions(filter: $filter, first: $first) {
      totalCount
      positions {
        id
        latitude
        longitude
        creditGrade
        territoryId
      }
    }
    territories(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const TERRITORIES = graphql(`
  query TerritoryOptions {
    territories(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The URL's filters as the API's RetailerFilter. */
function toFilter(filters: Filters): RetailerFilter {
  const tier = (value: string) => (value && Number.isInteger(Number(value)) ? Number(value) : undefined);
  const list = <T,>(value: T | undefined) => (value === undefined ? undefined : [value]);
  return {
    search: filters.q || undefined,
    territoryIds: list(filters.territory || undefined),
    creditGrades: list(oneOf(GRADES, filters.grade)),
    statuses: list(oneOf(STATUSES, filters.status)),
    businessTypes: list(oneOf(BUSINESS_TYPES, filters.type)),
    tierMin: tier(filters.tierMin),
    tierMax: tier(filters.tierMax),
  };
}

export function RetailerListPage() {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const navigate = useNavigate();
  const id = useId();
  const { values: filters, after, set } = useUrlFilters(FILTER_KEYS);
  const filter = toFilter(filters);
  const list = useQuery(RETAILERS, { variables: { first: PAGE_SIZE, after, filter } });
  const territories = useQuery(TERRITORIES);
  const map = useQuery(MAP_POINTS, { variables: { filter, first: MAP_LIMIT } });
  usePageTitle(t('list.title'));

  const select = (key: keyof Filters, label: string, options: readonly { value: string; label: string }[]) => (
    <FilterSelect
      label={label}
      value={filters[key]}
      anyLabel={t('list.any')}
      options={options}
      onChange={(value) => set({ [key]: value })}
    />
  );

  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('list.title')}</h1>
      <form
        className="filters panel"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          set({ q: String(new FormData(event.currentTarget).get('q') ?? '').trim() });
        }}
      >
        <label>
          {t('list.search')}
          {/* Keyed by the URL's search, so going back or clearing the filters resets what is typed. */}
          <input
            key={filters.q}
            name="q"
            type="search"
            defaultValue={filters.q}
            placeholder={t('list.searchHint')}
            onBlur={(event) => event.target.value.trim() !== filters.q && set({ q: event.target.value.trim() })}
          />
        </label>
        {select(
          'territory',
          t('list.territory'),
          territories.data?.territories.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [],
        )}
        {select(
          'grade',
          t('list.grade'),
          GRADES.map((grade) => ({ value: grade, label: grade })),
        )}
        {select(
          'status',
          t('list.status'),
          STATUSES.map((status) => ({ value: status, label: t(`common:retailerStatus.${status}`) })),
        )}
        {select(
          'type',
          t('list.businessType'),
          BUSINESS_TYPES.map((type) => ({ value: type, label: t(`common:businessType.${type}`) })),
        )}
        <label>
          {t('list.tierMin')}
          <input type="number" min={1} max={30} value={filters.tierMin} onChange={(event) => set({ tierMin: event.target.value })} />
        </label>
        <label>
          {t('list.tierMax')}
          <input type="number" min={1} max={30} value={filters.tierMax} onChange={(event) => set({ tierMax: event.target.value })} />
        </label>
        <button type="button" className="secondary" onClick={() => set(Object.fromEntries(FILTER_KEYS.map((key) => [key, ''])))}>
          {t('list.clear')}
        </button>
      </form>

      <div className="grid-2">
        <div>
          <QueryState query={list}>
            {({ retailers }) =>
              retailers.totalCount === 0 ? (
                <Empty>{t('list.none')}</Empty>
              ) : (
                <>
                  <table>
                    <caption>
                      {t('list.count', { count: retailers.totalCount, formattedCount: format.number(retailers.totalCount) })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('list.columns.shop')}</th>
                        <th scope="col">{t('list.columns.owner')}</th>
                        <th scope="col">{t('list.columns.territory')}</th>
                        <th scope="col" className="number">
                          {t('list.columns.tier')}
                        </th>
                        <th scope="col">{t('list.columns.grade')}</th>
                        <th scope="col">{t('list.columns.status')}</th>
                        <th scope="col">{t('list.columns.lastVisit')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {retailers.edges.map(({ node }) => (
                        <tr key={node.id}>
                          <td>
                            <Link to={`/customers/retailers/${node.id}`}>{node.shopName}</Link>
                            <div className="tone-muted">{node.licenceNumber}</div>
                          </td>
                          <td>{node.ownerName}</td>
                          <td>{node.territory.name}</td>
                          <td className="number">{format.number(node.tier)}</td>
                          <td>{node.creditGrade ?? t('common:grade.none')}</td>
                          <td>{t(`common:retailerStatus.${node.status}`)}</td>
                          <td>{node.lastVisit ? format.date(node.lastVisit.plannedFor) : t('list.never')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <div className="pager">
                    <button type="button" className="secondary" disabled={!after} onClick={() => navigate(-1)}>
                      {t('common:previousPage')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={!retailers.pageInfo.hasNextPage}
                      onClick={() => set({ after: retailers.pageInfo.endCursor ?? '' }, { keepPage: true })}
                    >
                      {t('common:nextPage')}
                    </button>
                  </div>
                </>
              )
            }
          </QueryState>
        </div>
        <div>
          <h2>{t('list.map')}</h2>
          <QueryState query={map}>{(data) => <RetailerMap data={data} />}</QueryState>
        </div>
      </div>
    </section>
  );
}

/** The shops coloured by grade, each territory outlined and named. */
function RetailerMap({ data }: { data: RetailerMapQuery }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const { totalCount, positions } = data.retailerPositions;
  const names = new Map(data.territories.edges.map(({ node }) => [node.id, node.name]));
  const grade = (value: CreditGrade | null | undefined) => value ?? t('common:grade.none');
  const byTerritory = new Map<string, string[]>();
  for (const point of positions) byTerritory.set(point.territoryId, [...(byTerritory.get(point.territoryId) ?? []), point.id]);
  if (positions.length === 0) return <Empty>{t('list.none')}</Empty>;
  return (
    <>
      <GeoPlot
        title={t('list.mapTitle')}
        points={positions.map((point) => ({
          id: point.id,
          latitude: point.latitude,
          longitude: point.longitude,
          label: t('list.mapPoint', { territory: names.get(point.territoryId) ?? '', grade: grade(point.creditGrade) }),
          tone: point.creditGrade ? `grade-${point.creditGrade.toLowerCase()}` : undefined,
          href: `/customers/retailers/${point.id}`,
        }))}
        areas={[...byTerritory].flatMap(([id, pointIds]) => (names.has(id) ? [{ id, label: names.get(id)!, pointIds }] : []))}
        scaleLabel={(metres) => format.distance(metres)}
      />
      <ul className="legend" aria-label={t('common:map.legend')}>
        {GRADES.map((value) => (
          <li key={value}>
            <svg className="swatch" viewBox="0 0 10 10" aria-hidden="true">
              <circle cx={5} cy={5} r={5} className={`geo-plot-point grade-${value.toLowerCase()}`} />
            </svg>
            {value}
          </li>
        ))}
        <li>
          <svg className="swatch" viewBox="0 0 10 10" aria-hidden="true">
            <circle cx={5} cy={5} r={5} className="geo-plot-point" />
          </svg>
          {t('common:grade.none')}
        </li>
        <li>
          <svg className="swatch area" viewBox="0 0 10 10" aria-hidden="true">
            <rect x={1} y={1} width={8} height={8} className="geo-plot-area-swatch" />
          </svg>
          {t('list.mapTerritory')}
        </li>
      </ul>
      {positions.length < totalCount && (
        <p className="tone-muted">{t('list.mapPartial', { shown: format.number(positions.length), total: format.number(totalCount) })}</p>
      )}
    </>
  );
}
