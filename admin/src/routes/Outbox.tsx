import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { AdminOutboxDocument, type OutboxStatus } from '../__generated__/graphql';
import { FormError } from '@quartiers/ui-kit';
import { TerritoryTabs } from '../ui/TerritoryTabs';
import { FilterSelect } from '../ui/FilterSelect';
import { formatDateTime } from '../ui/format';

const STATUS: Record<OutboxStatus, string> = { PENDING: 'à envoyer', SENT: 'envoyé', FAILED: 'échec' };
const STATUS_CHOICES = Object.entries(STATUS) as [OutboxStatus, string][];

export function Outbox() {
  const { code = '' } = useParams();
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const [to, setTo] = useState('');
  const { data, loading, error, fetchMore } = useQuery(AdminOutboxDocument, {
    variables: { code, filter: { status: status || null, to: to || null } },
  });
  const t = data?.territory;
  if (error) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  return (
    <section>
      <h1>{t.name} — boîte d’envoi</h1>
      <TerritoryTabs code={code} />
      <p>
        Les emails sont écrits ici avec l’événement qu’ils annoncent, puis envoyés par SMTP quand il est configuré. Sans
        SMTP (démonstration), leur texte est lisible ci-dessous.
      </p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label="État" all="Tous" value={status} choices={STATUS_CHOICES} onChange={setStatus} />
        <label>
          Destinataire <input type="search" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
      </form>
      {t.emailOutbox.edges.length === 0 && <p>Aucun email.</p>}
      <ul className="outbox">
        {t.emailOutbox.edges.map(({ node: m }) => (
          <li key={m.id}>
            <details>
              <summary>
                {formatDateTime(m.createdAt)} — {m.toAddress} — {m.subject}{' '}
                <span className="tag">{STATUS[m.status]}</span>
              </summary>
              {m.lastError && (
                <p>
                  Dernière erreur ({m.attempts} essais) : {m.lastError}
                </p>
              )}
              {m.body ? <pre className="mail">{m.body}</pre> : <p>Texte masqué : l’email part par SMTP.</p>}
              {m.attachmentNames.length > 0 && <p>Pièces jointes : {m.attachmentNames.join(', ')}</p>}
            </details>
          </li>
        ))}
      </ul>
      {t.emailOutbox.pageInfo.hasNextPage && (
        <button
          type="button"
          onClick={() => void fetchMore({ variables: { after: t.emailOutbox.pageInfo.endCursor } })}
        >
          Afficher plus
        </button>
      )}
    </section>
  );
}
