import { type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Field, FormError, Notice, Submit, formValues, frenchDate, plural, useSubmission } from '@quartiers/ui-kit';
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
  // Adding or removing a body answers with the report as both this list and the page read it.
  const adding = useSubmission(AdminAddBodyDocument);
  const removing = useSubmission(AdminRemoveBodyDocument);
  const transmitting = useSubmission(AdminSetBodyTransmissionDocument);
  const bodies = data?.territory?.report?.consultedBodies ?? [];
  const unreached = bodies.filter((b) => !b.recipientCount && !b.postedOn);
  const set = (bodyIds: string[], recipientEmail: string | null, postedOn: string | null) =>
    transmitting.run({ input: { ...reportRef, bodyIds, recipientEmail, postedOn } });

  const onAdd = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    void adding.run({ input: { ...reportRef, name: formValues(form).name! } }).then((data) => data && form.reset());
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
                <Submit busy={transmitting.pending}>Enregistrer</Submit>
              </form>
            </details>
            <button type="button" onClick={() => void removing.run({ input: { ...reportRef, bodyId: b.id } })}>
              Retirer <span className="visually-hidden">{b.name}</span>
            </button>
          </li>
        ))}
      </ul>
      {unreached.length > 0 && (
        <form onSubmit={onPostAll} noValidate>
          <p>{plural(unreached.length, 'instance n’a', 'instances n’ont')} aucun destinataire par email.</p>
          <Field label="Toutes envoyées par courrier le" name="postedOn" type="date" required />
          <Submit busy={transmitting.pending}>Enregistrer l’envoi par courrier</Submit>
        </form>
      )}
      <form onSubmit={onAdd} noValidate>
        <FormError error={adding.error} />
        <Field label="Autre signataire à consulter" name="name" required />
        <Submit busy={adding.pending}>Ajouter</Submit>
      </form>
    </section>
  );
}
