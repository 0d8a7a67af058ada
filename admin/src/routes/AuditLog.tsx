import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { TZDate } from '@date-fns/tz';
import { useParams } from 'wouter';
import { AdminAuditLogDocument } from '../__generated__/graphql';
import {
  AUDIT_ACTIONS,
  FormError,
  auditActionLabel,
  auditTargetLabel,
  plural,
  type AuditAction,
} from '@quartiers/ui-kit';
import { TerritoryTabs } from '../ui/TerritoryTabs';
import { FilterSelect } from '../ui/FilterSelect';
import { formatDateTime } from '../ui/format';
import { AuditChanges } from './AuditChanges';

type Fields = Record<string, unknown> | null;

/** Every action of the catalogue (`enum AuditAction`), by its French label, for the filter. */
const ACTION_CHOICES = AUDIT_ACTIONS.map((action) => [action, auditActionLabel(action)] as const).sort((a, b) =>
  a[1].localeCompare(b[1], 'fr'),
);

/** Start of a day in Paris (winter or summer time), as an instant: the filter's bounds. */
function parisDay(day: string) {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 'Europe/Paris').toISOString();
}

export function AuditLog() {
  const { code = '' } = useParams();
  const [action, setAction] = useState<AuditAction | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { data, loading, error, fetchMore } = useQuery(AdminAuditLogDocument, {
    variables: { code, filter: { action, from: parisDay(from), to: parisDay(to) } },
  });
  const t = data?.territory;
  if (error) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  return (
    <section>
      <h1>{t.name} — journal des actions</h1>
      <TerritoryTabs code={code} />
      <p>Chaque action des agents et modérateurs, écrite avec elle et jamais modifiée.</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          label="Action"
          all="Toutes"
          value={action ?? ''}
          choices={ACTION_CHOICES}
          onChange={(a) => setAction(a || null)}
        />
        <label>
          Du <input type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          au (exclu) <input type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
      </form>
      <table>
        <caption>{plural(t.auditLog.totalCount, 'action', 'actions')}</caption>
        <thead>
          <tr>
            <th scope="col">Quand</th>
            <th scope="col">Qui</th>
            <th scope="col">Action</th>
            <th scope="col">Objet</th>
            <th scope="col">Motif</th>
            <th scope="col">Détail</th>
          </tr>
        </thead>
        <tbody>
          {t.auditLog.edges.map(({ node: e }) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.actorLabel}</td>
              <td>{auditActionLabel(e.action)}</td>
              <td>
                {auditTargetLabel(e.targetType)} <span className="muted">{e.targetId?.slice(0, 8)}</span>
              </td>
              <td>{e.reason ?? '—'}</td>
              <td>
                <AuditChanges before={e.before as Fields} after={e.after as Fields} targetType={e.targetType} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {t.auditLog.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: t.auditLog.pageInfo.endCursor } })}>
          Afficher plus
        </button>
      )}
    </section>
  );
}
