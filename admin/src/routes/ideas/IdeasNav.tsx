import { Link, useLocation } from 'wouter';

const PAGES = [
  { path: '', label: 'File des idées' },
  { path: '/nouvelle', label: 'Enregistrer une idée' },
  { path: '/chiffres', label: 'Chiffres et exports' },
];

/** The pages of the « Idées » section, below the territory's tabs; the current one is marked. */
export function IdeasNav({ code }: { code: string }) {
  const [location] = useLocation();
  return (
    <nav aria-label="Pages des idées" className="subnav">
      <ul>
        {PAGES.map((p) => {
          const to = `/${code}/idees${p.path}`;
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
