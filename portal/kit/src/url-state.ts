import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's filters, kept in the URL's query string so a view can be bookmarked and shared.
 * Setting a filter drops the page cursor (`after`): a new filter starts at the first page.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>;
  const set = useCallback(
    (changes: Partial<Record<K | 'after', string>>, { keepPage = false } = {}) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (!keepPage) next.delete('after');
          for (const [key, value] of Object.entries(changes) as [string, string | undefined][]) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: false },
      ),
    [setParams],
  );
  return { values, after: params.get('after') ?? undefined, set };
}
