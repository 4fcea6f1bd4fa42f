import { graphql } from './gql';
import type { RetailerStoryQuery, StoryKind } from './gql/graphql';
import { useQuery } from '@apollo/client/react';
import { dayHeading, Empty, ErrorNotice, groupByCompanyDay, Loading, useFormat } from '@fieldloop/portal-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeStoryEntry } from './story-sentence';

/** One page of the timeline; "load more" asks for the next one after the last entry shown. */
const STORY_PAGE_SIZE = 20;

/**
 * The retailer's story (kept by customers from every service's events). Its own request beside
 * the 360 query, so a page more is one small request and the rest of the file does not wait for it.
 */
const RETAILER_STORY = graphql(`
  query RetailerStory($id: ID!, $first: Int!, $after: String) {
    retailer(id: $id) {
      id
      story(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            occurredAt
            kind
            summaryCode
            summaryParams {
              name
              value
            }
            actor {
              id
              name
            }
            order {
              id
            }
            case {
              id
            }
          }
        }
      }
    }
  }
`);

type Story = RetailerStoryQuery['retailer']['story'];
type Entry = Story['edges'][number]['node'];

/** A mark and a tone per kind: the eye finds the cases and findings among the routine. */
const KIND_LOOK: Record<StoryKind, { icon: string; tone: string }> = {
  VISIT: { icon: '⌂', tone: 'tone-ok' },
  FINDING: { icon: '⚑', tone: 'tone-warn' },
  ORDER: { icon: '¥', tone: '' },
  DELIVERY: { icon: '⇢', tone: '' },
  CASE: { icon: '⚠', tone: 'tone-bad' },
  FILE_CHANGE: { icon: '✎', tone: 'tone-muted' },
  ASSESSMENT: { icon: '★', tone: 'tone-muted' },
  QUOTA: { icon: '▦', tone: 'tone-muted' },
};

/** The story tab: one timeline of what happened with the shop, newest first, a page at a time. */
export function RetailerStory({ retailerId }: { retailerId: string }) {
  const { t } = useTranslation('customers');
  const query = useQuery(RETAILER_STORY, { variables: { id: retailerId, first: STORY_PAGE_SIZE } });
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const story = query.dataState === 'complete' ? query.data.retailer.story : undefined;

  const loadMore = async () => {
    setMoreError(null);
    setLoadingMore(true);
    try {
      await query.fetchMore({
        variables: { after: story!.pageInfo.endCursor },
        // The next page joins the ones shown; the total and the page info are the newest page's.
        updateQuery: (shown, { fetchMoreResult }) => ({
          retailer: {
            ...fetchMoreResult.retailer,
            story: { ...fetchMoreResult.retailer.story, edges: [...shown.retailer.story.edges, ...fetchMoreResult.retailer.story.edges] },
          },
        }),
      });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section aria-labelledby="retailer-story" data-section="story">
      <h2 id="retailer-story">{t('retailer.story.title')}</h2>
      <p className="tone-muted">{t('retailer.story.intro')}</p>
      {story ? (
        <StoryTimeline story={story} />
      ) : query.error ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
      {story && story.edges.length > 0 && (
        <p className="tone-muted">{t('retailer.story.showing', { shown: story.edges.length, total: story.totalCount })}</p>
      )}
      {moreError ? <ErrorNotice error={moreError} onRetry={() => void loadMore()} /> : null}
      {story?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? t('retailer.story.loadingMore') : t('retailer.story.loadMore')}
        </button>
      )}
    </section>
  );
}

function StoryTimeline({ story }: { story: Story }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  if (story.edges.length === 0) return <Empty>{t('retailer.story.none')}</Empty>;
  return (
    <div className="feed story panel">
      {groupByCompanyDay(
        story.edges.map((edge) => edge.node),
        (entry) => entry.occurredAt,
      ).map(({ day, items: entries }) => (
        <section key={day} aria-label={dayHeading(day, t, format)}>
          <h3 className="feed-day">{dayHeading(day, t, format)}</h3>
          <ol>
            {entries.map((entry) => (
              <li key={entry.id}>
                <StoryRow entry={entry} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function StoryRow({ entry }: { entry: Entry }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const look = KIND_LOOK[entry.kind];
  return (
    <div className="feed-event story-entry" data-story-entry={entry.id} data-kind={entry.kind} data-occurred-at={entry.occurredAt}>
      <time dateTime={entry.occurredAt} title={format.dateTime(entry.occurredAt)}>
        {format.time(entry.occurredAt)}
      </time>
      <div>
        <span className={`kind ${look.tone}`}>
          <span className="story-icon" aria-hidden="true">
            {look.icon}
          </span>
          {t(`retailer.story.kinds.${entry.kind}`)}
        </span>
        <div>{describeStoryEntry(entry, t, format)}</div>
        <span className="feed-links">
          {entry.actor && <Link to={`/visits/people/${entry.actor.id}`}>{t('retailer.story.by', { name: entry.actor.name })}</Link>}
          {entry.order && <Link to={`/orders/${entry.order.id}`}>{t('retailer.story.openOrder')}</Link>}
          {entry.case && <Link to={`/complaints/cases/${entry.case.id}`}>{t('retailer.story.openCase')}</Link>}
        </span>
      </div>
    </div>
  );
}
