import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'wouter';
import {
  ChangePasswordDocument,
  DeleteAccountDocument,
  MeDocument,
  MyDataExportDocument,
  SignOutDocument,
  SignOutEverywhereDocument,
  UpdateNotificationPreferencesDocument,
  UpdateProfileDocument,
} from '../../__generated__/graphql';
import {
  EVERYONE_CAN,
  Field,
  FormError,
  Notice,
  PERMISSION_LABELS,
  heldRoleLabel,
  Submit,
  errorMessage,
  formValues,
} from '@quartiers/ui-kit';
import { ErrorState, Loading } from '../../ui/States';
import { useAccountPage } from './useAccountPage';
import { Sessions } from './Sessions';
import { NewPasswordField } from './NewPasswordField';

export function AccountPage() {
  useAccountPage('Mon compte');
  const { data, loading, error, refetch } = useQuery(MeDocument);
  if (loading) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  const me = data?.me;
  if (!me) {
    return (
      <section className="narrow">
        <h1>Mon compte</h1>
        <p>
          <Link to="/compte/connexion">Connectez-vous</Link> ou <Link to="/compte/inscription">créez un compte</Link>.
        </p>
      </section>
    );
  }
  return (
    <article className="narrow">
      <h1>Mon compte</h1>
      <p>
        Connecté·e en tant que <strong>{me.displayName}</strong> ({me.email}). Votre adresse n’est jamais affichée
        publiquement.
      </p>
      <SessionActions />

      <h2>Mes rôles et ce qu’ils permettent</h2>
      <ul className="roles">
        {me.memberships.map((m) => (
          <li key={m.id}>
            <strong>{heldRoleLabel(m.role, m)}</strong> — {m.territory.name}
            {m.permissions.length > 0 && (
              <ul>
                {m.permissions.map((p) => (
                  <li key={p}>{PERMISSION_LABELS[p]}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p>Comme chaque personne inscrite, vous pouvez aussi {EVERYONE_CAN.join(' et ')}.</p>

      <Profile displayName={me.displayName} />
      <Notifications preferences={me.notificationPreferences} />
      <Password hasPassword={me.hasPassword} />
      <Sessions />
      <MyData />
      <DeleteAccount hasPassword={me.hasPassword} />
    </article>
  );
}

function SessionActions() {
  const client = useApolloClient();
  const [, navigate] = useLocation();
  const [signOut, out] = useMutation(SignOutDocument);
  const [signOutAll, outAll] = useMutation(SignOutEverywhereDocument);
  const leave = async (run: () => Promise<unknown>) => {
    await run().catch(() => undefined);
    navigate('/');
    await client.resetStore(); // refetches what is on screen, now as a signed-out visitor
  };
  return (
    <p className="actions">
      <button type="button" onClick={() => void leave(() => signOut())} disabled={out.loading}>
        Se déconnecter
      </button>
      <button type="button" onClick={() => void leave(() => signOutAll())} disabled={outAll.loading}>
        Se déconnecter de tous mes appareils
      </button>
    </p>
  );
}

function Profile({ displayName }: { displayName: string }) {
  const [update, { loading, error, data }] = useMutation(UpdateProfileDocument);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void update({ variables: { input: { displayName: formValues(e.currentTarget).displayName! } } }).catch(
      () => undefined,
    );
  };
  return (
    <section>
      <h2>Mon pseudonyme</h2>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        {data && <Notice>Pseudonyme enregistré.</Notice>}
        <Field label="Pseudonyme" name="displayName" defaultValue={displayName} required autoComplete="nickname" />
        <Submit busy={loading}>Enregistrer</Submit>
      </form>
    </section>
  );
}

const PREFERENCES = [
  { key: 'roleChanges', label: 'Quand un rôle m’est attribué ou retiré' },
  { key: 'consultations', label: 'Les rappels des consultations auxquelles mon conseil ou ma commune doit répondre' },
  { key: 'moderation', label: 'Les publications à modérer et celles masquées après des signalements (modérateurs)' },
] as const;

function Notifications({ preferences }: { preferences: Record<(typeof PREFERENCES)[number]['key'], boolean> }) {
  const [update, { loading, error, data }] = useMutation(UpdateNotificationPreferencesDocument);
  return (
    <section>
      <h2>Emails que je reçois</h2>
      <FormError error={error} />
      {data && <Notice keepFocus>Préférences enregistrées.</Notice>}
      {PREFERENCES.map(({ key, label }) => (
        <p className="check" key={key}>
          <input
            id={`pref-${key}`}
            type="checkbox"
            defaultChecked={preferences[key]}
            disabled={loading}
            onChange={(e) =>
              void update({ variables: { input: { [key]: e.currentTarget.checked } } }).catch(() => undefined)
            }
          />
          <label htmlFor={`pref-${key}`}>{label}</label>
        </p>
      ))}
      <p className="muted">Les liens de connexion et de confirmation que vous demandez sont toujours envoyés.</p>
    </section>
  );
}

function Password({ hasPassword }: { hasPassword: boolean }) {
  const [change, { loading, error, data }] = useMutation(ChangePasswordDocument);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = formValues(form);
    void change({
      variables: { input: { currentPassword: v.currentPassword || null, newPassword: v.newPassword! } },
    }).then(
      () => form.reset(),
      () => undefined,
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

function MyData() {
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

function DeleteAccount({ hasPassword }: { hasPassword: boolean }) {
  const client = useApolloClient();
  const [, navigate] = useLocation();
  const [remove, { loading, error }] = useMutation(DeleteAccountDocument);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const { data } = await remove({
      variables: { input: { confirmation: v.confirmation!, password: v.password || null } },
    }).catch(() => ({ data: null }));
    if (data) {
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
