import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useQuery } from '@apollo/client/react';
import { CalendarDays, FileText, House, MapPinned } from 'lucide-react';
import { useFocusMainHeading } from '@quartiers/ui-kit';
import { SiteHeaderDocument } from '../__generated__/graphql';
import { AccountNav } from './AccountNav';
import { useTerritoryTheme } from './useTerritoryTheme';

/** First path segments that are pages of the portal, not territory codes. */
const PORTAL_PAGES = new Set(['', 'compte', 'invitation', 'confidentialite']);

/** The territory a path is in, by its code: `/DEMO/quartiers/…` is in DEMO. */
function territoryCodeOf(path: string): string | null {
  const first = path.split('/')[1] ?? '';
  return PORTAL_PAGES.has(first) ? null : first;
}

/** Initials shown in the logo slot while the territory has no logo. */
const monogram = (name: string) =>
  name
    .replace(/\(.*\)/g, '')
    .split(/[\s'’-]+/)
    .filter((w) => w.length > 2 && w[0] === w[0]!.toUpperCase())
    .slice(-2)
    .map((w) => w[0])
    .join('');

/** Skip link, landmarks and a single main region on every page (RGAA 12.7, 9.2). */
export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const code = territoryCodeOf(location);
  const { data } = useQuery(SiteHeaderDocument, { variables: { code: code ?? '' }, skip: !code });
  const territory = code ? data?.territory : null;
  useTerritoryTheme(code ? territory?.theme : null);
  // After each page change, focus goes to the new page's heading rather than back to <body>.
  useFocusMainHeading(location);
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          {territory ? (
            <Link to={`/${territory.code}`} className="brand">
              {territory.theme.logoUrl ? (
                // The name beside it says what it is: the image is decoration (RGAA 1.2).
                <img className="brand-logo brand-logo-image" src={territory.theme.logoUrl} alt="" />
              ) : (
                <span className="brand-logo" aria-hidden="true">
                  {monogram(territory.name) || territory.code.slice(0, 2)}
                </span>
              )}
              <span className="brand-text">
                <span className="brand-name">{territory.shortName ?? territory.name}</span>
                <span className="brand-sub">Contrat de ville · Quartiers</span>
              </span>
            </Link>
          ) : (
            <Link to="/" className="brand">
              <span className="brand-logo" aria-hidden="true">
                Q
              </span>
              <span className="brand-text">
                <span className="brand-name">Quartiers</span>
                <span className="brand-sub">Les contrats de ville, ouverts à tous</span>
              </span>
            </Link>
          )}
          <AccountNav />
        </div>
        <nav className="site-nav" aria-label="Navigation principale">
          <ul>
            <li>
              <Link to="/">
                <MapPinned aria-hidden="true" size={18} /> Territoires
              </Link>
            </li>
            {territory && (
              <>
                <li>
                  <Link to={`/${territory.code}`}>
                    <House aria-hidden="true" size={18} /> Accueil du territoire
                  </Link>
                </li>
                <li>
                  <Link to={`/${territory.code}/evenements`}>
                    <CalendarDays aria-hidden="true" size={18} /> Rencontres
                  </Link>
                </li>
                <li>
                  <Link to={`/${territory.code}/rapports`}>
                    <FileText aria-hidden="true" size={18} /> Rapports et avis
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      <main id="contenu" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          <p className="footer-brand">
            <strong>Quartiers</strong> — la plateforme des contrats de ville
          </p>
          <p>
            Données issues des rapports publics des agglomérations. Les écarts entre totaux publiés et sommes des lignes
            sont signalés.
          </p>
          <ul className="footer-links">
            <li>
              <Link to="/">Tous les territoires</Link>
            </li>
            {territory && (
              <li>
                <Link to={`/${territory.code}/donnees-ouvertes`}>Données ouvertes</Link>
              </li>
            )}
            <li>
              <Link to="/confidentialite">Données personnelles</Link>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
