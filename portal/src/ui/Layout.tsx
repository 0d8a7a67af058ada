import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useFocusMainHeading } from '@quartiers/ui-kit';
import { AccountNav } from './AccountNav';

/** Skip link, landmarks and a single main region on every page (RGAA 12.7, 9.2). */
export function Layout({ children }: { children: ReactNode }) {
  // After each page change, focus goes to the new page's heading rather than back to <body>.
  useFocusMainHeading(useLocation()[0]);
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Quartiers
        </Link>
        <span className="tagline">Les contrats de ville, ouverts à tous</span>
        <AccountNav />
      </header>
      <main id="contenu" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Données issues des rapports publics des agglomérations. Les écarts entre totaux publiés et sommes des lignes
          sont signalés. <Link to="/confidentialite">Données personnelles</Link>
        </p>
      </footer>
    </>
  );
}
