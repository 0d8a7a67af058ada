import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { FormError } from '@quartiers/ui-kit';
import {
  AdminIdeaQueueDocument,
  type AdminIdeaRowFragment,
  type IdeaPublication,
  type IdeaStatus,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { FilterSelect } from '../../ui/FilterSelect';
import { formatDate } from '../../ui/format';
import { IdeasNav } from './IdeasNav';
import {
  IDEA_CHANNEL_LABELS,
  IDEA_PUBLICATION_LABELS,
  IDEA_STATUS_LABELS,
  PUBLICATION_CHOICES,
  STATUS_CHOICES,
} from './labels';

/** Every idea of the territory for staff, newest first, by status, publication and quartier. */
export function IdeaQueue() {
  const { code = '' } = useParams();
  const [status, setStatus] = useState<IdeaStatus | ''>('');
  const [publication, setPublication] = useState<IdeaPublication | ''>('');
  const [quartierId, setQuartierId] = useState('');
  const { data, loading, error, fetchMore } = useQuery(AdminIdeaQueueDocument, {
    variables: {
      code,
      filter: { status: status || null, publication: publication || null, quartierId: quartierId || null },
    },
  });
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  const queue = t.ideaQueue;
  const quartiers = t.quartiers.edges.map(({ node }) => [node.id, node.name] as const);
  const filtered = Boolean(status || publication || quartierId);
  return (
    <section>
      <h1>{t.name} — idées des habitants</h1>
      <TerritoryTabs code={code} />
      <IdeasNav code={code} />
      <p>
        Toutes les idées, de la plus récente à la plus ancienne, hors celles fusionnées dans une autre. La décision de
        publier ou de refuser une idée se prend sur la page <Link to={`/${code}/moderation`}>Modération</Link>.
      </p>
      <form className="filters" role="search" aria-label="Filtrer les idées" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label="Réponse" all="Toutes" value={status} choices={STATUS_CHOICES} onChange={setStatus} />
        <FilterSelect
          label="Publication"
          all="Toutes"
          value={publication}
          choices={PUBLICATION_CHOICES}
          onChange={setPublication}
        />
        <FilterSelect label="Quartier" all="Tous" value={quartierId} choices={quartiers} onChange={setQuartierId} />
      </form>
      <h2 aria-live="polite">Idées ({queue.totalCount})</h2>
      {queue.edges.length === 0 && (
        <p>
          {filtered ? 'Aucune idée ne correspond à ces filtres.' : 'Aucune idée pour l’instant. '}
          {!filtered && <Link to={`/${code}/idees/nouvelle`}>Enregistrer une idée reçue en réunion</Link>}
        </p>
      )}
      <ul className="idea-queue">
        {queue.edges.map(({ node }) => (
          <li key={node.id}>
            <IdeaRow code={code} idea={node} />
          </li>
        ))}
      </ul>
      {queue.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } })}>
          Afficher plus d’idées
        </button>
      )}
    </section>
  );
}

function IdeaRow({ code, idea }: { code: string; idea: AdminIdeaRowFragment }) {
  const awaitsModeration = idea.publication === 'PENDING' || idea.hidden;
  return (
    <article className="card">
      <h3>
        <Link to={`/${code}/idees/${idea.id}`}>{idea.title}</Link>
      </h3>
      <p>
        <span className="tag">{IDEA_STATUS_LABELS[idea.status]}</span>{' '}
        <span className="tag">
          {idea.hidden ? 'masquée après signalements' : IDEA_PUBLICATION_LABELS[idea.publication]}
        </span>{' '}
        {idea.quartier?.name ?? 'Tout le territoire'} — {idea.supportCount}{' '}
        {idea.supportCount > 1 ? 'soutiens' : 'soutien'} — reçue {IDEA_CHANNEL_LABELS[idea.channel]} le{' '}
        {formatDate(idea.createdAt)}
      </p>
      {awaitsModeration && (
        <p>
          <Link to={`/${code}/moderation`}>
            Modérer <span className="visually-hidden">l’idée « {idea.title} »</span>
          </Link>
        </p>
      )}
    </article>
  );
}
