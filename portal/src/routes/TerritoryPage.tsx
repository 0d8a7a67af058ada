import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import {
  Building2,
  CalendarRange,
  Database,
  FileText,
  Landmark,
  MapPinned,
  ScrollText,
  UsersRound,
} from 'lucide-react';
import { TerritoryHomeDocument } from '../__generated__/graphql';
import { Empty, ErrorState, Loading, NotFound } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';
import { useTerritoryTheme } from '../ui/useTerritoryTheme';
import { QUARTIER_KIND, formatEuros, formatNumber } from '../ui/format';
import { Breadcrumb } from '../ui/Breadcrumb';
import { OpenNow } from '../ui/OpenNow';
import { TerritoryIdeasLinks } from './ideas/IdeaSections';
import { TerritoryEvents } from './events/EventSections';

export function TerritoryPage() {
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TerritoryHomeDocument, { variables: { code } });
  const t = data?.territory;
  usePageTitle(t?.name);
  useTerritoryTheme(t?.theme);
  if (loading) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!t) return <NotFound what="Ce territoire" />;
  const where = [t.epciType, t.department, t.region].filter(Boolean).join(' · ');
  return (
    <article>
      <Breadcrumb items={[{ to: '/', label: 'Territoires' }, { label: t.code }]} />
      <div className="hero">
        <h1>{t.name}</h1>
        {where && <p className="hero-meta">{where}</p>}
      </div>

      <OpenNow territory={t} />

      <ul className="figures" aria-label="Chiffres clés">
        <li>
          <Building2 aria-hidden="true" size={20} />
          <strong>{formatNumber(t.quartiers.totalCount)}</strong> quartiers décrits
        </li>
        <li>
          <Landmark aria-hidden="true" size={20} />
          <strong>{formatNumber(t.communes.totalCount)}</strong> communes
        </li>
        {t.qpvPopulation != null && (
          <li>
            <UsersRound aria-hidden="true" size={20} />
            <strong>{formatNumber(t.qpvPopulation)}</strong> habitants en QPV
          </li>
        )}
        {t.population != null && (
          <li>
            <UsersRound aria-hidden="true" size={20} />
            <strong>{formatNumber(t.population)}</strong> habitants
          </li>
        )}
      </ul>

      <h2 className="section-title">
        <MapPinned aria-hidden="true" size={24} /> Quartiers
      </h2>
      {t.quartiers.edges.length === 0 ? (
        <Empty>Les quartiers de ce territoire ne sont pas encore décrits.</Empty>
      ) : (
        <ul className="cards">
          {t.quartiers.edges.map(({ node }) => (
            <li key={node.id}>
              <h3 className="card-title">
                <Link to={`/${t.code}/quartiers/${node.id}`}>{node.name}</Link>
              </h3>
              <p className="card-meta">
                <span className="tag">{QUARTIER_KIND[node.kind]}</span>
                {node.communes.length > 0 && <span>{node.communes.map((c) => c.name).join(', ')}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}

      <TerritoryEvents territory={t} />

      <TerritoryIdeasLinks code={t.code} />

      <h2 className="section-title">
        <ScrollText aria-hidden="true" size={24} /> Contrats de ville
      </h2>
      {t.contracts.edges.length === 0 ? (
        <Empty>Aucun contrat publié.</Empty>
      ) : (
        <ul className="cards">
          {t.contracts.edges.map(({ node }) => (
            <li key={node.id}>
              <h3 className="card-title">
                <Link to={`/${t.code}/contrats/${node.id}`}>{node.name}</Link>
              </h3>
              <p className="card-meta">
                <span>
                  <CalendarRange aria-hidden="true" size={16} /> {node.startYear ?? '?'}–{node.endYear ?? '…'}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}

      <h2 className="section-title">
        <CalendarRange aria-hidden="true" size={24} /> Programmations annuelles
      </h2>
      {t.programmations.edges.length === 0 ? (
        <Empty>Aucune programmation publiée pour ce territoire.</Empty>
      ) : (
        <ul className="cards">
          {t.programmations.edges.map(({ node }) => (
            <li key={node.id}>
              <h3 className="card-title">
                {node.year ? (
                  <Link to={`/${t.code}/programmation/${node.year}`}>Programmation {node.year}</Link>
                ) : (
                  <span>Période {node.period}</span>
                )}
              </h3>
              <p className="card-figure">
                {formatEuros(node.totalCost.printed ?? node.totalCost.computed ?? node.actionTotals.total)}
              </p>
              {node.actionsFunded ? <p className="card-meta">{node.actionsFunded} actions financées</p> : null}
            </li>
          ))}
        </ul>
      )}

      <p>
        <Link to={`/${t.code}/rapports`}>
          <FileText aria-hidden="true" size={18} /> Rapports annuels et consultations des conseils citoyens et des
          communes
        </Link>
      </p>
      <p>
        <Link to={`/${t.code}/donnees-ouvertes`}>
          <Database aria-hidden="true" size={18} /> Données ouvertes : programmations et subventions (SCDL)
        </Link>
      </p>
    </article>
  );
}
