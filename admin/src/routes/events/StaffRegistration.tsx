import { useRef, useState, type FormEvent } from 'react';
import {
  Field,
  FormError,
  Notice,
  Submit,
  formValues,
  missingFields,
  useFieldErrors,
  useSubmission,
  type FieldProblems,
} from '@quartiers/ui-kit';
import { AdminRecordRegistrationDocument } from '../../__generated__/graphql';
import { addRegistrationToList } from './registrations-cache';

const REQUIRED = { name: 'Indiquez le nom de la personne (un prénom suffit).' };

/** A person met by phone or at a desk, registered by staff: a name, and an email or a phone to reach them. */
export function StaffRegistration({ territoryId, eventId }: { territoryId: string; eventId: string }) {
  const record = useSubmission(AdminRecordRegistrationDocument, {
    update: (cache, { data }) => {
      const registration = data?.recordEventRegistration.registration;
      if (registration) addRegistrationToList(cache, eventId, registration);
    },
  });
  const [missing, setMissing] = useState<FieldProblems | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problem = missing ?? record.error;
  const fields = useFieldErrors(problem, formRef);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = formValues(form);
    const empty = missingFields(v, REQUIRED);
    setMissing(empty);
    if (empty) return;
    void record
      .run({
        input: {
          territoryId,
          eventId,
          name: v.name!.trim(),
          email: v.email?.trim() || null,
          phone: v.phone?.trim() || null,
        },
      })
      .then((answer) => answer && form.reset());
  };
  return (
    <details className="card">
      <summary>Inscrire une personne (téléphone, accueil)</summary>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="narrow">
        <FormError error={problem} />
        {record.data && !problem && <Notice>{record.data.recordEventRegistration.message}</Notice>}
        <Field label="Nom" name="name" required maxLength={80} autoComplete="off" error={fields.name} />
        <Field
          label="Adresse email"
          name="email"
          type="email"
          maxLength={254}
          autoComplete="off"
          error={fields.email}
        />
        <Field label="Téléphone" name="phone" type="tel" maxLength={30} autoComplete="off" error={fields.phone} />
        <Submit busy={record.pending}>Inscrire</Submit>
      </form>
    </details>
  );
}
