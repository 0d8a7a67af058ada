import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { SignUpDocument, SignUpTerritoriesDocument } from '../../__generated__/graphql';
import {
  Field,
  FieldMessage,
  FormError,
  Notice,
  Submit,
  describedBy,
  formValues,
  missingFields,
  useFieldErrors,
  type FieldProblems,
} from '@quartiers/ui-kit';
import { useAccountPage } from './useAccountPage';
import { NewPasswordField } from './NewPasswordField';

/** Checked before sending: a required field left empty gets its own message, never GraphQL's. */
const REQUIRED = {
  territoryCode: 'Choisissez votre territoire.',
  email: 'Indiquez votre adresse email.',
  displayName: 'Indiquez un pseudonyme.',
};

export function SignUpPage() {
  useAccountPage('Créer un compte');
  const territories = useQuery(SignUpTerritoriesDocument);
  const [signUp, { loading, error }] = useMutation(SignUpDocument);
  const [missing, setMissing] = useState<FieldProblems | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const problem = missing ?? error;
  const fields = useFieldErrors(problem, form);
  const preselected = new URLSearchParams(window.location.search).get('territoire') ?? '';

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const empty = missingFields(v, REQUIRED);
    setMissing(empty);
    if (empty) return;
    const { data } = await signUp({
      variables: {
        input: {
          territoryCode: v.territoryCode!,
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
      <form onSubmit={onSubmit} noValidate ref={form}>
        <FormError error={problem} />
        <p className="field">
          <label htmlFor="territory">Votre territoire *</label>
          <FieldMessage id="territory-error" message={fields.territoryCode} />
          <select
            id="territory"
            name="territoryCode"
            required
            defaultValue={preselected}
            aria-invalid={fields.territoryCode ? true : undefined}
            aria-describedby={describedBy(fields.territoryCode && 'territory-error')}
          >
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
        <Field label="Adresse email" name="email" type="email" autoComplete="email" required error={fields.email} />
        <Field
          label="Pseudonyme"
          name="displayName"
          autoComplete="nickname"
          required
          hint="Affiché avec vos contributions. 2 à 40 caractères, pas d’adresse email."
          error={fields.displayName}
        />
        <NewPasswordField
          label="Mot de passe (facultatif)"
          name="password"
          note="Laissez vide pour vous connecter par un lien reçu par email."
          error={fields.password}
        />
        <Submit busy={loading}>Créer mon compte</Submit>
      </form>
    </section>
  );
}
