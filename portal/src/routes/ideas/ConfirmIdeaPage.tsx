import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'wouter';
import { FormError, tokenFromHash, useSubmission } from '@quartiers/ui-kit';
import { ConfirmIdeaDocument, ConfirmIdeaTerritoryDocument } from '../../__generated__/graphql';
import { ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { ideaPath } from './labels';

/**
 * `/:code/idees/confirmer#jeton=…`: where the emailed link lands. Confirms the idea once; the person
 * is then signed in, and sent to their idea.
 */
export function ConfirmIdeaPage() {
  const { code = '' } = useParams();
  usePageTitle('Confirmation de votre idée');
  const [, navigate] = useLocation();
  const territory = useQuery(ConfirmIdeaTerritoryDocument, { variables: { code } });
  // Confirming signs the person in: the session's queries (Me first) are asked again.
  const confirm = useSubmission(ConfirmIdeaDocument, { refetchQueries: ['Me'], awaitRefetchQueries: true });
  const started = useRef(false);
  const territoryId = territory.data?.territory?.id;
  const { run } = confirm;

  useEffect(() => {
    if (!territoryId || started.current) return; // a link works once: never send it twice
    started.current = true;
    void run({ input: { territoryId, token: tokenFromHash() } }).then((done) => {
      if (done) navigate(ideaPath(code, done.confirmIdea.idea.id), { replace: true });
    });
  }, [territoryId, run, navigate, code]);

  if (territory.loading) return <Loading />;
  if (territory.error) return <ErrorState error={territory.error} retry={() => void territory.refetch()} />;
  if (!territoryId) return <NotFound what="Ce territoire" />;
  return (
    <section className="narrow">
      <h1>Confirmation de votre idée</h1>
      {confirm.error ? (
        <>
          <FormError error={confirm.error} />
          <p>
            Ce lien a peut-être déjà servi, expiré (il reste valable 7 jours) ou été mal recopié. Si votre idée est déjà
            confirmée, vous la retrouverez dans la liste une fois relue.
          </p>
          <ul>
            <li>
              <Link to={`/${code}/idees`}>Voir les idées du territoire</Link>
            </li>
            <li>
              <Link to={`/${code}/idees/proposer`}>Proposer à nouveau votre idée</Link>
            </li>
          </ul>
        </>
      ) : (
        <Loading label="Vérification du lien…" />
      )}
    </section>
  );
}
