import { useState, type FormEvent } from 'react';
import { Field, FormError, Notice, Submit, formValues, frenchDate, plural, useSubmission } from '@quartiers/ui-kit';
import {
  AdminApproveReportDocument,
  AdminOpenConsultationDocument,
  AdminPublishReportDocument,
  type ReportSteps_ReportFragment as Report,
} from '../__generated__/graphql';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * The report's irreversible steps (open the consultation, record the approval, publish), each asked
 * again in a dialog before it is sent. The outcome stays shown, and focused, once the page has moved on.
 */
export function ReportSteps({
  report: r,
  reportRef,
}: {
  report: Report;
  reportRef: { territoryId: string; reportId: string };
}) {
  // Each answer carries the page's whole report (AdminReportPage_report): the cache moves the page on.
  const opening = useSubmission(AdminOpenConsultationDocument);
  const approving = useSubmission(AdminApproveReportDocument);
  const publishing = useSubmission(AdminPublishReportDocument);
  const [asking, setAsking] = useState<null | { run: () => Promise<unknown>; done: string }>(null);
  const [done, setDone] = useState<string | null>(null);
  const [approvedOn, setApprovedOn] = useState('');

  const confirm = () => {
    const step = asking!;
    setAsking(null);
    void step.run().then((data) => data && setDone(step.done));
  };
  const dialog = (title: string, text: string, confirmLabel: string) => (
    <ConfirmDialog
      open={asking !== null}
      title={title}
      confirmLabel={confirmLabel}
      onConfirm={confirm}
      onCancel={() => setAsking(null)}
    >
      <p>{text}</p>
    </ConfirmDialog>
  );
  const outcome = done && <Notice key={done}>{done}</Notice>;

  if (r.status === 'DRAFT') {
    const bodies = plural(r.consultedBodies.length, 'instance consultée', 'instances consultées');
    return (
      <section className="card">
        <h2>Ouvrir la consultation</h2>
        <p>Le projet tel qu’adopté devient la version 1 et ne change plus jusqu’à l’échéance.</p>
        <FormError error={opening.error} />
        <button
          type="button"
          disabled={opening.pending}
          onClick={() =>
            setAsking({
              run: () => opening.run({ input: reportRef }),
              done: 'Consultation ouverte : les instances consultées peuvent rendre leur avis.',
            })
          }
        >
          Ouvrir la consultation
        </button>
        {dialog(
          `Ouvrir la consultation sur le rapport ${r.referenceYear} ?`,
          `Le projet devient la version 1, transmise à ${bodies}${
            r.deadline ? `, qui ont jusqu’au ${frenchDate(r.deadline)} pour rendre leur avis` : ''
          }. Ses sections, son calendrier et la liste des instances ne pourront plus être modifiés.`,
          'Oui, ouvrir la consultation',
        )}
      </section>
    );
  }
  if (r.status === 'CLOSED') {
    const onSubmit = (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const on = formValues(e.currentTarget).approvedOn ?? '';
      const run = () => approving.run({ input: { ...reportRef, approvedOn: on } });
      // Without a date there is nothing to confirm: the server says what is missing.
      if (!on) void run();
      else {
        setApprovedOn(on);
        setAsking({ run, done: 'Approbation enregistrée : le rapport peut être publié.' });
      }
    };
    return (
      <section className="card">
        {outcome}
        <h2>Approbation par le conseil communautaire</h2>
        <form onSubmit={onSubmit} noValidate>
          <FormError error={approving.error} />
          <Field label="Date de la délibération d’approbation" name="approvedOn" type="date" required />
          <Submit busy={approving.pending}>Enregistrer l’approbation</Submit>
        </form>
        {dialog(
          `Enregistrer l’approbation du rapport ${r.referenceYear} ?`,
          `Le rapport est enregistré comme approuvé par le conseil communautaire le ${
            approvedOn ? frenchDate(approvedOn) : '—'
          }. Ses sections et les suites données aux avis ne pourront plus être modifiées.`,
          'Oui, enregistrer l’approbation',
        )}
      </section>
    );
  }
  if (r.status === 'APPROVED') {
    return (
      <section className="card">
        {outcome}
        <h2>Publication</h2>
        <p>Le rapport approuvé, son annexe et chaque avis avec sa suite donnée deviennent publics.</p>
        <FormError error={publishing.error} />
        <button
          type="button"
          disabled={publishing.pending}
          onClick={() =>
            setAsking({
              run: () => publishing.run({ input: reportRef }),
              done: 'Rapport publié : il est en ligne sur le portail.',
            })
          }
        >
          Publier le rapport
        </button>
        {dialog(
          `Publier le rapport ${r.referenceYear} ?`,
          'Le rapport approuvé, son annexe et chaque avis avec sa suite donnée deviennent publics sur le portail, pour tous.',
          'Oui, publier le rapport',
        )}
      </section>
    );
  }
  return outcome ? <section className="card">{outcome}</section> : null;
}
