import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { FormError, MODERATABLE_KIND_LABELS, MODERATION_STATUS_LABELS } from '@quartiers/ui-kit';
import { AdminModerationQueueDocument, type ModeratableKind, type ModerationStatus } from '../__generated__/graphql';
import { TerritoryTabs } from '../ui/TerritoryTabs';
import { ModerationDecision } from './ModerationDecision';
import { ModerationSettings } from './ModerationSettings';
import { FilterSelect } from '../ui/FilterSelect';

const STATUS_CHOICES = Object.entries(MODERATION_STATUS_LABELS) as [ModerationStatus, string][];
const KIND_CHOICES = Object.entries(MODERATABLE_KIND_LABELS) as [ModeratableKind, string][];

/** One queue for everything residents write: items awaiting a decision (pending, or hidden by reports) first. */
export function ModerationQueue() {
  const { code = '' } = useParams();
  const [status, setStatus] = useState<ModerationStatus | ''>('');
  const [kind, setKind] = useState<ModeratableKind | ''>('');
  const { data, loading, error, fetchMore } = useQuery(AdminModerationQueueDocument, {
    variables: { code, filter: { status: status || null, kind: kind || null } },
  });
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  const queue = t.moderationQueue;
  return (
    <section>
      <h1>{t.name} — modération</h1>
      <TerritoryTabs code={code} />
      <p>
        Ce que les habitants écrivent, de toutes sortes : d’abord ce qui attend une décision (à modérer, ou masqué après
        des signalements), puis le plus récent. Le motif d’un refus n’est montré qu’à son auteur.
      </p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label="État" all="Tous" value={status} choices={STATUS_CHOICES} onChange={setStatus} />
        <FilterSelect label="Sorte" all="Toutes" value={kind} choices={KIND_CHOICES} onChange={setKind} />
      </form>
      <h2>Publications ({queue.totalCount})</h2>
      {queue.edges.length === 0 && <p>Rien dans la file de modération.</p>}
      <ul className="moderation-queue">
        {queue.edges.map(({ node }) => (
          <li key={node.id}>
            <ModerationDecision item={node} territoryId={t.id} />
          </li>
        ))}
      </ul>
      {queue.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } })}>
          Afficher plus
        </button>
      )}
      <ModerationSettings code={code} />
    </section>
  );
}
