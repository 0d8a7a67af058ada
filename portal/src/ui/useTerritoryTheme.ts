import { useEffect } from 'react';

/** Each territory brings its own colours (CSS custom properties); contrast is checked by axe. */
export function useTerritoryTheme(theme: { primaryColor: string; accentColor: string } | null | undefined) {
  useEffect(() => {
    if (!theme) return;
    const root = document.documentElement.style;
    root.setProperty('--primary', theme.primaryColor);
    root.setProperty('--accent', theme.accentColor);
  }, [theme]);
}
