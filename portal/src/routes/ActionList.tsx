import { Link } from 'wouter';
import type { ActionList_ConnectionFragment } from '../__generated__/graphql';
import { Empty } from '../ui/States';
import { eurosValue, frameworkItemLabel, plural } from '@quartiers/ui-kit';
import { formatEuros } from '../ui/format';

interface Props {
  code: string;
  connection: ActionList_ConnectionFragment;
  loadingMore: boolean;
  /** Asks for the page after this cursor. */
  onMore: (after: string | null | undefined) => void;
}

/** A list of actions with a count announced to screen readers and a "more" button. */
export function ActionList({ code, connection, loadingMore, onMore }: Props) {
  const actions = connection.edges.map((e) => e.node);
  const { totalCount, pageInfo } = connection;
  return (
    <>
      <p role="status" aria-live="polite">
        {plural(totalCount, 'action', 'actions')} — {plural(actions.length, 'affichée', 'affichées')}
      </p>
      {actions.length === 0 ? (
        <Empty>Aucune action ne correspond.</Empty>
      ) : (
        <ul className="cards">
          {actions.map((a) => (
            <li key={a.id}>
              <Link to={`/${code}/actions/${a.id}`}>{a.title}</Link>
              <p className="muted">
                {a.year} · {a.operator?.name ?? 'Porteur non précisé'}
                {a.communes.length > 0 && ` · ${a.communes.map((c) => c.name).join(', ')}`}
                {eurosValue(a.totalAmount) > 0 && ` · ${formatEuros(a.totalAmount)}`}
              </p>
              {a.frameworkItem && <span className="tag">{frameworkItemLabel(a.frameworkItem)}</span>}
            </li>
          ))}
        </ul>
      )}
      {pageInfo.hasNextPage && (
        <button type="button" onClick={() => onMore(pageInfo.endCursor)} disabled={loadingMore} aria-busy={loadingMore}>
          {loadingMore ? 'Chargement…' : 'Afficher plus d’actions'}
        </button>
      )}
    </>
  );
}
