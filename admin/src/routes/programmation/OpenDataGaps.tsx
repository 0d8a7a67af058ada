import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { FormError, plural } from '@quartiers/ui-kit';
import { AdminScdlGapsDocument } from '../../__generated__/graphql';

/**
 * Missing mandatory data of the SCDL « Subventions » files (a beneficiary's SIRET, a convention
 * date…), listed to staff before they publish: a funder's file is published only once complete.
 */
export function OpenDataGaps({ code, year }: { code: string; year: number }) {
  const { data, error } = useQuery(AdminScdlGapsDocument, { variables: { code, year } });
  const gaps = data?.territory?.programmation?.scdlGaps;
  if (error && !gaps) return <FormError error={error} />;
  if (!gaps) return <p role="status">Vérification des données ouvertes…</p>;
  return (
    <section className="card" aria-labelledby="scdl-title">
      <h2 id="scdl-title">Données ouvertes (SCDL « Subventions »)</h2>
      {gaps.length === 0 ? (
        <p>Les fichiers de chaque financeur sont complets : ils seront publiés avec la programmation.</p>
      ) : (
        <>
          <p>
            {plural(gaps.length, 'donnée obligatoire manque', 'données obligatoires manquent')} : le fichier d’un
            financeur n’est publié qu’une fois complet.
          </p>
          <div className="table-scroll" role="region" aria-labelledby="scdl-gaps" tabIndex={0}>
            <table>
              <caption id="scdl-gaps">Ce qui manque, par action et financeur</caption>
              <thead>
                <tr>
                  <th scope="col">Dossier</th>
                  <th scope="col">Financeur</th>
                  <th scope="col">Donnée manquante</th>
                </tr>
              </thead>
              <tbody>
                {gaps.map((g, i) => (
                  <tr key={`${g.action?.id ?? ''}-${g.funder?.id ?? ''}-${g.field}-${i}`}>
                    <th scope="row">
                      {g.action ? (
                        <Link to={`/${code}/programmation/${year}/actions/${g.action.id}`}>{g.action.title}</Link>
                      ) : (
                        'Action retirée'
                      )}
                    </th>
                    <td>{g.funder?.name ?? 'Tous'}</td>
                    <td>{g.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
