import { Link } from 'wouter';
import { SubNav } from '../../ui/SubNav';

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
  if (!eventId) return <SubNav label="Pages des événements" base={`/${code}/evenements`} pages={SECTION_PAGES} />;
  return (
    <SubNav
      label="Pages de l’événement"
      base={`/${code}/evenements/${eventId}`}
      pages={EVENT_PAGES}
      before={<Link to={`/${code}/evenements`}>Tous les événements</Link>}
    />
  );
}
