import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { usePageTitle } from './usePageTitle';

export function Loading({ label = 'Chargement en cours…' }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const message = error instanceof Error ? error.message : 'Erreur inconnue';
  return (
    <div className="state state-error" role="alert">
      <p>Impossible d’afficher cette page pour le moment.</p>
      <p className="muted">{message}</p>
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

export function NotFound({ what = 'Cette page' }: { what?: string }) {
  usePageTitle('Page introuvable');
  return (
    <section>
      <h1>{what} est introuvable</h1>
      <p>
        Le lien est peut-être ancien. <Link to="/">Revenir à la liste des territoires</Link>.
      </p>
    </section>
  );
}
