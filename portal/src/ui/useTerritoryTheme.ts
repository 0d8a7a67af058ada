import { useEffect } from 'react';

const DEFAULT_THEME = { primaryColor: '#1d4f91', accentColor: '#a3461a' };

/**
 * Each territory brings its own colours (CSS custom properties), checked at 4.5:1 with white text
 * when an admin sets them; outside a territory the portal's own colours come back.
 */
export function useTerritoryTheme(theme: { primaryColor: string; accentColor: string } | null | undefined) {
  useEffect(() => {
    if (theme === undefined) return;
    const root = document.documentElement.style;
    root.setProperty('--primary', (theme ?? DEFAULT_THEME).primaryColor);
    root.setProperty('--accent', (theme ?? DEFAULT_THEME).accentColor);
  }, [theme]);
}
