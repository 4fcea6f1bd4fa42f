import { dayHeading, groupByCompanyDay, useFormat } from '@fieldloop/portal-kit';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ATTENTION_TYPES, describeEvent } from './describe-event';
import type { FeedEvent } from './event-feed';

/** One row of the feed: an event, or a visit's events folded under the newest. */
interface FeedItem {
  newest: FeedEvent;
  /** The visit's earlier events, newest first (empty for an event on its own). */
  earlier: FeedEvent[];
}

/** The events grouped by company day, newest day first, one item per visit. */
export function feedDays(events: FeedEvent[]): { day: string; items: FeedItem[] }[] {
  return groupByCompanyDay(events, (event) => event.occurredAt).map(({ day, items: dayEvents }) => {
    const items: FeedItem[] = [];
    const visits = new Map<string, FeedItem>();
    for (const event of dayEvents) {
      const visitId = typeof event.payload.visitId === 'string' ? event.payload.visitId : undefined;
      const folded = visitId && visits.get(visitId);
      if (folded) {
        folded.earlier.push(event);
        continue;
      }
      const item = { newest: event, earlier: [] };
      if (visitId) visits.set(visitId, item);
      items.push(item);
    }
    return { day, items };
  });
}

/** Re-renders every half minute, so "5 minutes ago" stays true. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function FeedList({ events, label }: { events: FeedEvent[]; label: string }) {
  const { t } = useTranslation('shell');
  const format = useFormat();
  const now = useNow();
  return (
    <div className="feed panel" aria-label={label} role="region">
      {feedDays(events).map(({ day, items }) => (
        <section key={day} aria-label={dayHeading(day, t, format)}>
          <h2 className="feed-day">{dayHeading(day, t, format)}</h2>
          <ol>
            {items.map((item) =>
              item.earlier.length === 0 ? (
                <li key={item.newest.id}>
                  <EventRow event={item.newest} now={now} />
                </li>
              ) : (
                <li key={item.newest.id} className="feed-visit">
                  <EventRow event={item.newest} now={now} />
                  <details>
                    <summary>{t('activity.earlierOfVisit', { count: item.earlier.length })}</summary>
                    <ol>
                      {item.earlier.map((event) => (
                        <li key={event.id}>
                          <EventRow event={event} now={now} />
                        </li>
                      ))}
                    </ol>
                  </details>
                </li>
              ),
            )}
          </ol>
        </section>
      ))}
    </div>
  );
}

function EventRow({ event, now }: { event: FeedEvent; now: number }) {
  const { t } = useTranslation('shell');
  const format = useFormat();
  const attention = ATTENTION_TYPES.has(event.type);
  return (
    <div className={`feed-event ${attention ? 'feed-attention' : ''}`} data-event-type={event.type} data-cursor={event.cursor}>
      <time dateTime={event.occurredAt} title={format.dateTime(event.occurredAt)}>
        {format.time(event.occurredAt)} <span className="tone-muted">· {format.relative(event.occurredAt, now)}</span>
      </time>
      <div>
        <span className={`kind ${attention ? 'tone-warn' : ''}`}>
          {attention && (
            <span className="attention-icon" role="img" aria-label={t('activity.attention')}>
              ⚠
            </span>
          )}
          {t(`activity.kinds.${event.type}`, { defaultValue: event.type })}
        </span>
        <div>{describeEvent(event, t, format)}</div>
        <EventLinks event={event} />
      </div>
    </div>
  );
}

/** Where to go from an event: the case, the shop, the person, their day. */
function EventLinks({ event }: { event: FeedEvent }) {
  const links: [string, string][] = [];
  if (event.case) links.push([`/complaints/cases/${event.case.id}`, event.case.title]);
  if (event.shop) links.push([`/customers/retailers/${event.shop.id}`, event.shop.name]);
  if (event.accountManager) links.push([`/visits/people/${event.accountManager.id}`, event.accountManager.name]);
  if (links.length === 0) return null;
  return (
    <span className="feed-links">
      {links.map(([to, name]) => (
        <Link key={to} to={to}>
          {name}
        </Link>
      ))}
    </span>
  );
}
