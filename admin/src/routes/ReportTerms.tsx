import { type FormEvent } from 'react';
import { Field, FormError, Notice, Submit, formValues, useSubmission } from '@quartiers/ui-kit';
import { AdminSetTermsDocument, type ReportTerms_ReportFragment } from '../__generated__/graphql';
import { Block } from '../ui/Block';

/** The draft's title, summary and calendar; the answer carries the whole page's report, so the page updates. */
export function ReportTerms({
  report: r,
  reportRef,
}: {
  report: ReportTerms_ReportFragment;
  reportRef: { territoryId: string; reportId: string };
}) {
  const save = useSubmission(AdminSetTermsDocument);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void save.run({
      input: {
        ...reportRef,
        title: v.title!,
        easyReadSummary: v.easyReadSummary || null,
        adoptedOn: v.adoptedOn!,
        transmittedOn: v.transmittedOn!,
        deadline: v.deadline!,
      },
    });
  };
  return (
    <Block title="Calendrier de la consultation">
      <form onSubmit={onSubmit} noValidate>
        <FormError error={save.error} />
        {save.data && <Notice>Calendrier enregistré.</Notice>}
        <Field label="Titre" name="title" defaultValue={r.title} required />
        <p className="field">
          <label htmlFor="easy-read">Résumé en langage clair (facultatif)</label>
          <textarea id="easy-read" name="easyReadSummary" rows={3} defaultValue={r.easyReadSummary ?? ''} />
        </p>
        <Field
          label="Adoption du projet par le conseil communautaire"
          name="adoptedOn"
          type="date"
          defaultValue={r.adoptedOn ?? ''}
          required
        />
        <Field
          label="Transmission aux communes et aux conseils citoyens"
          name="transmittedOn"
          type="date"
          defaultValue={r.transmittedOn ?? ''}
          required
        />
        <Field
          label="Échéance des avis"
          name="deadline"
          type="date"
          defaultValue={r.deadline ?? ''}
          required
          hint="Un mois calendaire au moins après la transmission ; les avis sont reçus jusqu’à minuit (heure de Paris)."
        />
        <Submit busy={save.pending}>Enregistrer le calendrier</Submit>
      </form>
    </Block>
  );
}
