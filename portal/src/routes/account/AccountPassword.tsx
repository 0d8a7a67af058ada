import { type FormEvent } from 'react';
import { Field, FormError, Notice, Submit, formValues, useSubmission } from '@quartiers/ui-kit';
import { ChangePasswordDocument } from '../../__generated__/graphql';
import { NewPasswordField } from './NewPasswordField';

export function Password({ hasPassword }: { hasPassword: boolean }) {
  const { run: change, pending: loading, error, data } = useSubmission(ChangePasswordDocument);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = formValues(form);
    void change({ input: { currentPassword: v.currentPassword || null, newPassword: v.newPassword! } }).then(
      (answer) => answer && form.reset(),
    );
  };
  return (
    <section>
      <h2>{hasPassword ? 'Changer mon mot de passe' : 'Choisir un mot de passe'}</h2>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        {data && <Notice>Mot de passe enregistré ; vos autres sessions sont fermées.</Notice>}
        {hasPassword && (
          <Field
            label="Mot de passe actuel"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
          />
        )}
        <NewPasswordField label="Nouveau mot de passe" name="newPassword" required />
        <Submit busy={loading}>Enregistrer</Submit>
      </form>
    </section>
  );
}
