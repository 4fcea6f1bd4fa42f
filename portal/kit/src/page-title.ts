import { useEffect } from 'react';

/** The tab's title while the page is shown: what it is, then the product. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · FieldLoop`;
  }, [title]);
}
