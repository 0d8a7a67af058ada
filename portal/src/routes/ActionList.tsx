import { Link } from 'react-router';
import { Empty } from '../ui/States';
import { formatEuros } from '../ui/format';

export interface ActionItem {
  id: string;
  title: string;
  year: number;
  totalAmount: number;
  operator?: { name: string } | null;
  communes: { name: string }[];
  frameworkItem?: { code?: string | null; title: string } | null;
}

interface Props {
  code: string;
  actions: ActionItem[];
  totalCount: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  onMore: () => void;
}

/** A list of actions with a count announced to screen readers and a "more" button. */
export function ActionList({ code, actions, totalCount, hasNextPage, loadingMore, onMore }: Props) {
  return (
    <>
      <p role="status" aria-live="polite">
        {totalCount} action(s) — {actions.length} affichée(s)
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
                {a.totalAmount > 0 && ` · ${formatEuros(a.totalAmount)}`}
              </p>
              {a.frameworkItem && <span className="tag">{a.frameworkItem.code ?? a.frameworkItem.title}</span>}
            </li>
          ))}
        </ul>
      )}
      {hasNextPage && (
        <button type="button" onClick={onMore} disabled={loadingMore} aria-busy={loadingMore}>
          {loadingMore ? 'Chargement…' : 'Afficher plus d’actions'}
        </button>
      )}
    </>
  );
}
