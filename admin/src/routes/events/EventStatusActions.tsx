import { useState } from 'react';
import { FormError, Notice, plural, useSubmission } from '@quartiers/ui-kit';
import { AdminSetEventStatusDocument, type EventStatus } from '../../__generated__/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextAreaField } from './FormControls';
import { forgetEventLists } from './cache';

/**
 * Mark a planned event held (its attendance becomes its participant count) or cancel it: cancelling
 * emails every registrant, so it is confirmed first, with the number of people who will be written to.
 */
export function EventStatusActions(props: {
  code: string;
  territoryId: string;
  eventId: string;
  status: EventStatus;
  registrants: number;
}) {
  const { code, territoryId, eventId, registrants } = props;
  const change = useSubmission(AdminSetEventStatusDocument, { update: (cache) => forgetEventLists(cache, code) });
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const send = (status: EventStatus) =>
    void change.run({ input: { territoryId, eventId, status, message: message.trim() || null } });
  return (
    <section className="card" aria-labelledby="event-status">
      <h2 id="event-status">Statut</h2>
      <FormError error={change.error} />
      {change.data && <Notice>{change.data.setEventStatus.message}</Notice>}
      {props.status === 'PLANNED' ? (
        <>
          <p>
            <button type="button" onClick={() => send('HELD')} disabled={change.pending}>
              Marquer comme tenu
            </button>
          </p>
          <TextAreaField
            label="Message aux inscrits en cas d’annulation"
            name="cancelMessage"
            rows={3}
            maxLength={2000}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            hint="Joint à l’email d’annulation : la raison, une nouvelle date…"
          />
          <p>
            <button type="button" onClick={() => setConfirming(true)} disabled={change.pending}>
              Annuler l’événement
            </button>
          </p>
          <ConfirmDialog
            open={confirming}
            title="Annuler l’événement ?"
            confirmLabel="Annuler l’événement et prévenir les inscrits"
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              send('CANCELLED');
            }}
          >
            <p>
              {registrants === 0
                ? 'Personne n’est inscrit : aucun email ne sera envoyé.'
                : `Les ${plural(registrants, 'inscrit', 'inscrits')} recevront un email.`}
            </p>
          </ConfirmDialog>
        </>
      ) : (
        <p>
          {props.status === 'HELD'
            ? 'L’événement a eu lieu : son compte rendu se saisit dans l’onglet « Compte rendu ».'
            : 'L’événement est annulé ; les inscrits ont été prévenus.'}
        </p>
      )}
    </section>
  );
}
