import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'wouter';
import { FormError, Notice, tokenFromHash, useSubmission } from '@quartiers/ui-kit';
import {
  EvPCancelRegistrationDocument,
  EvPConfirmRegistrationDocument,
  EvPLinkTerritoryDocument,
} from '../../__generated__/graphql';
import { ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { eventPath, eventsPath } from './labels';

/**
 * `/:code/evenements/confirmer#jeton=…`: where the emailed link lands. Confirms the registration once
 * (it takes a place, or joins the waiting list); the person is then signed in and sent to the event,
 * which shows their registration.
 */
export function ConfirmRegistrationPage() {
  const { code = '' } = useParams();
  usePageTitle('Confirmation de votre inscription');
  const [, navigate] = useLocation();
  const territory = useQuery(EvPLinkTerritoryDocument, { variables: { code } });
  // Confirming signs the person in: the session's queries (Me first) are asked again.
  const confirm = useSubmission(EvPConfirmRegistrationDocument, { refetchQueries: ['Me'], awaitRefetchQueries: true });
  const started = useRef(false);
  const territoryId = territory.data?.territory?.id;
  const { run } = confirm;

  useEffect(() => {
    if (!territoryId || started.current) return; // a link works once: never send it twice
    started.current = true;
    void run({ input: { territoryId, token: tokenFromHash() } }).then((done) => {
      const event = done?.confirmEventRegistration.registration?.event;
      if (event) navigate(eventPath(code, event.id), { replace: true });
    });
  }, [territoryId, run, navigate, code]);

  if (territory.loading) return <Loading />;
  if (territory.error) return <ErrorState error={territory.error} retry={() => void territory.refetch()} />;
  if (!territoryId) return <NotFound what="Ce territoire" />;
  const answered = confirm.data?.confirmEventRegistration;
  return (
    <section className="narrow">
      <h1>Confirmation de votre inscription</h1>
      {confirm.error ? (
        <>
          <FormError error={confirm.error} />
          <p>
            Ce lien a peut-être déjà servi, expiré ou été mal recopié. Si vous l’avez déjà ouvert, votre inscription est
            enregistrée : vous la retrouverez sur la page de la rencontre.
          </p>
          <p>
            <Link to={eventsPath(code)}>Voir les rencontres du territoire</Link>
          </p>
        </>
      ) : answered && !answered.registration ? (
        <Notice>{answered.message}</Notice>
      ) : (
        <Loading label="Vérification du lien…" />
      )}
    </section>
  );
}

/**
 * `/:code/evenements/annuler#jeton=…`: the cancellation link of the emails. Nothing happens before the
 * person confirms (a link opened by a mail scanner cancels nothing).
 */
export function CancelRegistrationPage() {
  const { code = '' } = useParams();
  usePageTitle('Annulation de votre inscription');
  const territory = useQuery(EvPLinkTerritoryDocument, { variables: { code } });
  const cancel = useSubmission(EvPCancelRegistrationDocument, {
    update(cache, { data }) {
      const event = data?.cancelEventRegistration.registration?.event;
      if (event) cache.modify({ id: cache.identify(event), fields: { viewerRegistration: () => null } });
    },
  });
  const territoryId = territory.data?.territory?.id;
  if (territory.loading) return <Loading />;
  if (territory.error) return <ErrorState error={territory.error} retry={() => void territory.refetch()} />;
  if (!territoryId) return <NotFound what="Ce territoire" />;
  const done = cancel.data?.cancelEventRegistration;
  const event = done?.registration?.event;
  return (
    <section className="narrow">
      <h1>Annulation de votre inscription</h1>
      {done ? (
        <>
          <Notice>{done.message}</Notice>
          <p>
            {event ? (
              <Link to={eventPath(code, event.id)}>Revenir à la rencontre « {event.title} »</Link>
            ) : (
              <Link to={eventsPath(code)}>Voir les rencontres du territoire</Link>
            )}
          </p>
        </>
      ) : (
        <>
          <p>
            Vous ne pouvez plus venir ? Annulez votre inscription : votre place ira à la première personne de la liste
            d’attente, qui sera prévenue par email.
          </p>
          <FormError error={cancel.error} />
          <p className="actions">
            <button
              type="button"
              disabled={cancel.pending}
              aria-busy={cancel.pending}
              onClick={() => void cancel.run({ input: { territoryId, token: tokenFromHash() } })}
            >
              {cancel.pending ? 'Annulation…' : 'Annuler mon inscription'}
            </button>
            <Link to={eventsPath(code)}>Garder mon inscription</Link>
          </p>
        </>
      )}
    </section>
  );
}
