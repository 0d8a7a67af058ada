import { useRef, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Field, FormError, Notice, Submit, formValues, useFieldErrors, useSubmission } from '@quartiers/ui-kit';
import { AdminEventSettingsDocument, AdminSetEventSettingsDocument } from '../../__generated__/graphql';

/** How long registrants' contact details are kept after an event (RGPD), for the whole territory. */
export function EventSettingsCard({ code, territoryId }: { code: string; territoryId: string }) {
  const { data, error } = useQuery(AdminEventSettingsDocument, { variables: { code } });
  const save = useSubmission(AdminSetEventSettingsDocument, {
    update: (cache, { data: answer }) => {
      if (!answer) return;
      cache.modify({
        id: cache.identify({ __typename: 'Territory', code }),
        fields: { eventSettings: () => answer.setEventSettings.settings },
      });
    },
  });
  const formRef = useRef<HTMLFormElement>(null);
  const fields = useFieldErrors(save.error, formRef);
  const settings = data?.territory?.eventSettings;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const months = Number(formValues(e.currentTarget).contactRetentionMonths);
    void save.run({ input: { territoryId, contactRetentionMonths: months } });
  };
  return (
    <section className="card" aria-labelledby="event-settings">
      <h2 id="event-settings">Conservation des coordonnées</h2>
      {error && !settings && <FormError error={error} />}
      {settings && (
        <form ref={formRef} onSubmit={onSubmit} noValidate className="narrow">
          <FormError error={save.error} />
          {save.data && (
            <Notice>
              Réglage enregistré : coordonnées effacées {save.data.setEventSettings.settings.contactRetentionMonths}{' '}
              mois après chaque événement.
            </Notice>
          )}
          <Field
            label="Durée de conservation (mois)"
            name="contactRetentionMonths"
            type="number"
            inputMode="numeric"
            min={1}
            max={36}
            required
            defaultValue={settings.contactRetentionMonths}
            hint="Les emails et téléphones des inscrits sont effacés ce nombre de mois après l’événement ; les comptes de participants restent."
            error={fields.contactRetentionMonths}
          />
          <Submit busy={save.pending}>Enregistrer la durée</Submit>
        </form>
      )}
    </section>
  );
}
