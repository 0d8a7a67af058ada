import type { FormEvent, ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { Field, FormError, Submit, formValues } from '@quartiers/ui-kit';
import { AdminMeDocument, AdminSignInDocument, AdminSignOutDocument } from '../__generated__/graphql';

/**
 * The console is for people with a staff permission somewhere. The server checks every field and
 * mutation anyway; this only spares others a console full of refusals.
 */
export function Shell({ children }: { children: ReactNode }) {
  const { data, loading } = useQuery(AdminMeDocument);
  const me = data?.me;
  const isStaff = me?.memberships.some((m) => m.permissions.length > 0);
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="bar">
        <Link to="/">Console Quartiers</Link>
        {me && <SignedIn name={me.displayName} />}
      </header>
      <main id="contenu" tabIndex={-1}>
        {loading ? (
          <p role="status">Chargement…</p>
        ) : !me ? (
          <SignIn />
        ) : !isStaff ? (
          <section>
            <h1>Accès réservé aux agents</h1>
            <p>
              Votre compte n’a pas de rôle d’agent. <a href="/compte">Voir mon compte sur le portail</a>.
            </p>
          </section>
        ) : (
          children
        )}
      </main>
    </>
  );
}

function SignedIn({ name }: { name: string }) {
  const client = useApolloClient();
  const [signOut] = useMutation(AdminSignOutDocument);
  return (
    <span className="who">
      {name}{' '}
      <button type="button" onClick={() => void signOut().finally(() => void client.resetStore())}>
        Se déconnecter
      </button>
    </span>
  );
}

function SignIn() {
  const [signIn, { loading, error }] = useMutation(AdminSignInDocument, {
    refetchQueries: ['AdminMe'],
    awaitRefetchQueries: true,
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void signIn({ variables: { input: { email: v.email!, password: v.password! } } }).catch(() => undefined);
  };
  return (
    <section className="narrow">
      <h1>Connexion des agents</h1>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        <Field label="Adresse email" name="email" type="email" autoComplete="email" required />
        <Field label="Mot de passe" name="password" type="password" autoComplete="current-password" required />
        <Submit busy={loading} busyLabel="Connexion…">
          Se connecter
        </Submit>
      </form>
      <p>
        Sans mot de passe ? <a href="/compte/connexion">Recevoir un lien de connexion</a>.
      </p>
    </section>
  );
}
