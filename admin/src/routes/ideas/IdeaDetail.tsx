import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { FormError, frameworkItemLabel, isUnknownAddress, plural } from '@quartiers/ui-kit';
import { AdminIdeaDocument } from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { formatDate, formatDateTime } from '../../ui/format';
import { IdeasNav } from './IdeasNav';
import { IdeaAnswer } from './IdeaAnswer';
import { IdeaActionLinks } from './IdeaActionLinks';
import { IdeaMerge } from './IdeaMerge';
import { IDEA_CHANNEL_LABELS, IDEA_PUBLICATION_LABELS, IDEA_STATUS_LABELS } from './labels';

/** One idea as staff see it, with what they do about it: answer, link to actions, merge duplicates. */
export function IdeaDetail() {
  const { code = '', ideaId = '' } = useParams();
  const { data, loading, error } = useQuery(AdminIdeaDocument, { variables: { code, id: ideaId } });
  const t = data?.territory;
  const idea = t?.idea;
  if (error && !isUnknownAddress(error, ['id'])) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t || !idea) {
    return (
      <section>
        <h1>Idée introuvable</h1>
        <p>
          Cette idée n’existe pas ou n’appartient pas à ce territoire.{' '}
          <Link to={`/${code}/idees`}>Revenir à la file des idées</Link>.
        </p>
      </section>
    );
  }
  const ref = { territoryId: t.id, ideaId: idea.id };
  return (
    <section>
      <h1>
        {t.name} — idée « {idea.title} »
      </h1>
      <TerritoryTabs code={code} />
      <IdeasNav code={code} />
      <p>
        <Link to={`/${code}/idees`}>Revenir à la file des idées</Link>
      </p>
      <section className="card" aria-labelledby="idea-text">
        <h2 id="idea-text">L’idée</h2>
        <p>
          <span className="tag">{IDEA_STATUS_LABELS[idea.status]}</span>{' '}
          <span className="tag">
            {idea.hidden ? 'masquée après signalements' : IDEA_PUBLICATION_LABELS[idea.publication]}
          </span>
        </p>
        <p className="idea-text">{idea.text}</p>
        <dl className="facts">
          <dt>Auteur</dt>
          <dd>
            {idea.authorName}
            {idea.council && ` (au nom de ${idea.council.name})`}
          </dd>
          <dt>Reçue</dt>
          <dd>
            {IDEA_CHANNEL_LABELS[idea.channel]}, le {formatDateTime(idea.createdAt)}
          </dd>
          <dt>Quartier</dt>
          <dd>{idea.quartier?.name ?? 'Tout le territoire'}</dd>
          <dt>Thème</dt>
          <dd>{idea.theme ? frameworkItemLabel(idea.theme) : 'Aucun'}</dd>
          <dt>Soutiens</dt>
          <dd>{plural(idea.supportCount, 'personne', 'personnes')}</dd>
          <dt>Commentaires</dt>
          <dd>{idea.commentCount}</dd>
        </dl>
        {idea.publication === 'REJECTED' && idea.rejectionReason && <p>Motif du refus : {idea.rejectionReason}</p>}
        {(idea.publication === 'PENDING' || idea.hidden) && (
          <p>
            Cette idée attend une décision de modération : <Link to={`/${code}/moderation`}>la modérer</Link>.
          </p>
        )}
        {idea.mergedInto && (
          <p className="warning">
            Fusionnée dans <Link to={`/${code}/idees/${idea.mergedInto.id}`}>« {idea.mergedInto.title} »</Link> : c’est
            là qu’elle se suit désormais.
          </p>
        )}
      </section>
      {idea.history.length > 0 && (
        <section className="card" aria-labelledby="idea-history">
          <h2 id="idea-history">Réponses données</h2>
          <ol>
            {idea.history.map((h, i) => (
              <li key={i}>
                {formatDate(h.at)} : {IDEA_STATUS_LABELS[h.status]}
                {h.answer && ` — « ${h.answer} »`}
              </li>
            ))}
          </ol>
        </section>
      )}
      {!idea.mergedInto && (
        <>
          <IdeaAnswer idea={idea} ideaRef={ref} />
          <IdeaActionLinks code={code} idea={idea} ideaRef={ref} />
          <IdeaMerge code={code} idea={idea} territoryId={t.id} />
        </>
      )}
    </section>
  );
}
