import { Link } from 'wouter';
import { plural } from '@quartiers/ui-kit';
import type { IdeaCard_IdeaFragment } from '../../__generated__/graphql';
import { IDEA_STATUS_LABELS, ideaPath } from './labels';
import './ideas.css';

export function IdeaStatusBadge({ status }: { status: IdeaCard_IdeaFragment['status'] }) {
  return <span className={`idea-status idea-status-${status}`}>{IDEA_STATUS_LABELS[status]}</span>;
}

/** A card: the title links to the idea; quartier, status and counts below it. */
function IdeaCard({ code, idea }: { code: string; idea: IdeaCard_IdeaFragment }) {
  return (
    <li>
      <h3 className="card-title">
        <Link to={ideaPath(code, idea.id)}>{idea.title}</Link>
      </h3>
      <p className="card-meta">
        <IdeaStatusBadge status={idea.status} />
        <span>{idea.quartier?.name ?? 'Tout le territoire'}</span>
      </p>
      <p className="card-meta">
        <span>{plural(idea.supportCount, 'soutien', 'soutiens')}</span>
        <span>{plural(idea.commentCount, 'commentaire', 'commentaires')}</span>
      </p>
    </li>
  );
}

/** Ideas as cards (the caller says when there are none). */
export function IdeaCards({ code, ideas }: { code: string; ideas: readonly IdeaCard_IdeaFragment[] }) {
  return (
    <ul className="cards">
      {ideas.map((idea) => (
        <IdeaCard key={idea.id} code={code} idea={idea} />
      ))}
    </ul>
  );
}
