import type { ReactNode } from 'react';

/**
 * A data table that scrolls inside its own box when it is wider than a phone's screen, never the
 * page (WCAG 1.4.10 allows it for tables). The box is a named region in the tab order, so keyboard
 * users can scroll it with the arrow keys (RGAA 7.3, axe scrollable-region-focusable).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
