import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { SignUpDocument, SignUpTerritoriesDocument } from '../../__generated__/graphql';
import { Field, FormError, Notice, Submit, formValues } from '@quartiers/ui-kit';
import { useAccountPage } from './useAccountPage';
import { NewPasswordField } from './NewPasswordField';

export function SignUpPage() {
  useAccountPage('Créer un compte');
  const territories = useQuery(SignUpTerritoriesDocument);
  const [signUp, { loading, error }] = useMutation(SignUpDocument);
  const [done, setDone] = useState<string | null>(null);
  const preselected = new URLSearchParams(window.location.search).get('territoire') ?? '';

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const { data } = await signUp({
      variables: {
        input: {
          territoryCode: v.territory!,
          email: v.email!,
          displayName: v.displayName!,
          password: v.password || null,
        },
      },
    }).catch(() => ({ data: null }));
    if (data) setDone(data.signUp.message);
  }

  if (done) {
    return (
      <section className="narrow">
        <h1>Vérifiez vos emails</h1>
        <Notice>{done}</Notice>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>Créer un compte</h1>
      <p>
        Votre pseudonyme est seul visible publiquement ; votre adresse email ne l’est jamais.{' '}
        <Link to="/confidentialite">Ce que nous conservons et pourquoi</Link>.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        <p className="field">
          <label htmlFor="territory">Votre territoire *</label>
          <select id="territory" name="territory" required defaultValue={preselected}>
            <option value="" disabled>
              {territories.loading ? 'Chargement…' : 'Choisissez'}
            </option>
            {territories.data?.territories.edges.map(({ node }) => (
              <option key={node.id} value={node.code}>
                {node.name}
              </option>
            ))}
          </select>
        </p>
        <Field label="Adresse email" name="email" type="email" autoComplete="email" required />
        <Field
          label="Pseudonyme"
          name="displayName"
          autoComplete="nickname"
          required
          hint="Affiché avec vos contributions. 2 à 40 caractères, pas d’adresse email."
        />
        <NewPasswordField
          label="Mot de passe (facultatif)"
          name="password"
          note="Laissez vide pour vous connecter par un lien reçu par email."
        />
        <Submit busy={loading}>Créer mon compte</Submit>
      </form>
    </section>
  );
}
