import { Link } from 'wouter';
import { CalendarDays } from 'lucide-react';
import { plural } from '@quartiers/ui-kit';
import type { QuartierEvents_QuartierFragment, TerritoryEvents_TerritoryFragment } from '../../__generated__/graphql';
import { EventCards } from './EventCard';
import { eventsPath, pastEventsPath } from './labels';

/** The sections other pages show of the events: the next three, and the way to the agenda. */

export function QuartierEvents({ code, quartier }: { code: string; quartier: QuartierEvents_QuartierFragment }) {
  return (
    <section aria-labelledby="quartier-events">
      <h2 id="quartier-events">Prochaines rencontres dans le quartier</h2>
      {quartier.nextEvents.length === 0 ? (
        <p>Aucune rencontre prévue dans ce quartier pour l’instant.</p>
      ) : (
        <EventCards code={code} events={quartier.nextEvents} />
      )}
      <p className="actions">
        <Link to={eventsPath(code, { quartier: quartier.id })}>Agenda du quartier</Link>
        <Link to={eventsPath(code)}>Toutes les rencontres du territoire</Link>
      </p>
    </section>
  );
}

export function TerritoryEvents({ territory }: { territory: TerritoryEvents_TerritoryFragment }) {
  const { code, nextEvents } = territory;
  return (
    <section aria-labelledby="territory-events">
      <h2 id="territory-events" className="section-title">
        <CalendarDays aria-hidden="true" size={24} /> Prochaines rencontres
      </h2>
      {nextEvents.edges.length === 0 ? (
        <p>
          Aucune rencontre prévue pour l’instant : voyez les{' '}
          <Link to={pastEventsPath(code)}>rencontres passées et ce qui en est sorti</Link>.
        </p>
      ) : (
        <EventCards code={code} events={nextEvents.edges.map((e) => e.node)} />
      )}
      <p className="actions">
        {nextEvents.totalCount > 0 && (
          <Link to={eventsPath(code)}>Voir les {plural(nextEvents.totalCount, 'rencontre', 'rencontres')} à venir</Link>
        )}
        <Link to={`/${code}/participation`}>Chiffres de la participation</Link>
      </p>
    </section>
  );
}
