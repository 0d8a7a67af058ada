import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'wouter';
import { MeDocument, SignOutDocument, SignOutEverywhereDocument } from '../../__generated__/graphql';
import { EVERYONE_CAN, PERMISSION_LABELS, heldRoleLabel, useSubmission } from '@quartiers/ui-kit';
import { ErrorState, Loading } from '../../ui/States';
import { useAccountPage } from './useAccountPage';
import { Sessions } from './Sessions';
import { Notifications, Profile } from './AccountProfile';
import { Password } from './AccountPassword';
import { DeleteAccount, MyData } from './AccountData';
import { MyEventRegistrations } from './MyEventRegistrations';

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

      <MyEventRegistrations territories={me.memberships.map((m) => m.territory)} />
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
  const out = useSubmission(SignOutDocument);
  const outAll = useSubmission(SignOutEverywhereDocument);
  // Leaves even when the server refused: the visitor asked to be signed out of this page.
  const leave = async (run: () => Promise<unknown>) => {
    await run();
    navigate('/');
    await client.resetStore(); // refetches what is on screen, now as a signed-out visitor
  };
  return (
    <p className="actions">
      <button type="button" onClick={() => void leave(() => out.run({}))} disabled={out.pending}>
        Se déconnecter
      </button>
      <button type="button" onClick={() => void leave(() => outAll.run({}))} disabled={outAll.pending}>
        Se déconnecter de tous mes appareils
      </button>
    </p>
  );
}
