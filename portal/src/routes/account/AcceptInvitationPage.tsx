import { type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useLocation } from 'wouter';
import { AcceptInvitationDocument, MeDocument } from '../../__generated__/graphql';
import { Field, FormError, Submit, formValues, tokenFromHash } from '@quartiers/ui-kit';
import { Loading } from '../../ui/States';
import { useAccountPage } from './useAccountPage';
import { NewPasswordField } from './NewPasswordField';

export function AcceptInvitationPage() {
  useAccountPage('Accepter une invitation');
  const [, navigate] = useLocation();
  const me = useQuery(MeDocument);
  // A new role changes what the viewer may do: Me (memberships, abilities) is asked again.
  const [accept, { loading, error }] = useMutation(AcceptInvitationDocument, {
    refetchQueries: ['Me'],
    awaitRefetchQueries: true,
  });
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const { data } = await accept({
      variables: {
        input: { token: tokenFromHash(), displayName: v.displayName || null, password: v.password || null },
      },
    }).catch(() => ({ data: null }));
    if (data) navigate('/compte');
  }
  if (me.loading) return <Loading />;
  return (
    <section className="narrow">
      <h1>Accepter l’invitation</h1>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        {me.data?.me ? (
          <p>Vous êtes connecté·e en tant que {me.data.me.displayName} : le rôle sera ajouté à ce compte.</p>
        ) : (
          <>
            <p>Si vous avez déjà un compte avec cette adresse, laissez ces champs vides.</p>
            <Field
              label="Pseudonyme"
              name="displayName"
              autoComplete="nickname"
              hint="Affiché publiquement à la place de votre nom."
            />
            <NewPasswordField label="Mot de passe (facultatif)" name="password" />
          </>
        )}
        <Submit busy={loading}>Accepter l’invitation</Submit>
      </form>
    </section>
  );
}
