import type { ReactNode } from 'react';
import { Link } from 'wouter';

export function Shell({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="bar">
        <Link to="/">Console Quartiers</Link>
        <span>Lecture seule : la connexion des agents arrive avec la gestion des comptes.</span>
      </header>
      <main id="contenu" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
