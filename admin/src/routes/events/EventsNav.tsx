import { Link, useLocation } from 'wouter';

const SECTION_PAGES = [
  { path: '', label: 'Événements' },
  { path: '/nouveau', label: 'Nouvel événement' },
  { path: '/chiffres', label: 'Chiffres de participation' },
];

const EVENT_PAGES = [
  { path: '', label: 'Fiche' },
  { path: '/presences', label: 'Le jour J' },
  { path: '/compte-rendu', label: 'Compte rendu' },
];

/** The pages of the « Événements » section, or of one event, below the territory's tabs. */
export function EventsNav({ code, eventId }: { code: string; eventId?: string }) {
  const [location] = useLocation();
  const base = eventId ? `/${code}/evenements/${eventId}` : `/${code}/evenements`;
  const pages = eventId ? EVENT_PAGES : SECTION_PAGES;
  return (
    <nav aria-label={eventId ? 'Pages de l’événement' : 'Pages des événements'} className="subnav">
      <ul>
        {eventId && (
          <li>
            <Link to={`/${code}/evenements`}>Tous les événements</Link>
          </li>
        )}
        {pages.map((p) => {
          const to = `${base}${p.path}`;
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
