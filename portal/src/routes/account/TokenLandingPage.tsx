import { useEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useLocation } from 'wouter';
import { SignInWithLinkDocument, VerifyEmailDocument } from '../../__generated__/graphql';
import { FormError, tokenFromHash } from '@quartiers/ui-kit';
import { Loading } from '../../ui/States';
import { goBack, takeReturnForLink } from './returnAfterSignIn';
import { useAccountPage } from './useAccountPage';

/** Where emailed links land: confirms the email (or signs in) once, then goes to the account (or, signed in by link, back where the person asked for it). */
export function TokenLandingPage({ purpose }: { purpose: 'verify' | 'signIn' }) {
  useAccountPage(purpose === 'verify' ? 'Confirmation de votre adresse' : 'Connexion par lien');
  const [, navigate] = useLocation();
  // Signing in changes who the viewer is: every query of the session (Me first) is asked again.
  const options = { refetchQueries: ['Me'], awaitRefetchQueries: true };
  const [verify, verifying] = useMutation(VerifyEmailDocument, options);
  const [signIn, signingIn] = useMutation(SignInWithLinkDocument, options);
  const started = useRef(false);
  const state = purpose === 'verify' ? verifying : signingIn;

  useEffect(() => {
    if (started.current) return; // a link works once: never send it twice (StrictMode runs effects twice)
    started.current = true;
    const token = tokenFromHash();
    const run = purpose === 'verify' ? verify({ variables: { token } }) : signIn({ variables: { token } });
    run.then(
      () => goBack(purpose === 'signIn' ? takeReturnForLink() : null, navigate),
      () => undefined,
    );
  }, [purpose, verify, signIn, navigate]);

  return (
    <section className="narrow">
      <h1>{purpose === 'verify' ? 'Confirmation de votre adresse' : 'Connexion par lien'}</h1>
      {state.error ? (
        <>
          <FormError error={state.error} />
          <p>
            <Link to="/compte/connexion">Demander un nouveau lien</Link>
          </p>
        </>
      ) : (
        <Loading label="Vérification du lien…" />
      )}
    </section>
  );
}
