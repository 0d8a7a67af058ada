import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useLocation } from 'wouter';
import { RequestPasswordResetDocument, ResetPasswordDocument } from '../../__generated__/graphql';
import { Field, FormError, Notice, Submit, formValues, tokenFromHash } from '@quartiers/ui-kit';
import { useAccountPage } from './useAccountPage';
import { NewPasswordField } from './NewPasswordField';

export function ForgotPasswordPage() {
  useAccountPage('Mot de passe oublié');
  const [request, { loading, error }] = useMutation(RequestPasswordResetDocument);
  const [message, setMessage] = useState<string | null>(null);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const { data } = await request({ variables: { input: { email: formValues(e.currentTarget).email! } } }).catch(
      () => ({
        data: null,
      }),
    );
    if (data) setMessage(data.requestPasswordReset.message);
  }
  return (
    <section className="narrow">
      <h1>Mot de passe oublié</h1>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        {message && <Notice>{message}</Notice>}
        <Field label="Adresse email" name="email" type="email" autoComplete="email" required />
        <Submit busy={loading}>Recevoir un lien pour le changer</Submit>
      </form>
    </section>
  );
}

export function ResetPasswordPage() {
  useAccountPage('Nouveau mot de passe');
  const [, navigate] = useLocation();
  // A reset signs the person in: Me is asked again.
  const [reset, { loading, error }] = useMutation(ResetPasswordDocument, {
    refetchQueries: ['Me'],
    awaitRefetchQueries: true,
  });
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const { data } = await reset({
      variables: { input: { token: tokenFromHash(), password: formValues(e.currentTarget).password! } },
    }).catch(() => ({ data: null }));
    if (data) navigate('/compte');
  }
  return (
    <section className="narrow">
      <h1>Choisir un nouveau mot de passe</h1>
      <p>Toutes vos autres sessions seront fermées.</p>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        <NewPasswordField label="Nouveau mot de passe" name="password" required />
        <Submit busy={loading}>Enregistrer</Submit>
      </form>
    </section>
  );
}
