import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { parisDate } from '@quartiers/ui-kit';
import { OpenDataPageDocument } from '../__generated__/graphql';
import { Breadcrumb } from '../ui/Breadcrumb';
import { Empty, ErrorState, Loading, NotFound } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';
import { useTerritoryTheme } from '../ui/useTerritoryTheme';

/**
 * The territory's open data: each published programmation and each funder's SCDL « Subventions »
 * file, with the schema it follows, its date and its licence (Licence Ouverte 2.0).
 */
export function OpenDataPage() {
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OpenDataPageDocument, { variables: { code } });
  const t = data?.territory;
  usePageTitle(t ? `Données ouvertes — ${t.name}` : null);
  useTerritoryTheme(t?.theme);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} what="Ce territoire" />;
  if (!t) return <NotFound what="Ce territoire" />;
  return (
    <article>
      <Breadcrumb
        items={[{ to: '/', label: 'Territoires' }, { to: `/${t.code}`, label: t.code }, { label: 'Données ouvertes' }]}
      />
      <h1>Données ouvertes</h1>
      <p>
        Les programmations publiées de {t.name} et les subventions versées, au format SCDL « Subventions » pour chaque
        financeur, librement réutilisables.
      </p>
      {t.openData.length === 0 ? (
        <Empty>Aucun fichier publié pour l’instant.</Empty>
      ) : (
        <ul className="cards open-data">
          {t.openData.map((f) => (
            <li key={f.url}>
              <h2 className="card-title">{f.title}</h2>
              <dl>
                <dt>Format</dt>
                <dd>{f.format}</dd>
                <dt>Schéma</dt>
                <dd>
                  {f.schema ? (
                    <a href={f.schema.url}>
                      {f.schema.name}, version {f.schema.version}
                    </a>
                  ) : (
                    'Aucun schéma publié (tableau de la programmation)'
                  )}
                </dd>
                <dt>Mise à jour</dt>
                <dd>{parisDate(f.updatedAt, { weekday: false })}</dd>
                <dt>Licence</dt>
                <dd>
                  <a href={f.licence.url}>{f.licence.name}</a>
                </dd>
              </dl>
              <p>
                <a href={f.url} download>
                  Télécharger<span className="visually-hidden"> {f.title}</span> ({f.format})
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
