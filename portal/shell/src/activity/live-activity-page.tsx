import { graphql } from '../gql';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice, FilterSelect, usePageTitle, usePortal, useSession, useUrlFilters } from '@fieldloop/portal-kit';
import { useId, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES } from './describe-event';
import { useEventFeed, type FeedEvent } from './event-feed';
import { FeedList } from './feed-list';

// Territories and team for the filters, and to keep the feed to the supervisor's own team.
const SCOPE = graphql(`
  query ActivityScope {
    me {
      id
      role
      team {
        id
        name
      }
    }
    territories(first: 100) {
      edges {
        node {
          id
          name
          accountManager {
            id
            name
          }
        }
      }
    }
  }
`);

const FILTER_KEYS = ['kind', 'territory', 'manager'] as const;

export function LiveActivityPage() {
  const { t } = useTranslation('shell');
  const runtime = usePortal();
  const client = useSyncExternalStore(runtime.subscribe, runtime.snapshot);
  const { events, status, caughtUp } = useEventFeed(client, useSession()?.staffMember.id);
  usePageTitle(t('activity.title'));
  const scope = useQuery(SCOPE);
  const { values: filters, set } = useUrlFilters(FILTER_KEYS);
  const id = useId();

  const { territories, managers, inScope } = useMemo(() => {
    const me = scope.data?.me;
    const team = new Set(me?.team.map((member) => member.id));
    const all = scope.data?.territories.edges.map((edge) => edge.node) ?? [];
    // A supervisor follows their own team; other roles see what the server lets them see.
    const own =
      me?.role === 'SUPERVISOR' ? all.filter((territory) => territory.accountManager && team.has(territory.accountManager.id)) : all;
    const ownIds = new Set(own.map((territory) => territory.id));
    const people = new Map(
      own.flatMap((territory) => (territory.accountManager ? [[territory.accountManager.id, territory.accountManager.name] as const] : [])),
    );
    for (const member of me?.team ?? []) people.set(member.id, member.name);
    const check = (event: FeedEvent) =>
      me?.role !== 'SUPERVISOR' ||
      (event.territory && ownIds.has(event.territory.id)) ||
      (event.accountManager && team.has(event.accountManager.id));
    return { territories: own, managers: [...people].map(([managerId, name]) => ({ id: managerId, name })), inScope: check };
  }, [scope.data]);

  const shown = events.filter(
    (event) =>
      inScope(event) &&
      (!filters.kind || event.type === filters.kind) &&
      (!filters.territory || event.territory?.id === filters.territory) &&
      (!filters.manager || event.accountManager?.id === filters.manager),
  );

  return (
    <section aria-labelledby={`${id}-title`}>
      <div className="actions" style={{ justifyContent: 'space-between' }}>
        <h1 id={`${id}-title`}>{t('activity.title')}</h1>
        <p className={`connection connection-${status}`} role="status" aria-live="polite" data-connection={status}>
          {t(`activity.connection.${status}`)}
        </p>
      </div>
      <p>{t('activity.intro')}</p>
      {status === 'live' && caughtUp !== null && <p className="tone-muted">{t('activity.caughtUp', { count: caughtUp })}</p>}

      <fieldset className="filters panel">
        <legend>{t('activity.filters')}</legend>
        <FilterSelect
          label={t('activity.kind')}
          value={filters.kind}
          anyLabel={t('activity.all')}
          options={EVENT_TYPES.map((type) => ({ value: type, label: t(`activity.kinds.${type}`) }))}
          onChange={(kind) => set({ kind })}
        />
        <FilterSelect
          label={t('activity.territory')}
          value={filters.territory}
          anyLabel={t('activity.all')}
          options={territories.map((territory) => ({ value: territory.id, label: territory.name }))}
          onChange={(territory) => set({ territory })}
        />
        <FilterSelect
          label={t('activity.accountManager')}
          value={filters.manager}
          anyLabel={t('activity.all')}
          options={managers.map((manager) => ({ value: manager.id, label: manager.name }))}
          onChange={(manager) => set({ manager })}
        />
      </fieldset>
      {scope.error && <ErrorNotice error={scope.error} onRetry={() => void scope.refetch()} />}

      {shown.length === 0 ? (
        <p className="state state-empty">{events.length === 0 ? t('activity.waiting') : t('activity.noneMatch')}</p>
      ) : (
        <FeedList events={shown} label={t('activity.title')} />
      )}
    </section>
  );
}
