import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useLocation } from 'wouter';
import { RequestSignInLinkDocument, SignInDocument } from '../../__generated__/graphql';
import {
  Field,
  FormError,
  Notice,
  Submit,
  formValues,
  missingFields,
  returnPathFromUrl,
  useFieldErrors,
  type FieldProblems,
} from '@quartiers/ui-kit';
import { goBack, rememberReturnForLink } from './returnAfterSignIn';
import { useAccountPage } from './useAccountPage';

const EMAIL_REQUIRED = { email: 'Indiquez votre adresse email.' };
const PASSWORD_REQUIRED = { ...EMAIL_REQUIRED, password: 'Indiquez votre mot de passe.' };

/** Password or emailed link; either way, back to the page the person came from (`?retour=`), else their account. */
export function SignInPage() {
  useAccountPage('Se connecter');
  const [, navigate] = useLocation();
  // Signing in changes who the viewer is: every query of the session (Me first) is asked again.
  const [signIn, signingIn] = useMutation(SignInDocument, { refetchQueries: ['Me'], awaitRefetchQueries: true });
  const [askLink, asking] = useMutation(RequestSignInLinkDocument);
  const [linkMessage, setLinkMessage] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ signIn?: FieldProblems | null; link?: FieldProblems | null }>({});
  const signInForm = useRef<HTMLFormElement>(null);
  const linkForm = useRef<HTMLFormElement>(null);
  const signInProblem = missing.signIn ?? signingIn.error;
  const linkProblem = missing.link ?? asking.error;
  const signInFields = useFieldErrors(signInProblem, signInForm);
  const linkFields = useFieldErrors(linkProblem, linkForm);

  async function onSignIn(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const empty = missingFields(v, PASSWORD_REQUIRED);
    setMissing({ signIn: empty });
    if (empty) return;
    const { data } = await signIn({
      variables: { input: { email: v.email!, password: v.password!, remember: v.remember === 'on' } },
    }).catch(() => ({ data: null }));
    if (data) goBack(returnPathFromUrl(), navigate);
  }
  async function onAskLink(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const { email } = formValues(e.currentTarget);
    const empty = missingFields({ email }, EMAIL_REQUIRED);
    setMissing({ link: empty });
    if (empty) return;
    rememberReturnForLink();
    const { data } = await askLink({ variables: { input: { email: email! } } }).catch(() => ({
      data: null,
    }));
    if (data) setLinkMessage(data.requestSignInLink.message);
  }

  return (
    <section className="narrow">
      <h1>Se connecter</h1>
      <form onSubmit={onSignIn} noValidate ref={signInForm}>
        <FormError error={signInProblem} />
        <Field
          label="Adresse email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={signInFields.email}
        />
        <Field
          label="Mot de passe"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={signInFields.password}
        />
        <p className="check">
          <input id="remember" name="remember" type="checkbox" />
          <label htmlFor="remember">Rester connecté·e 14 jours (pas sur un téléphone partagé)</label>
        </p>
        <Submit busy={signingIn.loading} busyLabel="Connexion…">
          Se connecter
        </Submit>
      </form>
      <p>
        <Link to="/compte/mot-de-passe-oublie">Mot de passe oublié ?</Link> ·{' '}
        <Link to="/compte/inscription">Créer un compte</Link>
      </p>

      <h2>Sans mot de passe</h2>
      <p>Recevez par email un lien qui vous connecte, valable 15 minutes.</p>
      <form onSubmit={onAskLink} noValidate ref={linkForm}>
        <FormError error={linkProblem} />
        {linkMessage && <Notice>{linkMessage}</Notice>}
        <Field label="Adresse email" name="email" type="email" autoComplete="email" required error={linkFields.email} />
        <Submit busy={asking.loading}>Recevoir un lien de connexion</Submit>
      </form>
    </section>
  );
}
