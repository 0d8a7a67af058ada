import { useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useLocation } from 'wouter';
import { Field, FormError, Submit, errorMessage, formValues, useSubmission } from '@quartiers/ui-kit';
import { DeleteAccountDocument, MyDataExportDocument } from '../../__generated__/graphql';

export function MyData() {
  const client = useApolloClient();
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  async function download() {
    setState({ busy: true, error: null });
    try {
      const { data } = await client.query({ query: MyDataExportDocument, fetchPolicy: 'network-only' });
      const blob = new Blob([JSON.stringify(data?.me?.dataExport, null, 2)], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'mes-donnees-quartiers.json';
      a.click();
      URL.revokeObjectURL(a.href);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error });
    }
  }
  return (
    <section>
      <h2>Mes données</h2>
      <p>Téléchargez tout ce que la plateforme conserve sur vous, dans un fichier JSON.</p>
      {state.error ? <p role="alert">{errorMessage(state.error)}</p> : null}
      <button type="button" onClick={() => void download()} disabled={state.busy} aria-busy={state.busy}>
        {state.busy ? 'Préparation…' : 'Télécharger mes données'}
      </button>
    </section>
  );
}

export function DeleteAccount({ hasPassword }: { hasPassword: boolean }) {
  const client = useApolloClient();
  const [, navigate] = useLocation();
  const { run: remove, pending: loading, error } = useSubmission(DeleteAccountDocument);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    if (await remove({ input: { confirmation: v.confirmation!, password: v.password || null } })) {
      navigate('/compte/supprime');
      await client.resetStore();
    }
  }
  return (
    <section>
      <h2>Supprimer mon compte</h2>
      <p>
        Vos données personnelles sont effacées. Vos contributions publiques restent, signées « contributeur anonymisé ».
      </p>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        <Field label="Tapez SUPPRIMER pour confirmer" name="confirmation" required autoComplete="off" />
        {hasPassword && (
          <Field label="Mot de passe" name="password" type="password" autoComplete="current-password" required />
        )}
        <Submit busy={loading}>Supprimer définitivement mon compte</Submit>
      </form>
    </section>
  );
}
