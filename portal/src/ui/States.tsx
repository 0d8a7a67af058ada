import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { errorMessage, isUnknownAddress } from '@quartiers/ui-kit';
import { usePageTitle } from './usePageTitle';

/** The arguments a portal page's query takes from its address: refused, they mean the page does not exist. */
const URL_ARGUMENTS = ['code', 'id', 'year'];

export function Loading({ label = 'Chargement en cours…' }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

/**
 * A page's query that failed: « introuvable » when only its address is at fault (an id that is no
 * id, an unknown item), else a French message and a retry.
 */
export function ErrorState({
  error,
  retry,
  what,
  territoryCode,
}: {
  error: unknown;
  retry?: () => void;
  what?: string;
  territoryCode?: string;
}) {
  if (isUnknownAddress(error, URL_ARGUMENTS)) return <NotFound what={what} territoryCode={territoryCode} />;
  return (
    <div className="state state-error" role="alert">
      <p>Impossible d’afficher cette page pour le moment.</p>
      <p className="muted">{errorMessage(error)}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Réessayer
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** A page that does not exist: a heading, what is missing, and the ways back. */
export function NotFound({ what = 'Cette page', territoryCode }: { what?: string; territoryCode?: string }) {
  usePageTitle('Page introuvable');
  return (
    <section>
      <h1>Page introuvable</h1>
      <p>{what} est introuvable : le lien est peut-être ancien ou mal recopié.</p>
      <ul>
        {territoryCode && (
          <li>
            <Link to={`/${territoryCode}`}>Revenir à l’accueil du territoire {territoryCode}</Link>
          </li>
        )}
        <li>
          <Link to="/">Revenir à la liste des territoires</Link>
        </li>
      </ul>
    </section>
  );
}
