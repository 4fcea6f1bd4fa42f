import { Loading } from '@fieldloop/portal-kit';
import { loadRemote } from '@module-federation/runtime';
import { lazy, Suspense, type ComponentType } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { areaLabel } from './navigation';
import { REMOTE_AREAS, type RemoteArea } from './remotes';

/** One lazy component per remote for the page's life: loaded on first visit, then kept. */
export const REMOTE_APPS = new Map(
  REMOTE_AREAS.map((area) => [
    area.name,
    lazy(async () => {
      const module = await loadRemote<{ default: ComponentType }>(`${area.name}/app`);
      if (!module?.default) throw new Error(`remote ${area.name} did not load`);
      return module;
    }),
  ]),
);

function Unavailable({ area }: FallbackProps & { area: RemoteArea }) {
  const { t, i18n } = useTranslation('shell');
  return (
    <section className="unavailable" role="alert" data-unavailable={area.name}>
      <h1>{t('unavailable.title')}</h1>
      <p>{t('unavailable.body', { area: areaLabel(area, i18n.language) })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('unavailable.reload')}
      </button>
    </section>
  );
}

/**
 * Where a remote's pages go. A remote that cannot be loaded (its server is down, its code
 * throws) is replaced by a message in words, and only here: without this boundary React 19
 * unmounts the whole page on the failed lazy import.
 */
export function RemoteAreaMount({ area, app: App }: { area: RemoteArea; app: ComponentType }) {
  return (
    <ErrorBoundary fallbackRender={(props) => <Unavailable {...props} area={area} />}>
      <Suspense fallback={<Loading />}>
        <App />
      </Suspense>
    </ErrorBoundary>
  );
}
