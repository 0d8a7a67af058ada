import type { FormEvent, ReactNode } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useLocation } from 'wouter';
import { Field, FormError, Submit, formValues, signInHref, useFocusMainHeading } from '@quartiers/ui-kit';
import { AdminSignInDocument, AdminSignOutDocument } from '../__generated__/graphql';
import { consoleTerritories, useViewer } from './access';

/**
 * The console is for people whose roles open one of its sections somewhere. The server checks every
 * field and mutation anyway; this spares others a console full of refusals: they read one, once.
 */
export function Shell({ children }: { children: ReactNode }) {
  const { me, loading } = useViewer();
  const [location] = useLocation();
  useFocusMainHeading(`${location}|${me?.id ?? ''}`);
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
        ) : consoleTerritories(me).size === 0 ? (
          <section>
            <h1>Console réservée aux agents</h1>
            <p>
              Vos rôles ne donnent pas accès à la console. Votre compte, vos rôles et vos avis se trouvent sur le
              portail : <a href="/compte">Mon compte</a>.
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
  const [location] = useLocation();
  // Signing in changes who the viewer is: every query of the session (Me first) is asked again.
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
        Sans mot de passe ?{' '}
        <a href={signInHref(`/admin${location === '/' ? '/' : location}`)}>Recevoir un lien de connexion</a>.
      </p>
    </section>
  );
}
