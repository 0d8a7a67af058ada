import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

/** A section's own pages, below the territory's tabs (`base` + each page's path); the current one is marked. */
export function SubNav(props: {
  label: string;
  base: string;
  pages: readonly { path: string; label: string }[];
  /** A first item, such as the way back to the section's list. */
  before?: ReactNode;
}) {
  const [location] = useLocation();
  return (
    <nav aria-label={props.label} className="subnav">
      <ul>
        {props.before && <li>{props.before}</li>}
        {props.pages.map((p) => {
          const to = `${props.base}${p.path}`;
          return (
            <li key={p.path}>
              <Link to={to} aria-current={location === to ? 'page' : undefined}>
                {p.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
