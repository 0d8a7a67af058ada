import { Link } from 'wouter';
import { Lightbulb } from 'lucide-react';
import { plural } from '@quartiers/ui-kit';
import type { ActionIdeas_ActionFragment, QuartierIdeas_QuartierFragment } from '../../__generated__/graphql';
import { IdeaCards } from './IdeaCard';
import { ideasPath } from './labels';

/** The sections other pages show of the ideas: small, and linking to the ideas pages. */

export function QuartierIdeas({ code, quartier }: { code: string; quartier: QuartierIdeas_QuartierFragment }) {
  const { totalCount, edges } = quartier.ideas;
  return (
    <section aria-labelledby="quartier-ideas">
      <h2 id="quartier-ideas">Idées des habitants pour ce quartier</h2>
      {edges.length === 0 ? (
        <p>Aucune idée publiée pour ce quartier pour l’instant.</p>
      ) : (
        <IdeaCards code={code} ideas={edges.map((e) => e.node)} />
      )}
      <p className="actions">
        {totalCount > 0 && (
          <Link to={ideasPath(code, { quartier: quartier.id })}>
            Voir les {plural(totalCount, 'idée', 'idées')} du quartier
          </Link>
        )}
        <Link to={`/${code}/idees/proposer`}>Proposer une idée</Link>
      </p>
    </section>
  );
}

export function ActionIdeas({ code, action }: { code: string; action: ActionIdeas_ActionFragment }) {
  if (action.ideas.length === 0) return null;
  return (
    <section aria-labelledby="action-ideas">
      <h2 id="action-ideas">Idées d’habitants à l’origine de cette action</h2>
      <IdeaCards code={code} ideas={action.ideas} />
    </section>
  );
}

export function TerritoryIdeasLinks({ code }: { code: string }) {
  return (
    <section aria-labelledby="territory-ideas">
      <h2 id="territory-ideas" className="section-title">
        <Lightbulb aria-hidden="true" size={24} /> Idées des habitants
      </h2>
      <p>Proposez une idée pour votre quartier, soutenez celles des autres et suivez ce qu’elles deviennent.</p>
      <p className="actions">
        <Link to={ideasPath(code)}>Voir les idées</Link>
        <Link to={`/${code}/idees/proposer`}>Proposer une idée</Link>
      </p>
    </section>
  );
}
