import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './errors';

/** Loading, empty and error states, in words and announced to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {label ?? t('common:loading')}
    </p>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return <p className="state state-empty">{children ?? t('common:empty')}</p>;
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      <p>{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common:retry')}
        </button>
      )}
    </div>
  );
}

/** An Apollo query result (or one made like it): its data counts only once complete. */
type QueryLike<T> = { loading: boolean; error?: unknown; refetch?: () => unknown } & (
  { dataState: 'complete'; data: T } | { dataState: 'empty' | 'partial' | 'streaming'; data?: unknown }
);

/**
 * The state of a query's page: its content once there is data, else loading, else the error
 * in words with a retry. Data already shown stays while a refetch runs or fails.
 */
export function QueryState<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  if (query.dataState === 'complete') return <>{children(query.data)}</>;
  if (query.error) return <ErrorNotice error={query.error} onRetry={query.refetch ? () => void query.refetch!() : undefined} />;
  return <Loading />;
}
