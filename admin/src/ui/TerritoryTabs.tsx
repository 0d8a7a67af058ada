import { Link, useLocation } from 'wouter';
import { SECTIONS, abilitiesIn, canOpen, sectionOfPath, useViewer } from './access';

/**
 * The sections of one territory's console that the viewer may open; the one the current page belongs
 * to (a report's page belongs to « Rapports annuels ») is marked for assistive technologies.
 */
export function TerritoryTabs({ code }: { code: string }) {
  const [location] = useLocation();
  const { me } = useViewer();
  const held = abilitiesIn(me, code);
  const current = sectionOfPath(location);
  return (
    <nav aria-label="Sections du territoire" className="tabs">
      <ul>
        {SECTIONS.filter((s) => canOpen(s.section, held)).map((s) => (
          <li key={s.section}>
            <Link
              to={s.path ? `/${code}/${s.path}` : `/${code}`}
              aria-current={s.section === current ? 'page' : undefined}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
