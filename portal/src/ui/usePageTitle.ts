import { useEffect } from 'react';

/** Each page has its own title, read first by screen readers (RGAA 8.6). */
export function usePageTitle(title: string | null | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} — Quartiers`;
  }, [title]);
}
