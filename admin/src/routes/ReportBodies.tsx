import { type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Field, FormError, Notice, Submit, formValues, frenchDate, plural } from '@quartiers/ui-kit';
import {
  AdminAddBodyDocument,
  AdminRemoveBodyDocument,
  AdminReportBodiesDocument,
  AdminSetBodyTransmissionDocument,
  type AdminBodyTransmissionFragment,
} from '../__generated__/graphql';

interface ReportRef {
  territoryId: string;
  reportId: string;
}
const REFETCH = { refetchQueries: ['AdminReport', 'AdminReportBodies'], awaitRefetchQueries: true };

/** How the report will reach a body: opening is refused for a body that nothing reaches. */
function reach(b: AdminBodyTransmissionFragment): string {
  const people = plural(b.recipientCount, 'destinataire par email', 'destinataires par email');
  if (b.postedOn) return `${b.recipientCount ? `${people} ; ` : ''}envoi par courrier le ${frenchDate(b.postedOn)}`;
  return b.recipientCount ? people : 'Aucun destinataire : la consultation ne pourra pas être ouverte';
}

/**
 * Before opening: the bodies consulted and how each is reached — the people holding its roles, an
 * address for its mayor or president, or a transmission by post on a date staff record.
 */
export function ReportBodies({ code, year, reportRef }: { code: string; year: number; reportRef: ReportRef }) {
  const { data, error } = useQuery(AdminReportBodiesDocument, { variables: { code, year } });
  const [add, adding] = useMutation(AdminAddBodyDocument, REFETCH);
  const [remove, removing] = useMutation(AdminRemoveBodyDocument, REFETCH);
  const [transmit, transmitting] = useMutation(AdminSetBodyTransmissionDocument);
  const bodies = data?.territory?.report?.consultedBodies ?? [];
  const unreached = bodies.filter((b) => !b.recipientCount && !b.postedOn);
  const set = (bodyIds: string[], recipientEmail: string | null, postedOn: string | null) =>
    transmit({ variables: { input: { ...reportRef, bodyIds, recipientEmail, postedOn } } }).catch(() => undefined);

  const onAdd = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    void add({ variables: { input: { ...reportRef, name: formValues(form).name! } } }).then(
      () => form.reset(),
      () => undefined,
    );
  };
  const onPostAll = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void set(
      unreached.map((b) => b.id),
      null,
      formValues(e.currentTarget).postedOn || null,
    );
  };
  return (
    <section className="card">
      <h2>{`Instances consultées (${bodies.length})`}</h2>
      <p>
        Préremplies depuis les données : chaque commune ayant un quartier prioritaire, chaque conseil citoyen actif. Le
        délai d’un mois et l’avis réputé favorable courent de la transmission : chaque instance doit recevoir le rapport
        par email (une personne qui tient l’un de ses rôles, ou l’adresse de son maire ou de sa présidence) ou par
        courrier.
      </p>
      <FormError error={error ?? removing.error ?? transmitting.error} />
      {transmitting.data && <Notice>Transmission enregistrée.</Notice>}
      <ul className="bodies">
        {bodies.map((b) => (
          <li key={b.id}>
            <strong>{b.name}</strong> —{' '}
            <span className={b.recipientCount || b.postedOn ? '' : 'warning'}>{reach(b)}</span>
            <details>
              <summary>
                Destinataire et envoi <span className="visually-hidden">de {b.name}</span>
              </summary>
              <form
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  const v = formValues(e.currentTarget);
                  void set([b.id], v.recipientEmail?.trim() || null, v.postedOn || null);
                }}
              >
                <Field
                  label="Adresse email du maire ou de la présidence"
                  name="recipientEmail"
                  type="email"
                  autoComplete="off"
                  defaultValue={b.recipientEmail ?? ''}
                />
                <Field label="Envoyé par courrier le" name="postedOn" type="date" defaultValue={b.postedOn ?? ''} />
                <Submit busy={transmitting.loading}>Enregistrer</Submit>
              </form>
            </details>
            <button
              type="button"
              onClick={() =>
                void remove({ variables: { input: { ...reportRef, bodyId: b.id } } }).catch(() => undefined)
              }
            >
              Retirer <span className="visually-hidden">{b.name}</span>
            </button>
          </li>
        ))}
      </ul>
      {unreached.length > 0 && (
        <form onSubmit={onPostAll} noValidate>
          <p>{plural(unreached.length, 'instance n’a', 'instances n’ont')} aucun destinataire par email.</p>
          <Field label="Toutes envoyées par courrier le" name="postedOn" type="date" required />
          <Submit busy={transmitting.loading}>Enregistrer l’envoi par courrier</Submit>
        </form>
      )}
      <form onSubmit={onAdd} noValidate>
        <FormError error={adding.error} />
        <Field label="Autre signataire à consulter" name="name" required />
        <Submit busy={adding.loading}>Ajouter</Submit>
      </form>
    </section>
  );
}
