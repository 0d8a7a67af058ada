import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import {
  Field,
  FormError,
  Notice,
  Submit,
  missingFields,
  plural,
  registrationStatusLabel,
  signInHref,
  useFieldErrors,
  useSubmission,
  type FieldProblems,
} from '@quartiers/ui-kit';
import {
  EvPCancelRegistrationDocument,
  EvPRegisterForEventDocument,
  type EventRegistration_EventFragment,
} from '../../__generated__/graphql';
import { eventPath } from './labels';

const REQUIRED_SIGNED_OUT = {
  email: 'Indiquez votre adresse email : le lien de confirmation y sera envoyé.',
  pseudonym: 'Indiquez le nom sous lequel vous vous inscrivez.',
};

/** Places in a sentence: « 28 inscrits sur 30 places : 2 places restantes ». */
function placesSentence(e: EventRegistration_EventFragment): string {
  const registered = plural(e.confirmedCount, 'personne inscrite', 'personnes inscrites');
  if (e.capacity == null) return `${registered}, sans limite de places.`;
  const waiting = e.waitingCount ? `, ${plural(e.waitingCount, 'personne', 'personnes')} sur liste d’attente` : '';
  const left = e.placesLeft ?? 0;
  return left > 0
    ? `${registered} sur ${plural(e.capacity, 'place', 'places')} : ${plural(left, 'place restante', 'places restantes')}.`
    : `Complet (${plural(e.capacity, 'place', 'places')})${waiting} : les inscriptions vont sur liste d’attente, par ordre d’arrivée.`;
}

/**
 * Registering for a planned event: one button when signed in, an email address and a name otherwise;
 * then the viewer's registration with its status, and its cancellation (confirmed first). The answers
 * carry the event's counts and the viewer's registration, which the cache takes in (no refetch).
 */
export function EventRegistration({
  code,
  territoryId,
  event,
  signedIn,
}: {
  code: string;
  territoryId: string;
  event: EventRegistration_EventFragment;
  signedIn: boolean;
}) {
  const register = useSubmission(EvPRegisterForEventDocument);
  const cancel = useSubmission(EvPCancelRegistrationDocument, {
    // The viewer's registration is gone, whatever the answer carries.
    update(cache) {
      cache.modify({
        id: cache.identify({ __typename: 'ParticipationEvent', id: event.id }),
        fields: { viewerRegistration: () => null },
      });
    },
  });
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState<FieldProblems | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const problem = missing ?? register.error;
  const fields = useFieldErrors(problem, formRef);
  const mine = event.viewerRegistration;
  const open = event.status === 'PLANNED' && event.registrationOpen && (event.viewerCanRegister || !signedIn);
  const full = event.capacity != null && (event.placesLeft ?? 0) <= 0;

  const onRegister = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    cancel.reset();
    const v = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const empty = signedIn ? null : missingFields(v, REQUIRED_SIGNED_OUT);
    setMissing(empty);
    if (empty) return;
    void register.run({
      input: {
        territoryId,
        eventId: event.id,
        ...(signedIn ? {} : { email: v.email!.trim(), pseudonym: v.pseudonym!.trim() }),
      },
    });
  };
  const onCancel = async () => {
    if (!mine) return;
    register.reset();
    const done = await cancel.run({ input: { territoryId, registrationId: mine.id } });
    if (done) setConfirming(false);
  };

  // Keeping one's registration brings focus back to the button that asked.
  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => cancelRef.current?.focus());
  };

  const sent = register.data?.registerForEvent;
  return (
    <section aria-labelledby="event-registration" className="event-registration">
      <h2 id="event-registration">Inscription</h2>
      {event.status === 'PLANNED' && <p>{placesSentence(event)}</p>}
      {sent && !mine && sent.awaitingConfirmation && (
        <Notice>
          Vérifiez votre boîte mail : ouvrez le lien que nous venons de vous envoyer pour confirmer votre inscription.
          Votre place n’est réservée qu’une fois le lien ouvert.
        </Notice>
      )}
      {sent?.registration && mine && <Notice>{sent.message}</Notice>}
      {cancel.data && !mine && <Notice>{cancel.data.cancelEventRegistration.message}</Notice>}
      {mine ? (
        <>
          <p className={`event-mine event-mine-${mine.status}`}>
            Votre inscription : <strong>{registrationStatusLabel(mine)}</strong>
            {mine.status === 'WAITING' &&
              ' — si une place se libère, elle vous est attribuée automatiquement et un email vous prévient.'}
          </p>
          <FormError error={cancel.error} />
          {!confirming ? (
            <button type="button" className="secondary" onClick={() => setConfirming(true)} ref={cancelRef}>
              Annuler mon inscription
            </button>
          ) : (
            <div role="group" aria-labelledby="event-cancel-question" className="event-confirm">
              <p id="event-cancel-question">
                Annuler votre inscription ?{' '}
                {mine.status === 'CONFIRMED' && 'Votre place ira à la première personne de la liste d’attente.'}
              </p>
              <p className="actions">
                <button
                  type="button"
                  onClick={() => void onCancel()}
                  disabled={cancel.pending}
                  aria-busy={cancel.pending}
                >
                  {cancel.pending ? 'Annulation…' : 'Oui, annuler mon inscription'}
                </button>
                <button type="button" className="secondary" onClick={keep} autoFocus>
                  Non, garder mon inscription
                </button>
              </p>
            </div>
          )}
        </>
      ) : open && !(sent?.awaitingConfirmation && !register.error) ? (
        <form onSubmit={onRegister} noValidate ref={formRef} className="event-form">
          <FormError error={problem} />
          {!signedIn && (
            <>
              <p className="hint">
                Sans compte, il suffit d’une adresse email : nous vous envoyons un lien pour confirmer. Votre adresse
                n’est jamais affichée. Vous avez un compte ?{' '}
                <Link to={signInHref(eventPath(code, event.id))}>Connectez-vous</Link>.
              </p>
              <Field
                label="Adresse email"
                name="email"
                type="email"
                required
                autoComplete="email"
                error={fields.email}
              />
              <Field
                label="Votre nom ou pseudonyme"
                name="pseudonym"
                required
                maxLength={40}
                autoComplete="nickname"
                hint="Il figure sur la liste des inscrits que tient l’équipe."
                error={fields.pseudonym}
              />
            </>
          )}
          <Submit busy={register.pending}>{full ? 'M’inscrire sur la liste d’attente' : 'M’inscrire'}</Submit>
        </form>
      ) : event.status === 'PLANNED' && !event.registrationOpen ? (
        <p>Les inscriptions en ligne sont closes pour cette rencontre.</p>
      ) : null}
    </section>
  );
}
